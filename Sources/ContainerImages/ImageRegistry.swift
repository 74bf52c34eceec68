import Synchronization

/// Somewhere images can be pulled from: the public catalogue, or a private registry such as
/// ECR. The container runtimes of both Kubernetes nodes and ECS hosts pull through this.
public protocol ImageRegistry: AnyObject {
    func resolve(_ reference: ImageReference) -> ImageResolution
}

/// The public catalogue as a registry.
public final class PublicRegistry: ImageRegistry {
    public let catalog: ImageCatalog
    /// The catalogue never changes, so what a reference resolves to is remembered: every pod
    /// of a deployment pulls the same few references.
    private let resolved = Mutex<[ImageReference: ImageResolution]>([:])

    public init(catalog: ImageCatalog = .builtin) { self.catalog = catalog }

    public func resolve(_ reference: ImageReference) -> ImageResolution {
        if let known = resolved.withLock({ $0[reference] }) { return known }
        let resolution = catalog.resolve(reference)
        resolved.withLock { cache in
            if cache.count >= 1024 { cache.removeAll() }
            cache[reference] = resolution
        }
        return resolution
    }
}

/// Routes each reference to the registry that serves its host, falling back to the public one.
public final class RegistryRouter: ImageRegistry {
    public let fallback: ImageRegistry
    private var byHost: [(matches: (String) -> Bool, registry: ImageRegistry)] = []

    public init(fallback: ImageRegistry) { self.fallback = fallback }

    public func add(_ registry: ImageRegistry, forHosts matches: @escaping (String) -> Bool) {
        byHost.append((matches, registry))
    }

    public func resolve(_ reference: ImageReference) -> ImageResolution {
        for entry in byHost where entry.matches(reference.registry) { return entry.registry.resolve(reference) }
        return fallback.resolve(reference)
    }
}
