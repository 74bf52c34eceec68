import AWSSim
import ContainerImages
import KubeSim

/// EKS's own registry (`602401143452.dkr.ecr.<region>.amazonaws.com`), which every region
/// serves the same add-on images from (kube-proxy, CoreDNS, the VPC CNI). The catalogue keeps
/// them under us-east-1's host.
final class EKSAddonImages: ImageRegistry {
    let catalog: ImageRegistry

    init(catalog: ImageRegistry) { self.catalog = catalog }

    static func serves(host: String) -> Bool {
        ECRBackend.registry(ofHost: host)?.account == EKSBootstrap.imageAccount
    }

    func resolve(_ reference: ImageReference) -> ImageResolution {
        var canonical = ImageReference("\(EKSBootstrap.imageAccount).dkr.ecr.us-east-1.amazonaws.com/" + reference.repository)
        canonical.tag = reference.tag
        canonical.digest = reference.digest
        return catalog.resolve(canonical)
    }
}
