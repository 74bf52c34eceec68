import JSONValue
import SimCore

/// An image in a repository: a manifest, named by the SHA-256 of its bytes, with the tags that
/// point to it.
struct ECRImage {
    var digest: String
    /// The manifest exactly as pushed.
    var manifest: String
    var mediaType: String
    var tags: [String]
    var pushedAt: SimTime
    /// The sum of its layers' sizes as they were uploaded (`imageSizeInBytes`), whatever the
    /// manifest claims.
    var size: Int64
    /// The image configuration's digest, from the manifest.
    var configDigest: String?

    /// `{"imageDigest": …, "imageTag": …}`, the tag left out when nil.
    static func identifier(digest: String?, tag: String?) -> JSON {
        var id = JSONObject()
        if let digest { id["imageDigest"] = .string(digest) }
        if let tag { id["imageTag"] = .string(tag) }
        return .object(id)
    }
}

/// What a pushed manifest names: its configuration and layers (Docker image manifest v2,
/// schema 2, or an OCI image manifest).
struct ECRManifest {
    static let dockerV2 = "application/vnd.docker.distribution.manifest.v2+json"
    static let dockerConfig = "application/vnd.docker.container.image.v1+json"
    static let dockerLayer = "application/vnd.docker.image.rootfs.diff.tar.gzip"

    var mediaType: String
    var config: (digest: String, size: Int64)?
    var layers: [(digest: String, size: Int64)]

    /// The manifest in `text`, or nil when it is not a JSON object.
    init?(_ text: String) {
        guard let json = JSONParser.parseOrNil(text), json.object != nil else { return nil }
        mediaType = json["mediaType"].string ?? Self.dockerV2
        if let digest = json["config"]["digest"].string {
            config = (digest, Int64(json["config"]["size"].int ?? 0))
        }
        layers = (json["layers"].array ?? []).compactMap { layer in
            layer["digest"].string.map { ($0, Int64(layer["size"].int ?? 0)) }
        }
    }

    /// The blobs it needs: its configuration, then its layers.
    var blobDigests: [String] { (config.map { [$0.digest] } ?? []) + layers.map(\.digest) }

    /// A Docker v2 manifest as the Docker client writes it when pushing (one line, no
    /// trailing newline), for a configuration and layers.
    static func docker(config: (digest: String, size: Int64), layers: [(digest: String, size: Int64)]) -> String {
        func descriptor(_ mediaType: String, _ blob: (digest: String, size: Int64)) -> String {
            "{\"mediaType\":\"\(mediaType)\",\"size\":\(blob.size),\"digest\":\"\(blob.digest)\"}"
        }
        let layerList = layers.map { descriptor(dockerLayer, $0) }.joined(separator: ",")
        return "{\"schemaVersion\":2,\"mediaType\":\"\(dockerV2)\",\"config\":\(descriptor(dockerConfig, config)),\"layers\":[\(layerList)]}"
    }
}
