import CLibEdit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Process-level terminal facts and output used by the editor.
enum Terminal {
  /// Whether standard input is a terminal (libedit is only worth using then).
  static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

  /// Current width of the terminal on stdout, 80 if unknown.
  ///
  /// Asked on every use rather than cached, so a resized window lists
  /// completions at its new width.
  static var columns: Int {
    let columns = Int(clibedit_terminal_columns(STDOUT_FILENO))
    return columns > 0 ? columns : 80
  }

  /// Writes through the same C `stdout` stream libedit uses, so our output
  /// and libedit's redraws arrive in order.
  static func write(_ text: String) {
    let out = clibedit_stdout()
    fputs(text, out)
    fflush(out)
  }
}

/// Keeps Ctrl-C from killing the shell while it waits for input.
///
/// libedit with `EL_SIGNAL` catches SIGINT only to restore the terminal and
/// then re-delivers it to the process's own handler; with the default
/// action that would terminate the shell. A handler that just records the
/// signal, installed without `SA_RESTART`, instead makes the pending read
/// fail with EINTR so `el_gets` returns, and the editor reports
/// `.interrupted` when the flag is set. The handler stays installed for the
/// editor's lifetime, so Ctrl-C while a command runs is ignored as well
/// (commands in Shipyard are simulated in-process and finish quickly).
final class InterruptGuard {
  private var previous = sigaction()
  private let installed: Bool

  init() {
    installed = clibedit_install_sigint_handler(&previous) == 0
  }

  deinit {
    if installed { _ = clibedit_restore_sigint(&previous) }
  }

  /// Forgets earlier Ctrl-C presses (e.g. while a command ran).
  func reset() { clibedit_clear_sigint() }

  /// Whether Ctrl-C was pressed since the last `reset()`.
  var wasInterrupted: Bool { clibedit_sigint_seen() != 0 }
}
