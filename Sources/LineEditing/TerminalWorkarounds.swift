import CLibEdit

/// Fixes for libedit display bugs, applied to every editor.
enum TerminalWorkarounds {
  /// Stops libedit from using the terminal's insert-character capabilities.
  ///
  /// With them (xterm, tmux: `smir`/`rmir`, `ich`), inserting a character
  /// in front of a double-width character (日本語, many emoji) leaves the
  /// cursor one column too far right: libedit rewrites the following wide
  /// character and then backs up as if it were one column wide. The text
  /// is right, but every later edit on that line lands in the wrong place
  /// on screen. Without these capabilities libedit redraws the rest of the
  /// line instead, which is correct and costs a few bytes.
  /// Observed with libedit 3.1-20221030 in tmux, TERM=tmux-256color and
  /// xterm-256color.
  static func apply(to el: OpaquePointer) {
    for capability in ["im", "ic", "IC"] {
      _ = clibedit_set_termcap(el, capability, "")
    }
  }
}
