import ContainerImages

/// Amazon ECR Public's `docker/library` namespace: the Docker Official Images, mirrored at
/// `public.ecr.aws/docker/library/<name>` (AWS's own tutorials pull httpd from there). Other
/// ECR Public repositories resolve as the catalogue knows them.
final class ECRPublicLibrary: ImageRegistry {
    let catalog: ImageRegistry

    init(catalog: ImageRegistry) { self.catalog = catalog }

    func resolve(_ reference: ImageReference) -> ImageResolution {
        let prefix = "docker/library/"
        guard reference.repository.hasPrefix(prefix) else { return catalog.resolve(reference) }
        var mirrored = ImageReference("docker.io/library/" + reference.repository.dropFirst(prefix.count))
        mirrored.tag = reference.tag
        mirrored.digest = reference.digest
        return catalog.resolve(mirrored)
    }
}
