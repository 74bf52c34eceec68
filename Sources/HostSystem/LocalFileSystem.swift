#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ToolIO

/// The learner's real files, for the interactive shell and scripts: paths resolve against a
/// working directory the shell keeps (the process's own never changes), writes go through a
/// temporary file and a rename so a crash never leaves half a file.
public final class LocalFileSystem: FileSystem {
    public var currentDirectory: String
    public let homeDirectory: String

    public init(currentDirectory: String, homeDirectory: String) {
        self.currentDirectory = currentDirectory
        self.homeDirectory = homeDirectory
    }

    /// Starts in the process's working directory, with `$HOME` as home.
    public static func current(environment: [String: String]) -> LocalFileSystem {
        var buffer = [CChar](repeating: 0, count: 4096)
        let cwd = buffer.withUnsafeMutableBufferPointer { pointer -> String in
            guard let base = pointer.baseAddress, getcwd(base, pointer.count) != nil else { return "/" }
            return String(cString: base)
        }
        return LocalFileSystem(currentDirectory: cwd, homeDirectory: environment["HOME"] ?? "/")
    }

    private func fileMode(_ path: String) -> mode_t? {
        // fstatat follows symbolic links, as `test -d` does (and avoids the stat/stat() clash).
        var info = Glibc.stat()
        guard fstatat(AT_FDCWD, absolute(path), &info, 0) == 0 else { return nil }
        return info.st_mode
    }

    private static func error(_ path: String) -> FileSystemError {
        switch errno {
        case ENOENT: return .notFound(path)
        case EISDIR: return .isDirectory(path)
        case ENOTDIR: return .notDirectory(path)
        case EACCES, EPERM: return .permissionDenied(path)
        default: return .other(path, String(cString: strerror(errno)))
        }
    }

    public func readFile(_ path: String) throws(FileSystemError) -> [UInt8] {
        let full = absolute(path)
        if isDirectory(path) { throw .isDirectory(path) }
        let fd = open(full, O_RDONLY)
        guard fd >= 0 else { throw Self.error(path) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Self.error(path)
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            // Files a learner feeds a shell are small; refuse to read devices forever.
            if bytes.count > 64 << 20 { throw .other(path, "File too large") }
        }
        return bytes
    }

    public func writeFile(_ path: String, _ bytes: [UInt8], append: Bool) throws(FileSystemError) {
        let full = absolute(path)
        if isDirectory(path) { throw .isDirectory(path) }
        // Replace regular files through a temporary file and a rename; write anything else
        // (a device such as /dev/null, a pipe, a symbolic link) in place, as a shell does —
        // renaming over /dev/null would replace the device with a file.
        let replace = !append && isRegularFileOrMissing(full)
        let target = replace ? full + ".shipyard-tmp-\(getpid())" : full
        let flags = O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC)
        let fd = open(target, flags, 0o644)
        guard fd >= 0 else { throw Self.error(path) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                write(fd, buffer.baseAddress.map { $0 + offset }, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                let failure = Self.error(path)
                close(fd)
                if replace { unlink(target) }
                throw failure
            }
            offset += written
        }
        if replace { fsync(fd) }
        close(fd)
        if replace, rename(target, full) != 0 {
            let failure = Self.error(path)
            unlink(target)
            throw failure
        }
    }

    /// True for a regular file that is not a symbolic link, or for nothing at all.
    private func isRegularFileOrMissing(_ full: String) -> Bool {
        var info = Glibc.stat()
        guard fstatat(AT_FDCWD, full, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return errno == ENOENT }
        return (info.st_mode & S_IFMT) == S_IFREG
    }

    public func list(_ path: String) -> [String]? {
        guard isDirectory(path), let dir = opendir(absolute(path)) else { return nil }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    public func isDirectory(_ path: String) -> Bool {
        guard let mode = fileMode(path) else { return false }
        return (mode & S_IFMT) == S_IFDIR
    }

    public func exists(_ path: String) -> Bool { fileMode(path) != nil }

    public func makeDirectory(_ path: String) throws(FileSystemError) {
        guard mkdir(absolute(path), 0o755) == 0 else { throw Self.error(path) }
    }

    public func remove(_ path: String) throws(FileSystemError) {
        guard unlink(absolute(path)) == 0 else { throw Self.error(path) }
    }
}
