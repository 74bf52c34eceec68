import AWSSim
import ContainerImages

/// The account's private ECR registries, one per region
/// (`<account>.dkr.ecr.<region>.amazonaws.com`), as pull targets for Kubernetes nodes and ECS
/// hosts. Another account's registry holds nothing this world can pull.
final class ECRPrivateRegistry: ImageRegistry {
    /// Set once the world's AWS account exists (the account itself pulls through the router).
    weak var cloud: AWSCloud?

    func resolve(_ reference: ImageReference) -> ImageResolution {
        cloud?.ecr(forRegistryHost: reference.registry)?.resolve(reference) ?? .repositoryNotFound
    }
}
