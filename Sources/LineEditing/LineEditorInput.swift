/// What one call to ``LineEditor/readLine()`` produced.
public enum LineEditorInput: Equatable, Sendable {
  /// A complete line, without its trailing newline.
  case line(String)
  /// The user pressed Ctrl-C; the half-typed line was discarded.
  case interrupted
  /// Ctrl-D on an empty line, or the input stream ended.
  case endOfFile
}

/// The completer's answer for the word under the cursor.
public struct CompletionResult: Sendable {
  /// UTF-8 offset in `lineBeforeCursor` where the word being completed begins.
  ///
  /// The shell knows its own quoting and word rules, so it reports where the
  /// word starts; the editor only replaces the bytes from here to the cursor.
  public var wordStart: Int
  /// Full replacements for that word (not suffixes), in display order.
  public var candidates: [String]

  public init(wordStart: Int, candidates: [String]) {
    self.wordStart = wordStart
    self.candidates = candidates
  }
}
