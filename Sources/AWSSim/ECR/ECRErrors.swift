/// ECR's error codes and messages, as the service words them.
extension AWSServiceError {
    static func repositoryNotFound(_ name: String, registry: String) -> AWSServiceError {
        AWSServiceError(code: "RepositoryNotFoundException",
                        message: "The repository with name '\(name)' does not exist in the registry with id '\(registry)'")
    }

    static func repositoryAlreadyExists(_ name: String, registry: String) -> AWSServiceError {
        AWSServiceError(code: "RepositoryAlreadyExistsException",
                        message: "The repository with name '\(name)' already exists in the registry with id '\(registry)'")
    }

    static func repositoryNotEmpty(_ name: String, registry: String) -> AWSServiceError {
        AWSServiceError(code: "RepositoryNotEmptyException",
                        message: "The repository with name '\(name)' in registry with id '\(registry)' cannot be deleted because it still contains images")
    }

    static func imageNotFound(digest: String?, tag: String?, repository: String, registry: String) -> AWSServiceError {
        AWSServiceError(code: "ImageNotFoundException",
                        message: "The image with imageId {imageDigest:'\(digest ?? "null")', imageTag:'\(tag ?? "null")'} does not exist within the repository with name '\(repository)' in the registry with id '\(registry)'")
    }

    static func imageAlreadyExists(digest: String, tag: String, repository: String, registry: String) -> AWSServiceError {
        AWSServiceError(code: "ImageAlreadyExistsException",
                        message: "Image with digest '\(digest)' and tag '\(tag)' already exists in the repository with name '\(repository)' in registry with id '\(registry)'")
    }

    /// What PutImage says when a tag would move in an IMMUTABLE repository (and what
    /// `docker push` prints after `tag invalid: `).
    static func imageTagAlreadyExists(_ tag: String, repository: String) -> AWSServiceError {
        AWSServiceError(code: "ImageTagAlreadyExistsException",
                        message: "The image tag '\(tag)' already exists in the '\(repository)' repository and cannot be overwritten because the repository is immutable.")
    }

    static func layersNotFound(_ digests: [String], repository: String, registry: String) -> AWSServiceError {
        AWSServiceError(code: "LayersNotFoundException",
                        message: "Layers with digests '[\(digests.joined(separator: ", "))]' required for pushing image into repository with name '\(repository)' in the registry with id '\(registry)' do not exist")
    }

    static func lifecyclePolicyNotFound(_ repository: String, registry: String) -> AWSServiceError {
        AWSServiceError(code: "LifecyclePolicyNotFoundException",
                        message: "Lifecycle policy does not exist for the repository with name '\(repository)' in the registry with id '\(registry)'")
    }

    /// A lifecycle policy ECR refuses, and why.
    static func lifecycleValidation(_ reason: String) -> AWSServiceError {
        .ecrConstraint("LifecyclePolicyText", "Lifecycle policy validation failure: \(reason)")
    }

    static func ecrInvalidParameter(_ message: String) -> AWSServiceError {
        AWSServiceError(code: "InvalidParameterException", message: message)
    }

    /// A member that fails its constraint, as ECR's validation words it.
    static func ecrConstraint(_ member: String, _ constraint: String) -> AWSServiceError {
        .ecrInvalidParameter("Invalid parameter at '\(member)' failed to satisfy constraint: '\(constraint)'")
    }
}
