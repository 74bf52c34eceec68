import ContainerImages
import SimCore

/// containerd on one node: the images it has pulled, and the sandboxes and containers it runs.
///
/// The kubelet asks it to pull, create, start and stop; `crictl` reads what it holds.
public final class Containerd {
    public static let version = "1.7.24"

    /// A pulled image. Immutable and shared: every container of it refers to the one record.
    public final class Image: Sendable {
        public let reference: String
        public let digest: String
        public let size: Int64
        public let imageID: String
        /// The image's config: default command, ports and how its process behaves.
        public let definition: ImageCatalog.Image

        init(reference: String, digest: String, size: Int64, imageID: String, definition: ImageCatalog.Image) {
            self.reference = reference
            self.digest = digest
            self.size = size
            self.imageID = imageID
            self.definition = definition
        }
    }

    public struct Container: Sendable {
        public var id: String
        public var podSandboxID: String
        public var name: String
        public var image: String
        public var imageRef: String
        public var attempt: Int
        public var state: State
        public var createdAt: SimTime
        public var startedAt: SimTime?
        public var finishedAt: SimTime?
        public var exitCode: Int?

        public enum State: String, Sendable { case created = "Created", running = "Running", exited = "Exited" }

        mutating func apply(_ change: (inout Container) -> Void) { change(&self) }

        mutating func started(now: SimTime) {
            state = .running
            startedAt = now
        }

        mutating func exited(code: Int, now: SimTime) {
            state = .exited
            finishedAt = now
            exitCode = code
        }
    }

    public struct Sandbox: Sendable {
        public var id: String
        public var podName: String
        public var namespace: String
        public var podUID: String
        public var createdAt: SimTime
        public var ready: Bool
        public var ip: String?
    }

    public enum PullOutcome {
        case pulled(Image, duration: SimDuration)
        case failed(message: String, notFound: Bool)
    }

    public let nodeName: String
    private let registry: ImageRegistry
    private let ids: RandomStream
    private let pullJitter: RandomStream
    public private(set) var images: [String: Image] = [:]
    /// The image each reference last resolved to, reused while its digest stays the same.
    private var lastPulled: [String: Image] = [:]
    /// Every container, by id.
    public var containers: [String: Container] {
        fileNew()
        return containersByID
    }
    /// Every sandbox, by id.
    public var sandboxes: [String: Sandbox] {
        fileNew()
        return sandboxesByID
    }
    private var containersByID: [String: Container] = [:]
    private var sandboxesByID: [String: Sandbox] = [:]
    /// Records made since anything last looked one up: kept in order of making, and filed by
    /// id on the next lookup. A node starting pods makes a sandbox and a container for each
    /// and changes only the newest at once (started), so in a big rollout none is hashed
    /// into a dictionary until someone asks (`crictl`, a container exiting).
    private var newContainers: [Container] = []
    private var newSandboxes: [Sandbox] = []

    private func fileNew() {
        for container in newContainers { containersByID[container.id] = container }
        for sandbox in newSandboxes { sandboxesByID[sandbox.id] = sandbox }
        newContainers.removeAll()
        newSandboxes.removeAll()
    }

    /// Changes the container `id`: the newest in place, any other once filed.
    private func changeContainer(_ id: String, _ change: (inout Container) -> Void) {
        if let last = newContainers.indices.last, newContainers[last].id == id {
            change(&newContainers[last])
            return
        }
        fileNew()
        containersByID[id]?.apply(change)
    }
    /// Pull bandwidth in bytes per second.
    public var bandwidth: Double = 30_000_000

    public init(nodeName: String, registry: ImageRegistry, random: SeededGenerator) {
        self.nodeName = nodeName
        self.registry = registry
        ids = random.stream("containerd-ids")
        pullJitter = random.stream("containerd-pull")
    }

    /// The image already on this node for `reference`, if any.
    public func image(for reference: ImageReference) -> Image? { images[reference.normalized] }

    /// The image stored under its normalized name (`docker.io/library/nginx:1.27`).
    public func image(normalized name: String) -> Image? { images[name] }

    /// Resolves and "downloads" an image; the caller waits `duration` before using it.
    /// `normalized` is `reference.normalized`, which the caller keeps.
    public func pull(_ reference: ImageReference, normalized: String, original: String) -> PullOutcome {
        switch registry.resolve(reference) {
        case .found(let resolved):
            let seconds = 0.4 + Double(resolved.size) / bandwidth * (0.85 + 0.3 * pullJitter.unit())
            // Pods started together pull the same image: they share one record of it.
            if let known = lastPulled[normalized], known.digest == resolved.digest, known.size == resolved.size {
                return .pulled(known, duration: .seconds(seconds))
            }
            let image = Image(reference: normalized, digest: resolved.digest, size: resolved.size,
                              imageID: "\(reference.normalizedName)@\(resolved.digest)",
                              definition: resolved.image)
            lastPulled[normalized] = image
            return .pulled(image, duration: .seconds(seconds))
        case .tagNotFound:
            let full = normalized
            return .failed(message: "rpc error: code = NotFound desc = failed to pull and unpack image \"\(full)\": failed to resolve reference \"\(full)\": \(full): not found", notFound: true)
        case .repositoryNotFound:
            let full = normalized
            return .failed(message: "rpc error: code = Unknown desc = failed to pull and unpack image \"\(full)\": failed to resolve reference \"\(full)\": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed", notFound: true)
        case .invalidReference:
            return .failed(message: "rpc error: code = Unknown desc = failed to pull and unpack image \"\(original)\": failed to resolve reference \"\(original)\": invalid reference format", notFound: false)
        }
    }

    /// Records a finished pull in the node's image store.
    public func store(_ image: Image) { images[image.reference] = image }

    /// Starts a pod's sandbox and returns its id, as CRI's RunPodSandbox does.
    public func runSandbox(podName: String, namespace: String, podUID: String, ip: String?, now: SimTime) -> String {
        let sandbox = Sandbox(id: ids.hex(64), podName: podName, namespace: namespace, podUID: podUID,
                              createdAt: now, ready: true, ip: ip)
        newSandboxes.append(sandbox)
        return sandbox.id
    }

    public func stopSandbox(_ id: String) {
        fileNew()
        sandboxesByID[id]?.ready = false
    }

    public func removeSandbox(_ id: String) {
        fileNew()
        sandboxesByID[id] = nil
        for (containerID, container) in containersByID where container.podSandboxID == id {
            containersByID[containerID] = nil
        }
    }

    public func createContainer(sandbox: String, name: String, image: Image, attempt: Int, now: SimTime) -> Container {
        let container = Container(id: ids.hex(64), podSandboxID: sandbox, name: name, image: image.reference,
                                  imageRef: image.digest, attempt: attempt, state: .created, createdAt: now)
        newContainers.append(container)
        return container
    }

    public func start(_ id: String, now: SimTime) {
        changeContainer(id) { $0.started(now: now) }
    }

    public func exited(_ id: String, code: Int, now: SimTime) {
        changeContainer(id) { $0.exited(code: code, now: now) }
    }

    /// Removes exited containers beyond the newest `keep` of each container of each sandbox,
    /// as the kubelet's container GC does (`--maximum-dead-containers-per-container`, 1 by
    /// default). Returns the ids removed.
    public func removeDeadContainers(keepingPerContainer keep: Int) -> [String] {
        fileNew()
        var dead: [String: [Container]] = [:]
        for container in containersByID.values where container.state == .exited {
            dead["\(container.podSandboxID)/\(container.name)", default: []].append(container)
        }
        var removed: [String] = []
        for (_, containers) in dead where containers.count > keep {
            // Newest first: by creation, then by attempt (two made in one instant).
            let newestFirst = containers.sorted {
                ($0.createdAt, $0.attempt, $0.id) > ($1.createdAt, $1.attempt, $1.id)
            }
            for container in newestFirst.dropFirst(keep) {
                containersByID[container.id] = nil
                removed.append(container.id)
            }
        }
        return removed.sorted()
    }

    /// Whether any container has exited (what the container GC could remove).
    public var hasExitedContainers: Bool {
        newContainers.contains { $0.state == .exited } || containersByID.values.contains { $0.state == .exited }
    }
}
