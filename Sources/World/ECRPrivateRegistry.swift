import AWSSim
import ContainerImages

/// The account's private ECR registries, one per region
/// (`<account>.dkr.ecr.<region>.amazonaws.com`), as pull targets for Kubernetes nodes and ECS
/// hosts. Another account's registry holds nothing this world can pull.
final class ECRPrivateRegistry: ImageRegistry {
    /// Set once the world's AWS account exists (the account itself pulls through the router).
    weak var cloud: AWSCloud?

    /// The region a registry host names, or nil for any other host.
    static func region(ofHost host: String) -> (account: String, region: String)? {
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 6, parts[1] == "dkr", parts[2] == "ecr", parts[4] == "amazonaws", parts[5] == "com"
        else { return nil }
        return (String(parts[0]), String(parts[3]))
    }

    func resolve(_ reference: ImageReference) -> ImageResolution {
        guard let cloud, let (account, region) = Self.region(ofHost: reference.registry), account == cloud.accountID,
            AWSCloud.knownRegions.contains(region)
        else { return .repositoryNotFound }
        return cloud.region(region).ecr.resolve(reference)
    }
}
