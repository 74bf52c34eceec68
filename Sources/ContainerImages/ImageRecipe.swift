/// What an image is made of: the public image it starts from, and what a build
/// (`docker build`) put on top — files, and the configuration its Dockerfile set. A pulled
/// public image is a recipe with nothing on top. Registries keep the recipe with the image
/// configuration, so the image runs the same wherever it is pulled.
public struct ImageRecipe: Sendable, Equatable {
    /// The public image (`docker.io/library/nginx:1.27`).
    public var base: String
    /// Files the build added, by absolute path.
    public var files: [String: String] = [:]
    public var entrypoint: [String]?
    public var cmd: [String]?
    public var exposedPorts: [String] = []
    public var workingDir: String?

    public init(base: String) { self.base = base }

    /// Whether a build added anything.
    public var isBuilt: Bool { self != ImageRecipe(base: base) }

    /// The base image with the build's additions: its files, and the command, ports and
    /// working directory the Dockerfile set. An `ENTRYPOINT` set without a `CMD` drops the
    /// base image's `CMD`, as Docker does.
    public func apply(to image: ImageCatalog.Image) -> ImageCatalog.Image {
        var image = image
        image.files.merge(files) { $1 }
        if let entrypoint {
            image.entrypoint = entrypoint
            image.cmd = cmd ?? []
        } else if let cmd {
            image.cmd = cmd
        }
        for port in exposedPorts where !image.ports.contains(port) { image.ports.append(port) }
        if let workingDir { image.workingDir = workingDir }
        return image
    }

    /// A stable description of it, which a built image's ID is the hash of.
    public var canonical: String {
        var parts = ["base=\(base)"]
        parts += files.keys.sorted().map { "file=\($0)=\(files[$0] ?? "")" }
        if let entrypoint { parts.append("entrypoint=\(entrypoint.joined(separator: "\u{1}"))") }
        if let cmd { parts.append("cmd=\(cmd.joined(separator: "\u{1}"))") }
        parts += exposedPorts.map { "expose=\($0)" }
        if let workingDir { parts.append("workdir=\(workingDir)") }
        return parts.joined(separator: "\n")
    }
}
