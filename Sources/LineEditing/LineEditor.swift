import CLibEdit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Interactive line editing for the shell: a thin layer over libedit with
/// emacs key bindings, persistent history, and Tab completion.
///
/// Use it from one thread only (libedit is not thread-safe and `readLine()`
/// blocks). When stdin is not a terminal, `readLine()` reads plain lines
/// with `Swift.readLine()` instead, which is byte-exact and prints no prompt.
public final class LineEditor {
  /// libedit's `EditLine *`; nil if stdin is not a terminal or init failed.
  private let editLine: OpaquePointer?
  private let history: HistoryStore?
  private let historyFile: String?
  private let interruptGuard: InterruptGuard?
  let completer: (_ lineBeforeCursor: String) -> CompletionResult

  /// libedit calls the prompt function on every redraw and keeps the
  /// returned pointer, so the C string must outlive each call: it is owned
  /// here, replaced when `prompt` changes and freed in `deinit`.
  private var promptCString: UnsafeMutablePointer<CChar>?

  /// Text shown before the input; may change between reads.
  ///
  /// Invisible sequences (ANSI colours) must be wrapped in `"\u{1}"` on both
  /// sides so libedit does not count them towards the prompt width.
  public var prompt: String {
    didSet { replacePromptCString() }
  }

  /// Whether `readLine` records each line it reads in history. A shell that reads a command
  /// over several lines turns this off and records the whole command with `addToHistory`.
  public var recordsLines = true

  /// Whether standard input is a terminal (`isatty(0)`).
  public static var isInteractive: Bool { Terminal.stdinIsTerminal }

  /// - Parameters:
  ///   - programName: passed to libedit (selects `~/.editrc` sections).
  ///   - historyFile: where history persists; loaded now if it exists. An
  ///     unreadable or corrupt file is ignored (history starts empty).
  ///   - maxHistory: entries kept in memory and in the file.
  ///   - completer: given the text before the cursor, returns where the word
  ///     being completed starts and its candidates.
  public init(
    programName: String, historyFile: String?, maxHistory: Int = 1000,
    completer: @escaping (_ lineBeforeCursor: String) -> CompletionResult
  ) {
    self.completer = completer
    self.historyFile = historyFile
    self.prompt = ""
    let history = HistoryStore(maxEntries: maxHistory)
    if let history, let historyFile {
      history.load(from: historyFile)
    }
    self.history = history

    if Terminal.stdinIsTerminal {
      // Before el_init: libedit checks the codeset once, at init.
      _ = clibedit_use_utf8_ctype()
      editLine = clibedit_init_stdio(programName)
    } else {
      editLine = nil
    }
    interruptGuard = editLine == nil ? nil : InterruptGuard()
    replacePromptCString()
    if let editLine { configure(editLine) }
  }

  deinit {
    if let editLine { el_end(editLine) }  // restores the terminal mode
    free(promptCString)
  }

  private func configure(_ el: OpaquePointer) {
    _ = clibedit_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
    _ = clibedit_set_prompt_esc(el, LineEditor.promptCallback, 1)
    _ = clibedit_set_editor(el, "emacs")
    _ = clibedit_set_signal(el, 1)  // restore the tty on signals, track SIGWINCH
    if let history { _ = clibedit_set_hist(el, history.pointer) }
    _ = clibedit_addfn(el, "shipyard-complete", "Complete the current word", LineEditor.completeCallback)
    _ = clibedit_bind(el, "^I", "shipyard-complete")
    KeyBindings.apply(to: el)
    TerminalWorkarounds.apply(to: el)
  }

  /// Reads one line.
  ///
  /// Lines typed at the terminal are added to history (while `recordsLines`)
  /// unless blank or equal to the previous entry; lines read from a pipe are
  /// not (they are a script, not something the user typed).
  public func readLine() -> LineEditorInput {
    guard let editLine else { return readPlainLine() }
    var count: Int32 = 0
    interruptGuard?.reset()
    guard let raw = el_gets(editLine, &count), count > 0 else {
      if interruptGuard?.wasInterrupted == true {
        Terminal.write("\n")  // libedit leaves the cursor on the cancelled line
        return .interrupted
      }
      // count == 0 is Ctrl-D on an empty line (libedit echoes "^D" after the
      // prompt; end that line so the shell's goodbye starts in column 0).
      // Other errors (terminal gone) also end input so the shell exits
      // instead of spinning.
      Terminal.write("\n")
      return .endOfFile
    }
    // The buffer belongs to libedit and is reused: copy it now.
    var line = String(cString: raw)
    if line.hasSuffix("\n") { line.removeLast() }
    if recordsLines { history?.enter(line) }
    return .line(line)
  }

  /// Records an entry typed at the terminal (a command read over several lines, say), unless
  /// blank or equal to the previous entry.
  public func addToHistory(_ entry: String) {
    guard editLine != nil else { return }
    history?.enter(entry)
  }

  /// Writes history to the file given at init.
  ///
  /// - Returns: false if there is no history file or it could not be written
  ///   (the shell may warn; the old file is then left unchanged).
  @discardableResult
  public func saveHistory() -> Bool {
    guard let history, let historyFile else { return false }
    do {
      try history.save(to: historyFile)
      return true
    } catch {
      return false
    }
  }

  private func readPlainLine() -> LineEditorInput {
    if Terminal.stdinIsTerminal {
      // Only when el_init failed: still show where to type.
      Terminal.write(prompt.filter { $0 != "\u{1}" })
    }
    guard let line = Swift.readLine(strippingNewline: true) else { return .endOfFile }
    return .line(line)
  }

  private func replacePromptCString() {
    free(promptCString)
    promptCString = strdup(prompt)
  }

  /// The `EL_PROMPT_ESC` callback; finds its editor through `EL_CLIENTDATA`
  /// because C function pointers cannot capture context.
  private static let promptCallback: clibedit_prompt_fn = { el in
    guard let el, let editor = LineEditor.from(el), let prompt = editor.promptCString else {
      return clibedit_empty_string()
    }
    return prompt
  }

  static func from(_ el: OpaquePointer) -> LineEditor? {
    guard let raw = clibedit_get_clientdata(el) else { return nil }
    return Unmanaged<LineEditor>.fromOpaque(raw).takeUnretainedValue()
  }
}
