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
        // Byte checks against ASCII sets: the same verdict as checking characters (anything
        // outside ASCII fails either way). Asked on every pull, so read in place.
        guard Self.all(repository, Self.isRepositoryByte, whole: { bytes in
            bytes.first != UInt8(ascii: "/") && bytes.last != UInt8(ascii: "/")
                && !zip(bytes, bytes.dropFirst()).contains { $0 == UInt8(ascii: "/") && $1 == UInt8(ascii: "/") }
        }) else { return false }
        if let tag {
            guard tag.utf8.count <= 128, Self.all(tag, Self.isTagByte, whole: { _ in true }) else { return false }
        }
        return true
    }

    /// Whether `text` is not empty, every byte passes `byte`, and its bytes pass `whole`.
    private static func all(_ text: String, _ byte: (UInt8) -> Bool,
                            whole: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        let check = { (bytes: UnsafeBufferPointer<UInt8>) in !bytes.isEmpty && bytes.allSatisfy(byte) && whole(bytes) }
        if let verdict = text.utf8.withContiguousStorageIfAvailable(check) { return verdict }
        return Array(text.utf8).withUnsafeBufferPointer(check)
    }

    /// `a-z0-9._-/`: lower case only, so a valid repository is its own lower-cased form.
    private static func isRepositoryByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."),
            UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "/"):
            return true
        default:
            return false
        }
    }

    private static func isTagByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }
}
