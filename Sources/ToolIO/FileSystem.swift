/// The learner's files: read by `kubectl apply -f`, `file://` parameters and `cat`; written by
/// redirections. Injected, so tests and transcripts use memory and the shell uses the disk.
public protocol FileSystem: AnyObject {
    /// The working directory, absolute.
    var currentDirectory: String { get set }
    var homeDirectory: String { get }
    func readFile(_ path: String) throws(FileSystemError) -> [UInt8]
    func writeFile(_ path: String, _ bytes: [UInt8], append: Bool) throws(FileSystemError)
    /// Names in a directory, sorted; nil when it is not a directory.
    func list(_ path: String) -> [String]?
    func isDirectory(_ path: String) -> Bool
    func exists(_ path: String) -> Bool
    func makeDirectory(_ path: String) throws(FileSystemError)
    func remove(_ path: String) throws(FileSystemError)
}

public enum FileSystemError: Error, Equatable, Sendable {
    case notFound(String)
    case isDirectory(String)
    case notDirectory(String)
    case permissionDenied(String)
    case other(String, String)
}

extension FileSystemError {
    /// strerror's words, as C tools print them (`No such file or directory`); Go's errors
    /// print the same words in lower case.
    public var strerror: String {
        switch self {
        case .notFound: return "No such file or directory"
        case .isDirectory: return "Is a directory"
        case .notDirectory: return "Not a directory"
        case .permissionDenied: return "Permission denied"
        case .other(_, let message): return message
        }
    }
}

extension FileSystem {
    /// `path` made absolute against the working directory, with `~`, `.` and `..` resolved.
    public func absolute(_ path: String) -> String {
        var base: String
        if path == "~" || path.hasPrefix("~/") {
            base = homeDirectory + String(path.dropFirst())
        } else if path.hasPrefix("/") {
            base = path
        } else {
            base = currentDirectory + "/" + path
        }
        var parts: [Substring] = []
        for part in base.split(separator: "/") {
            if part == "." || part.isEmpty { continue }
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
                continue
            }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    public func readText(_ path: String) throws(FileSystemError) -> String {
        String(decoding: try readFile(path), as: UTF8.self)
    }
}

/// Files kept in memory: for tests, transcripts and scripts that must not touch the disk.
public final class InMemoryFileSystem: FileSystem {
    private var files: [String: [UInt8]] = [:]
    private var directories: Set<String> = ["/"]
    public var currentDirectory: String
    public let homeDirectory: String

    public init(home: String = "/home/learner") {
        homeDirectory = home
        currentDirectory = home
        var path = ""
        for part in home.split(separator: "/") {
            path += "/" + part
            directories.insert(path)
        }
    }

    private func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }

    /// Every machine's `/dev/null`: reads as empty, and keeps nothing written to it.
    static let null = "/dev/null"

    public func readFile(_ path: String) throws(FileSystemError) -> [UInt8] {
        let full = absolute(path)
        if full == Self.null { return [] }
        if directories.contains(full) { throw .isDirectory(path) }
        guard let bytes = files[full] else { throw .notFound(path) }
        return bytes
    }

    public func writeFile(_ path: String, _ bytes: [UInt8], append: Bool) throws(FileSystemError) {
        let full = absolute(path)
        if full == Self.null { return }
        if directories.contains(full) { throw .isDirectory(path) }
        guard directories.contains(parent(full)) else { throw .notFound(path) }
        files[full] = append ? (files[full] ?? []) + bytes : bytes
    }

    public func list(_ path: String) -> [String]? {
        let full = absolute(path)
        guard directories.contains(full) else { return nil }
        let prefix = full == "/" ? "/" : full + "/"
        var names: Set<String> = []
        for candidate in Array(files.keys) + Array(directories) where candidate.hasPrefix(prefix) && candidate != full {
            let rest = candidate.dropFirst(prefix.count)
            if let name = rest.split(separator: "/").first { names.insert(String(name)) }
        }
        return names.sorted()
    }

    public func isDirectory(_ path: String) -> Bool { directories.contains(absolute(path)) }

    public func exists(_ path: String) -> Bool {
        let full = absolute(path)
        return directories.contains(full) || files[full] != nil || full == Self.null
    }

    public func makeDirectory(_ path: String) throws(FileSystemError) {
        let full = absolute(path)
        if files[full] != nil { throw .other(path, "File exists") }
        guard directories.contains(parent(full)) else { throw .notFound(path) }
        directories.insert(full)
    }

    public func remove(_ path: String) throws(FileSystemError) {
        let full = absolute(path)
        if files.removeValue(forKey: full) == nil { throw .notFound(path) }
    }
}
