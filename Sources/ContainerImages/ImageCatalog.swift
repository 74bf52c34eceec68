import JSONValue
import SimCore
import Synchronization

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
        /// Behaviours chosen by the first argument (`agnhost liveness`, `agnhost netexec`).
        public var subcommands: [String: ProcessTraits] = [:]

        /// Busybox-based images word their errors as busybox does (`cat: can't open 'x': …`).
        /// busybox's userland: busybox itself, and alpine's (whose `sh`, `wget` and `ls` are busybox's).
        public var isBusybox: Bool { repository.hasSuffix("/busybox") || repository.hasSuffix("/alpine") }
        /// The image's `WORKDIR`: where `docker exec` and ECS Exec start commands.
        public var workingDir: String = "/"
        /// The Debian release a Debian-based image is built on (`/etc/os-release`).
        public var debianRelease: String = "12"
        /// Programs not in the image (nginx has no `ps`): exec'ing one fails in the runtime.
        public var lacks: Set<String> = []
        /// Whether its `nslookup` is busybox's classic one (1.28 and before), which Shipyard
        /// runs; newer busybox rewrote it.
        public var classicNslookup = false
        /// Files the image itself holds that a learner reads (the bootcamp app's `/server.js`).
        public var files: [String: String] = [:]
        /// Whether its server answers on IPv6 too, so curl to `localhost` arrives from `::1`:
        /// nginx only since 1.19, whose entrypoint script turns IPv6 listening on.
        public var listensOnIPv6: Bool { !repository.hasSuffix("/nginx") || entrypoint.contains("/docker-entrypoint.sh") }
    }

    /// Each repository's images. Tags built differently (an old nginx without the entrypoint
    /// script, on an older Debian) are images of their own in the same repository.
    public var images: [String: [Image]]

    public init(images: [Image]) {
        var byName: [String: [Image]] = [:]
        for image in images { byName[image.repository, default: []].append(image) }
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
            var subcommands: [String: ProcessTraits] = [:]
            for (name, process) in entry["subcommands"].object?.pairs ?? [] { subcommands[name] = ProcessTraits(json: process) }
            images.append(Image(repository: repository, tags: tags,
                                entrypoint: (entry["entrypoint"].array ?? []).compactMap(\.string),
                                cmd: (entry["cmd"].array ?? []).compactMap(\.string),
                                ports: (entry["ports"].array ?? []).compactMap(\.string),
                                process: ProcessTraits(json: entry["process"]), subcommands: subcommands,
                                workingDir: entry["workdir"].string ?? "/",
                                debianRelease: entry["debian"].string ?? "12",
                                lacks: Set((entry["lacks"].array ?? []).compactMap(\.string)),
                                classicNslookup: entry["nslookup"].string == "classic",
                                files: (entry["files"].object?.entries ?? []).reduce(into: [:]) { $0[$1.key] = $1.value.string }))
        }
        self.init(images: images)
    }

    /// The image of `repository` (a normalized name) that has `tag`, or without a tag its
    /// first (main) entry.
    public func image(_ repository: String, tag: String? = nil) -> Image? {
        guard let variants = images[repository] else { return nil }
        guard let tag else { return variants.first }
        return variants.first { $0.tags[tag] != nil }
    }

    public func resolve(_ reference: ImageReference) -> ImageResolution {
        guard reference.isValid else { return .invalidReference }
        guard let variants = images[reference.normalizedName] else { return .repositoryNotFound }
        if let digest = reference.digest {
            for image in variants {
                for (tag, size) in image.tags.sorted(by: { $0.key < $1.key })
                where ImageCatalog.digest(repository: image.repository, tag: tag) == digest {
                    return .found(ResolvedImage(image: image, tag: tag, size: size, digest: digest))
                }
            }
            return .tagNotFound
        }
        let tag = reference.tag ?? "latest"
        guard let image = image(reference.normalizedName, tag: tag), let size = image.tags[tag] else {
            return .tagNotFound
        }
        return .found(ResolvedImage(image: image, tag: tag, size: size,
                                    digest: ImageCatalog.digest(repository: image.repository, tag: tag)))
    }

    /// A stable, simulated `sha256:` digest for a repository and tag.
    public static func digest(repository: String, tag: String) -> String {
        // Pure, and asked for on every pull: the answers are remembered.
        let key = DigestKey(repository: repository, tag: tag)
        if let known = knownDigests.withLock({ $0[key] }) { return known }
        let digest = computeDigest(repository: repository, tag: tag)
        knownDigests.withLock { cache in
            if cache.count >= 4096 { cache.removeAll() }
            cache[key] = digest
        }
        return digest
    }

    private static func computeDigest(repository: String, tag: String) -> String {
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

private struct DigestKey: Hashable {
    var repository: String
    var tag: String
}

private let knownDigests = Mutex<[DigestKey: String]>([:])

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

    public init(image: ImageCatalog.Image, tag: String, size: Int64, digest: String) {
        self.image = image
        self.tag = tag
        self.size = size
        self.digest = digest
    }
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
    /// CPU the process uses when idle or working steadily, in millicores.
    public var cpuMillicores: Int = 0
    /// What it answers on its HTTP port, for probes.
    public var http: HTTPBehaviour?
    /// The exit code after SIGTERM: 0 for servers that shut down cleanly, 143 for programs
    /// the signal kills.
    public var stopExitCode: Int = 0
    /// Printed when it starts, for images without a log template.
    public var startupLines: [String] = []

    init(json process: JSON) {
        kind = process["kind"].string == "server" ? .server : .shell
        listens = (process["listens"].array ?? []).compactMap(\.int)
        stopSeconds = process["stopSeconds"].double ?? 0.5
        memoryMiB = process["memoryMiB"].int ?? 1
        log = process["log"].string
        requiresEnv = process["requiresEnv"].string
        cpuMillicores = process["cpuMillicores"].int ?? 0
        http = process["http"].object.map { _ in HTTPBehaviour(json: process["http"]) }
        startupLines = (process["startupLines"].array ?? []).compactMap(\.string)
        stopExitCode = process["stopExitCode"].int ?? 0
    }
}

/// The answers an image's HTTP server gives: a status per path, possibly changing after the
/// process has run a while (agnhost's `liveness` serves 200 on /healthz for 10 s, then 500).
public struct HTTPBehaviour: Sendable, Equatable {
    public struct Route: Sendable, Equatable {
        public var path: String
        public var status: Int
        public var untilSeconds: Double?
        public var thenStatus: Int?
    }

    public var routes: [Route]
    /// The status of any other path.
    public var otherStatus: Int
    /// The text every successful answer carries, `{hostname}` standing for the container's
    /// host name (kubernetes-bootcamp's `Hello Kubernetes bootcamp! | Running on: … | v=1`).
    public var body: String?
    /// Where a file server finds what it serves (nginx's `/usr/share/nginx/html`): answers
    /// then come from the container's files as they are now, edits included.
    public var documentRoot: String?
    /// How the server words its error pages (`nginx/1.27.5` for nginx's, the version in
    /// their last line).
    public var errorPages: String?

    init(json: JSON) {
        routes = (json["routes"].array ?? []).compactMap { route in
            guard let path = route["path"].string else { return nil }
            return Route(path: path, status: route["status"].int ?? 200, untilSeconds: route["untilSeconds"].double,
                         thenStatus: route["thenStatus"].int)
        }
        otherStatus = json["otherStatus"].int ?? 404
        body = json["body"].string
        documentRoot = json["documentRoot"].string
        errorPages = json["errorPages"].string
    }

    /// The status `GET path` gets `uptime` seconds after the server started.
    public func status(path: String, uptime: Double) -> Int {
        guard let route = routes.first(where: { $0.path == path }) else { return otherStatus }
        if let until = route.untilSeconds, uptime >= until { return route.thenStatus ?? route.status }
        return route.status
    }

    /// What `GET path` answers from a container whose host name and files are given.
    public func response(path: String, uptime: Double, hostname: String,
                         files: [String: String]) -> ContainerExecContext.HTTPResponse {
        let path = String(path.prefix { $0 != "?" && $0 != "#" })
        if let root = documentRoot {
            let file = root + (path.hasSuffix("/") ? path + "index.html" : path)
            if let content = files[file] { return .init(status: 200, body: content) }
            let holdsFiles = files.keys.contains { $0.hasPrefix(root + path + (path.hasSuffix("/") ? "" : "/")) }
            // A directory named without its slash is redirected to it; one without an index
            // page is not listed.
            if holdsFiles { return errorPage(path.hasSuffix("/") ? 403 : 301) }
            return errorPage(404)
        }
        let status = status(path: path, uptime: uptime)
        guard (200..<400).contains(status) else { return errorPage(status) }
        return .init(status: status, body: (body ?? "").replacing("{hostname}", with: hostname))
    }

    /// An error answer: nginx's own page (CRLF line ends, its version last), else no text.
    private func errorPage(_ status: Int) -> ContainerExecContext.HTTPResponse {
        guard let server = errorPages else { return .init(status: status, body: "") }
        let reasons = [301: "Moved Permanently", 403: "Forbidden", 404: "Not Found", 500: "Internal Server Error",
                       503: "Service Temporarily Unavailable"]
        let title = "\(status) \(reasons[status] ?? "Error")"
        let lines = ["<html>", "<head><title>\(title)</title></head>", "<body>", "<center><h1>\(title)</h1></center>",
                     "<hr><center>\(server)</center>", "</body>", "</html>"]
        return .init(status: status, body: lines.map { $0 + "\r\n" }.joined())
    }
}
