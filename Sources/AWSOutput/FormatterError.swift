/// An exception that aws-cli's formatter would raise on a result it cannot lay out.
///
/// Real responses never trigger these; odd `--query` results can, e.g. a list whose first item
/// is an object but whose later items are not (`[services[0], 'x']`), and so can values
/// nested too deeply for Python's recursion limit (see `NestingLimit`). aws-cli v2 then prints
/// `"\n" + message + "\n"` on stderr and exits 255 (`GeneralExceptionHandler`,
/// `awscli/utils.py` `write_exception`), after whatever the text formatter had already written
/// to stdout. Shipyard must not crash instead, so the formatters report the Python exception's
/// type and `str()` here and leave the framing to the caller.
public struct FormatterError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The Python exception class, e.g. `ValueError`, `TypeError`, `AttributeError`,
    /// `RecursionError`.
    public var pythonType: String
    /// `str(exception)`, which is what aws-cli prints.
    public var message: String

    public init(pythonType: String, message: String) {
        self.pythonType = pythonType
        self.message = message
    }

    public var description: String { message }

    static func type(_ message: String) -> FormatterError {
        FormatterError(pythonType: "TypeError", message: message)
    }

    static func attribute(_ message: String) -> FormatterError {
        FormatterError(pythonType: "AttributeError", message: message)
    }

    static func value(_ message: String) -> FormatterError {
        FormatterError(pythonType: "ValueError", message: message)
    }

    static func index(_ message: String) -> FormatterError {
        FormatterError(pythonType: "IndexError", message: message)
    }
}

/// What a formatter printed, and the exception that stopped it, if any.
///
/// `stdout` is exactly what aws-cli would have written before failing: the text formatter
/// streams, so it may hold earlier lines; the buffered formatters (table) write nothing.
public struct FormattedOutput: Equatable, Sendable {
    public var stdout: String
    public var error: FormatterError?

    public init(stdout: String, error: FormatterError? = nil) {
        self.stdout = stdout
        self.error = error
    }
}
