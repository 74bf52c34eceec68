/// The line tools a pipeline sorts, counts and picks with — `sort`, `uniq` and `cut` — as GNU
/// coreutils runs them in the C locale (bytes compare as unsigned numbers), or as busybox runs
/// them in busybox images. Both Shipyard's own shell and the shells in containers run them;
/// each says where files come from and what to do with what a run printed.
public enum LineTools {
    public typealias Tool = @Sendable ([String], LineToolInput) -> LineToolRun

    public static let tools: [String: Tool] = [
        "sort": tool(Sort.grammar, Sort.run), "uniq": tool(Uniq.grammar, Uniq.run), "cut": tool(Cut.grammar, Cut.run),
    ]

    /// A tool that reads its options as `grammar` says and runs `body` on them, or ends at
    /// an option it cannot take.
    static func tool(_ grammar: ToolOptions.Grammar,
                     _ body: @escaping @Sendable (ToolOptions, LineToolInput) -> LineToolRun) -> Tool {
        { arguments, input in
            switch ToolOptions.parse(arguments, grammar, busybox: input.busybox) {
            case .ended(let run): return run
            case .read(let options): return body(options, input)
            }
        }
    }
}

/// What a line tool reads: its standard input, and files by name.
public struct LineToolInput {
    public var stdin: String?
    /// busybox's wording and rules rather than GNU's.
    public var busybox: Bool
    /// A file's text, or why it cannot be read (`No such file or directory`).
    public var readFile: (String) -> Result<String, FileReadError>

    public init(stdin: String?, busybox: Bool, readFile: @escaping (String) -> Result<String, FileReadError>) {
        self.stdin = stdin
        self.busybox = busybox
        self.readFile = readFile
    }

    /// The text of the files named, or of standard input when none (or `-`) is named. A
    /// file that cannot be read is reported in `wording` and makes the status 1.
    public func text(_ files: [String], _ program: String, wording: FileErrorWording,
                     into run: inout LineToolRun) -> String {
        guard !files.isEmpty else { return stdin ?? "" }
        var text = ""
        for file in files {
            if file == "-" {
                text += stdin ?? ""
                continue
            }
            switch readFile(file) {
            case .success(let content): text += content
            case .failure(let error):
                run.errors += wording.message(program, file, error.reason)
                run.status = 1
            }
        }
        return text
    }
}

/// Why a file could not be read, in strerror's words.
public struct FileReadError: Error {
    public var reason: String

    public init(reason: String) { self.reason = reason }

    public static let missing = FileReadError(reason: "No such file or directory")
}

/// How a program says a file it was to read could not be.
public enum FileErrorWording: Sendable {
    /// `grep: FILE: No such file or directory`: GNU's grep, wc, uniq and cut, and most of busybox.
    case named
    /// `head: cannot open 'FILE' for reading: …`: GNU's head and tail.
    case cannotOpen
    /// `sort: cannot read: FILE: …`: GNU's sort.
    case cannotRead
    /// `uniq: can't open 'FILE': …`: busybox's uniq.
    case cantOpen

    public func message(_ program: String, _ file: String, _ reason: String) -> String {
        switch self {
        case .named: return "\(program): \(file): \(reason)\n"
        case .cannotOpen: return "\(program): cannot open '\(file)' for reading: \(reason)\n"
        case .cannotRead: return "\(program): cannot read: \(file): \(reason)\n"
        case .cantOpen: return "\(program): can't open '\(file)': \(reason)\n"
        }
    }
}

/// What a run printed, and how it ended: with a status, or at something Shipyard does not
/// simulate (`unsupported` says what, after the errors printed so far).
public struct LineToolRun: Equatable, Sendable {
    public var output = ""
    public var errors = ""
    public var status: Int32 = 0
    public var unsupported: String?

    public init() {}

    static func ended(_ status: Int32, errors: String = "") -> LineToolRun {
        var run = LineToolRun()
        run.errors = errors
        run.status = status
        return run
    }
}

/// Lines as line-oriented tools see them: without their newlines, split at each newline byte
/// (a CRLF line keeps its carriage return, as GNU's tools and bash keep it), and a last line
/// without a newline counts as a line.
public func splitLines(_ text: String) -> [Substring] {
    var lines = text.utf8.split(separator: 10, omittingEmptySubsequences: false).map { Substring($0) }
    if text.utf8.last == 10 || text.isEmpty { lines.removeLast() }
    return lines
}
