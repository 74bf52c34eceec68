import JSONValue
import SimCore

/// The public images Shipyard knows, read from `Resources/images.json` (embedded at build
/// time, so the simulator does no I/O): tags, sizes, default commands, exposed ports and how
/// the main process behaves.
public struct ImageCatalog: Sendable {
    public struct Image: Sendable {
        public var repository: String
        /// Tag → compressed size in bytes.
        public var tags: [String: Int64]
        public var entrypoint: [String]
        public var cmd: [String]
        public var ports: [String]
        public var process: ProcessTraits
        /// The image's `WORKDIR`: where `docker exec` and ECS Exec start commands.
        public var workingDir: String = "/"
    }

    public var images: [String: Image]

    public init(images: [Image]) {
        var byName: [String: Image] = [:]
        for image in images { byName[image.repository] = image }
        self.images = byName
    }

    /// The catalogue shipped with Shipyard.
    public static let builtin: ImageCatalog = {
        let text = String(decoding: PackageResources.images_json, as: UTF8.self)
        return (try? ImageCatalog(json: JSONParser.parse(text))) ?? ImageCatalog(images: [])
    }()

    public init(json: JSON) {
        var images: [Image] = []
        for entry in json["images"].array ?? [] {
            guard let repository = entry["repository"].string else { continue }
            var tags: [String: Int64] = [:]
            for (tag, size) in entry["tags"].object?.pairs ?? [] { tags[tag] = Int64(size.int ?? 0) }
            let process = entry["process"]
            let traits = ProcessTraits(
                kind: process["kind"].string == "server" ? .server : .shell,
                listens: (process["listens"].array ?? []).compactMap(\.int),
                stopSeconds: process["stopSeconds"].double ?? 0.5,
                memoryMiB: process["memoryMiB"].int ?? 1,
                log: process["log"].string,
                requiresEnv: process["requiresEnv"].string)
            images.append(Image(repository: repository, tags: tags,
                                entrypoint: (entry["entrypoint"].array ?? []).compactMap(\.string),
                                cmd: (entry["cmd"].array ?? []).compactMap(\.string),
                                ports: (entry["ports"].array ?? []).compactMap(\.string), process: traits,
                                workingDir: entry["workdir"].string ?? "/"))
        }
        self.init(images: images)
    }

    public func resolve(_ reference: ImageReference) -> ImageResolution {
        guard reference.isValid else { return .invalidReference }
        guard let image = images[reference.normalizedName] else { return .repositoryNotFound }
        if let digest = reference.digest {
            for (tag, size) in image.tags.sorted(by: { $0.key < $1.key })
            where ImageCatalog.digest(repository: image.repository, tag: tag) == digest {
                return .found(ResolvedImage(image: image, tag: tag, size: size, digest: digest))
            }
            return .tagNotFound
        }
        let tag = reference.tag ?? "latest"
        guard let size = image.tags[tag] else { return .tagNotFound }
        return .found(ResolvedImage(image: image, tag: tag, size: size,
                                    digest: ImageCatalog.digest(repository: image.repository, tag: tag)))
    }

    /// A stable, simulated `sha256:` digest for a repository and tag.
    public static func digest(repository: String, tag: String) -> String {
        var hex = ""
        var seed = fnv1a64("\(repository):\(tag)")
        for _ in 0..<4 {
            seed = fnv1a64(String(seed, radix: 16) + repository)
            let part = String(seed, radix: 16)
            hex += String(repeating: "0", count: 16 - part.count) + part
        }
        return "sha256:" + hex
    }
}

/// What pulling a reference would find.
public enum ImageResolution: Sendable {
    case found(ResolvedImage)
    case repositoryNotFound
    case tagNotFound
    case invalidReference
}

/// An image found in a registry, at one tag.
public struct ResolvedImage: Sendable {
    public var image: ImageCatalog.Image
    public var tag: String
    public var size: Int64
    public var digest: String
}

/// How an image's main process behaves when run with its default command.
public struct ProcessTraits: Sendable {
    public enum Kind: Sendable { case server, shell }
    public var kind: Kind
    public var listens: [Int]
    /// Seconds from SIGTERM to exit.
    public var stopSeconds: Double
    public var memoryMiB: Int
    /// Which log template its output follows.
    public var log: String?
    /// An environment variable without which the process exits with an error.
    public var requiresEnv: String?
}
