import CLibEdit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Owns a libedit `History` list: adding lines, loading and saving the file.
///
/// Kept apart from the terminal editor so it can be tested without a tty.
/// The file format is libedit's own (`_HiStOrY_V2_` then one vis(3)-encoded
/// entry per line) and is treated as opaque.
final class HistoryStore {
  /// The `History *` handed to `EL_HIST`.
  let pointer: OpaquePointer
  private let maxEntries: Int

  /// - Parameter maxEntries: the list keeps only the newest entries; 0 or
  ///   less disables history.
  init?(maxEntries: Int) {
    guard let history = history_init() else { return nil }
    pointer = history
    self.maxEntries = max(0, maxEntries)
    var event = HistEvent()
    _ = clibedit_history_setsize(pointer, &event, Int32(clamping: max(1, self.maxEntries)))
    // libedit then drops a line equal to the newest entry.
    _ = clibedit_history_setunique(pointer, &event, 1)
  }

  deinit {
    history_end(pointer)
  }

  /// Records a line unless it is blank or repeats the previous entry.
  func enter(_ line: String) {
    guard maxEntries > 0, line.contains(where: { !$0.isWhitespace }) else { return }
    var event = HistEvent()
    _ = clibedit_history_enter(pointer, &event, line)
  }

  /// Entries, oldest first.
  var entries: [String] {
    var result: [String] = []
    var event = HistEvent()
    var status = clibedit_history_last(pointer, &event)
    while status >= 0, let text = event.str {
      result.append(String(cString: text))
      status = clibedit_history_prev(pointer, &event)
    }
    return result
  }

  /// Appends the entries stored in `path`.
  ///
  /// A missing, unreadable or corrupt file must never stop the shell, so on
  /// any failure the list is cleared (a half-read file is not trusted) and
  /// `false` is returned.
  @discardableResult
  func load(from path: String) -> Bool {
    guard maxEntries > 0 else { return true }  // history disabled
    var event = HistEvent()
    if clibedit_history_load(pointer, &event, path) >= 0 { return true }
    _ = clibedit_history_clear(pointer, &event)
    return false
  }

  /// Writes the list to `path` atomically: into a temporary file in the same
  /// directory, flushed to disk, then renamed over `path`, so a crash or a
  /// full disk never leaves a truncated history. Missing parent directories
  /// are created. The file is readable by its owner only (libedit's choice).
  func save(to path: String) throws(HistoryFileError) {
    if let directory = FilePaths.parentDirectory(of: path) {
      try FilePaths.createDirectories(directory)
    }
    var template = Array((path + ".tmp-XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { mkstemp($0) } ?? -1
    }
    guard fd >= 0 else { throw .cannotCreateTemporaryFile(path: path, errno: errno) }
    close(fd)
    let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)

    var event = HistEvent()
    guard clibedit_history_save(pointer, &event, temporary) >= 0 else {
      let code = errno
      unlink(temporary)
      throw .cannotWrite(path: temporary, errno: code)
    }
    FilePaths.syncToDisk(temporary)
    guard rename(temporary, path) == 0 else {
      let code = errno
      unlink(temporary)
      throw .cannotReplace(path: path, errno: code)
    }
  }
}

/// Why the history file could not be saved; carries `errno` for messages.
enum HistoryFileError: Error, Equatable {
  case cannotCreateDirectory(path: String, errno: Int32)
  case cannotCreateTemporaryFile(path: String, errno: Int32)
  case cannotWrite(path: String, errno: Int32)
  case cannotReplace(path: String, errno: Int32)
}
