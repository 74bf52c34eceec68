import ContainerImages
import SimCore

/// An image in the local image store: its configuration's digest (the image ID), the names
/// it has, and its layers.
public struct DockerImage: Sendable {
    /// `sha256:…` of the image configuration; `docker images` shows its first 12 hex digits.
    public var id: String
    /// `nginx:1.27`, `123456789012.dkr.ecr.us-east-1.amazonaws.com/web:v1`.
    public var repoTags: [String]
    /// `nginx@sha256:…`: the manifest digest each registry it came from or went to knows it by.
    public var repoDigests: [String]
    public var created: SimTime
    /// Unpacked size on disk (what `docker images` shows).
    public var size: Int64
    /// Compressed layers, base first, as registries store them.
    public var layers: [DockerLayer]
    public var configSize: Int64
    /// What it is made of: a public image (`docker.io/library/nginx:1.27`) and what a build
    /// added, which says how its containers behave.
    public var recipe: ImageRecipe

    public var shortID: String { String(id.dropFirst("sha256:".count).prefix(12)) }
}

public struct DockerLayer: Sendable, Equatable {
    public var digest: String
    public var size: Int64

    /// The 12 hex digits progress lines name a layer by.
    public var shortID: String { String(digest.dropFirst("sha256:".count).prefix(12)) }
}

extension DockerImage {
    /// Unpacked images take about this many times their compressed size (nginx: 72 MB
    /// compressed, 192 MB unpacked). An estimate: the catalogue keeps compressed sizes only.
    static let unpackRatio = 2.6

    /// A public image as a registry serves it. Its layers, configuration and build time are
    /// derived from its name, as the catalogue's digests are: simulated, stable, not the
    /// registries' own. `compressed` is the catalogue's size; the layers add up to it.
    static func fromRegistry(source: String, compressed: Int64, start: SimTime) -> DockerImage {
        let seed = fnv1a64(source)
        // Small base images (busybox, alpine) are one layer; others have a base and a few more.
        let count = compressed < 10_000_000 ? 1 : 3 + Int(seed % 5)
        var layers: [DockerLayer] = []
        var remaining = compressed
        for index in 0..<count {
            // The base layer holds most of the bytes; the rest get a shrinking share.
            let share = index == count - 1 ? remaining : remaining * (index == 0 ? 70 : 40) / 100
            layers.append(DockerLayer(digest: SHA256.digest("\(source) layer \(index)"), size: share))
            remaining -= share
        }
        let configSize = Int64(1_400 + Int(seed % 7_000))
        // Built between one and sixty days before the world began.
        let age = SimDuration.hours(24 + Int64((seed >> 8) % 1_416))
        return DockerImage(id: SHA256.digest("\(source) config"), repoTags: [], repoDigests: [],
                           created: start - age, size: Int64(Double(compressed) * unpackRatio), layers: layers,
                           configSize: configSize, recipe: ImageRecipe(base: source))
    }

    /// The Docker v2 manifest for pushing it.
    var manifest: (config: (digest: String, size: Int64), layers: [(digest: String, size: Int64)]) {
        ((id, configSize), layers.map { ($0.digest, $0.size) })
    }
}

/// How Docker names a reference for people: `nginx:1.27` for Docker Hub's official images,
/// `user/app:v1` for other Docker Hub repositories, the whole name for other registries.
enum FamiliarName {
    static func repository(_ reference: ImageReference) -> String {
        guard reference.registry == "docker.io" else { return reference.normalizedName }
        return reference.repository.hasPrefix("library/") ? String(reference.repository.dropFirst(8)) : reference.repository
    }

    static func tagged(_ reference: ImageReference) -> String {
        repository(reference) + ":" + (reference.tag ?? "latest")
    }
}
