import CLibEdit

extension LineEditor {
  /// The `EL_ADDFN` function bound to Tab.
  static let completeCallback: clibedit_cmd_fn = { el, _ in
    guard let el, let editor = LineEditor.from(el) else { return UInt8(CC_ERROR) }
    return editor.complete(in: el)
  }

  /// Asks the completer about the text before the cursor and applies the
  /// planned action to libedit's line. Returns a libedit `CC_*` code.
  private func complete(in el: OpaquePointer) -> UInt8 {
    guard let info = el_line(el)?.pointee else { return UInt8(CC_REFRESH_BEEP) }
    // el_line gives the line as multibyte (UTF-8) text; cursor is a byte
    // position in it.
    let beforeCursor = Self.text(from: info.buffer, to: info.cursor)
    let result = completer(beforeCursor)
    guard let typed = CompletionPlanner.typedWord(in: beforeCursor, wordStart: result.wordStart) else {
      return UInt8(CC_REFRESH_BEEP)
    }

    switch CompletionPlanner.action(typedWord: typed, candidates: result.candidates) {
    case .beep:
      return UInt8(CC_REFRESH_BEEP)
    case .replaceWord(let replacement):
      return replaceWord(typed, with: replacement, in: el)
    case .list(let candidates):
      // Like libedit's own file completion: go below the line, print, and
      // let CC_REDISPLAY draw the prompt and line again under the list.
      let columns = Terminal.columns
      let rowsBelowCursor = ScreenRows.below(
        prompt: prompt, beforeCursor: beforeCursor,
        afterCursor: Self.text(from: info.cursor, to: info.lastchar), columns: columns)
      let rows = ColumnLayout.rows(candidates, width: columns)
      Terminal.write(
        String(repeating: "\n", count: rowsBelowCursor + 1) + rows.joined(separator: "\n") + "\n")
      return UInt8(CC_REDISPLAY)
    }
  }

  /// Copies libedit's line bytes between two pointers into the same buffer.
  private static func text(from start: UnsafePointer<CChar>, to end: UnsafePointer<CChar>) -> String {
    let count = max(0, end - start)
    return String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
  }

  private func replaceWord(_ typed: String, with replacement: String, in el: OpaquePointer) -> UInt8 {
    var insertion = Substring(replacement)
    if replacement.utf8.starts(with: typed.utf8) {
      // Usual case: only add what is missing, the typed text stays.
      let suffix = replacement.utf8.dropFirst(typed.utf8.count)
      insertion = replacement[suffix.startIndex...]
    } else {
      // The completer changed the typed text (e.g. case): retype the word.
      // el_deletestr counts characters as libedit stores them (wchar_t,
      // one per Unicode scalar), not bytes.
      el_deletestr(el, Int32(clamping: typed.unicodeScalars.count))
    }
    guard !insertion.isEmpty else { return UInt8(CC_REFRESH) }
    return el_insertstr(el, String(insertion)) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_REFRESH_BEEP)
  }
}
