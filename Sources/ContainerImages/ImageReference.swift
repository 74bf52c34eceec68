/// A parsed image reference: `nginx`, `nginx:1.27`, `registry.k8s.io/pause:3.10`,
/// `123456789012.dkr.ecr.us-east-1.amazonaws.com/app@sha256:…`.
///
/// Follows the Docker reference grammar's defaults: no registry means Docker Hub, a
/// single-segment Hub repository is under `library/`, and no tag means `latest`.
public struct ImageReference: Hashable, Sendable {
    public var registry: String
    public var repository: String
    public var tag: String?
    public var digest: String?
    /// What the user wrote.
    public var original: String

    public init(_ text: String) {
        original = text
        var rest = text
        digest = nil
        if let at = rest.firstIndex(of: "@") {
            digest = String(rest[rest.index(after: at)...])
            rest = String(rest[..<at])
        }
        tag = nil
        if let colon = rest.lastIndex(of: ":"), !rest[colon...].contains("/") {
            tag = String(rest[rest.index(after: colon)...])
            rest = String(rest[..<colon])
        }
        let parts = rest.split(separator: "/", maxSplits: 1).map(String.init)
        if parts.count == 2, parts[0].contains(".") || parts[0].contains(":") || parts[0] == "localhost" {
            registry = parts[0]
            repository = parts[1]
        } else {
            registry = "docker.io"
            repository = parts.count == 1 ? "library/\(rest)" : rest
        }
    }

    /// `docker.io/library/nginx:latest`: the fully qualified form containerd reports.
    public var normalized: String {
        var text = "\(registry)/\(repository)"
        if let tag { text += ":\(tag)" } else if digest == nil { text += ":latest" }
        if let digest { text += "@\(digest)" }
        return text
    }

    /// `docker.io/library/nginx`: the name without tag or digest.
    public var normalizedName: String { "\(registry)/\(repository)" }

    /// The tag, `latest` when none is given and no digest pins the image.
    public var effectiveTag: String? { tag ?? (digest == nil ? "latest" : nil) }

    /// Kubernetes' default: `Always` for `:latest` or no tag, `IfNotPresent` otherwise.
    public var defaultPullPolicy: String {
        if digest != nil { return "IfNotPresent" }
        return (tag == nil || tag == "latest") ? "Always" : "IfNotPresent"
    }

    /// Whether the reference is syntactically valid (lower-case repository, sane tag).
    public var isValid: Bool {
        guard !repository.isEmpty, repository == repository.lowercased(),
            !repository.hasPrefix("/"), !repository.hasSuffix("/"), !repository.contains("//")
        else { return false }
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789._-/")
        guard repository.allSatisfy({ allowed.contains($0) }) else { return false }
        if let tag {
            let tagAllowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
            guard !tag.isEmpty, tag.count <= 128, tag.allSatisfy({ tagAllowed.contains($0) }) else { return false }
        }
        return true
    }
}
