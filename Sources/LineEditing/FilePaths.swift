#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few file-system helpers the history file needs, on plain POSIX calls
/// so this module does not pull in Foundation.
enum FilePaths {
  /// The directory part of `path`, or nil when it has none (relative name).
  static func parentDirectory(of path: String) -> String? {
    guard let slash = path.lastIndex(of: "/") else { return nil }
    let parent = path[..<slash]
    return parent.isEmpty ? "/" : String(parent)
  }

  /// `mkdir -p`: creates `path` and any missing ancestors.
  static func createDirectories(_ path: String) throws(HistoryFileError) {
    var prefix = path.hasPrefix("/") ? "/" : ""
    for component in path.split(separator: "/") {
      prefix += component
      if mkdir(prefix, 0o755) != 0 {
        let code = errno
        guard code == EEXIST, isDirectory(prefix) else {
          throw .cannotCreateDirectory(path: prefix, errno: code)
        }
      }
      prefix += "/"
    }
  }

  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// Best-effort fsync so the rename never publishes an empty file after a
  /// power loss; failures are ignored because the data is still written.
  static func syncToDisk(_ path: String) {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return }
    _ = fsync(fd)
    close(fd)
  }
}
