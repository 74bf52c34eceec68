import CLibEdit

/// Extra emacs-mode bindings for keys that libedit's defaults (taken from
/// termcap) miss on common terminals and in tmux.
enum KeyBindings {
  private static let bindings: [(key: String, function: String)] = [
    ("\u{1b}[H", "ed-move-to-beg"),  // Home
    ("\u{1b}[F", "ed-move-to-end"),  // End
    ("\u{1b}[1~", "ed-move-to-beg"),  // Home (tmux, linux console)
    ("\u{1b}[4~", "ed-move-to-end"),  // End
    ("\u{1b}[3~", "ed-delete-next-char"),  // Delete
    ("\u{1b}[1;5C", "em-next-word"),  // Ctrl-Right
    ("\u{1b}[1;5D", "ed-prev-word"),  // Ctrl-Left
    ("^R", "em-inc-search-prev"),  // reverse search, as in bash
  ]

  static func apply(to el: OpaquePointer) {
    for binding in bindings {
      _ = clibedit_bind(el, binding.key, binding.function)
    }
  }
}
