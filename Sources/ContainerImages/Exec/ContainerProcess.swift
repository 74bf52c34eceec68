import SimCore

/// A command running in a container: the container as it sees it, the programs it can run
/// besides the ones every image has (aws-cli in aws-cli's images), and what it has printed so
/// far (standard output and error together, as a terminal shows them).
public struct ContainerProcess {
    public typealias Program = ([String], inout ContainerProcess) -> ContainerExit

    public let context: ContainerExecContext
    public let extraPrograms: [String: Program]
    public private(set) var output = ""
    /// The same text in the pieces it was written in, each marked as standard error or not,
    /// for a caller that keeps the two streams apart (`kubectl exec` without `-t`).
    public private(set) var pieces: [(isError: Bool, text: String)] = []
    /// What the command reads on standard input: the output of the command before it in a
    /// pipeline; nil when nothing is piped in.
    var stdin: String?
    /// How long the command waited on the network (a connect that timed out), in
    /// milliseconds: the caller lets that much simulated time pass.
    public internal(set) var waitedMilliseconds = 0
    /// Seconds the command has slept (`sleep`): its clock is the context's, that much later.
    public internal(set) var slept = 0.0
    /// Set when the container stopped while the command slept: the command went with it.
    public internal(set) var killed = false
    /// Set when the command signalled the main process, which stops that many seconds later
    /// (taking the command with it, if it still runs).
    public internal(set) var mainProcessStopsIn: Double?
    /// How many `$(…)` enclose the command running: bounded, so a pasted monster cannot
    /// exhaust the stack.
    var substitutionDepth = 0
    static let substitutionDepthLimit = 16
    public var now: SimTime { context.now + .seconds(slept) }
    /// The line of the script the shell is running: dash names it in its errors (`sh: 3: …`).
    var scriptLine = 1
    /// Whether a shell runs the command (its builtins, such as `kill`, come first).
    var inScript = false
    /// How many redirections (`>`, a pipe, `$(…)`) take standard output away from the terminal.
    private var redirections = 0
    /// Whether standard output is a terminal (`kubectl exec -t`, not redirected): `ls` lays
    /// names out in columns there.
    var printsToTerminal: Bool { context.tty && redirections == 0 }
    /// How many loops enclose the running command, and a `break N`/`continue N` on its way
    /// out of them.
    var loopNesting = 0
    var loopControl: (breaking: Bool, levels: Int)?
    /// Files the command wrote (`echo hi > /data/note`, `touch`), in order: the caller keeps
    /// them where they belong — a volume, or the container's own writable layer.
    public internal(set) var writes: [ContainerWrite] = []
    /// The files as the command has left them so far, over the context's.
    private var written: [String: String] = [:]
    /// Files the command removed (`rm`), which it no longer sees.
    private var removed: Set<String> = []

    public init(context: ContainerExecContext, extraPrograms: [String: Program] = [:]) {
        self.context = context
        self.extraPrograms = extraPrograms
    }

    public mutating func print(_ text: String) { emit(text, isError: false) }

    /// Prints to standard error (a terminal shows it in line with the rest).
    public mutating func printError(_ text: String) { emit(text, isError: true) }

    /// Runs `body` with its standard output going elsewhere (`> file`): returns what it
    /// printed there; what it printed to standard error stays in the output.
    mutating func redirectingStandardOutput(_ body: (inout ContainerProcess) -> ContainerExit) -> (ContainerExit, String) {
        let (savedOutput, savedPieces) = (output, pieces)
        output = ""
        pieces = []
        redirections += 1
        let exit = body(&self)
        redirections -= 1
        let printed = pieces.filter { !$0.isError }.map(\.text).joined()
        let errors = pieces.filter(\.isError)
        (output, pieces) = (savedOutput, savedPieces)
        for piece in errors { emit(piece.text, isError: true) }
        return (exit, printed)
    }

    private mutating func emit(_ text: String, isError: Bool) {
        guard !text.isEmpty else { return }
        output += text
        if let last = pieces.last, last.isError == isError {
            pieces[pieces.count - 1].text += text
        } else {
            pieces.append((isError, text))
        }
    }

    /// Each file the command wrote, as it left it (appends over what the file held before).
    public var writtenFiles: [String: String] { written }

    /// A file's content as this command sees it (its own writes and removals first).
    func file(_ absolute: String) -> String? {
        if let content = written[absolute] { return content }
        return removed.contains(absolute) ? nil : context.files[absolute]
    }

    /// Names this command created directly under `directory`.
    func writtenEntries(in directory: String) -> [String] {
        let prefix = directory == "/" ? "/" : directory + "/"
        return written.keys.filter { $0.hasPrefix(prefix) && !$0.dropFirst(prefix.count).contains("/") }
            .map { String($0.dropFirst(prefix.count)) }
    }

    mutating func write(_ absolute: String, _ content: String, append: Bool) {
        written[absolute] = append ? (file(absolute) ?? "") + content : content
        writes.append(ContainerWrite(path: absolute, content: content, append: append))
    }

    mutating func remove(_ absolute: String) {
        written[absolute] = nil
        removed.insert(absolute)
        writes.append(ContainerWrite(path: absolute, content: "", append: false, removes: true))
    }

    /// Whether the command removed `absolute` (and has not written it since).
    func hasRemoved(_ absolute: String) -> Bool { removed.contains(absolute) && written[absolute] == nil }

    /// The files the command removed and left removed.
    public var removedFiles: Set<String> { removed.filter { written[$0] == nil } }

    /// The programs Shipyard runs here, for saying which ones it simulates.
    var simulated: [String] {
        ContainerPrograms.names + extraPrograms.keys.sorted() + ["sh -c"]
    }
}

/// How a command in a container ended: with an exit status, or at something Shipyard does not
/// simulate (the reason says what and names what it does).
public enum ContainerExit: Equatable, Sendable {
    case exited(Int32)
    case unsupported(String)

    /// The reason a program is not run: one line naming what is.
    static func notSimulated(_ program: String, in process: ContainerProcess) -> ContainerExit {
        .unsupported("Shipyard does not run `\(program)` inside containers; it simulates "
                     + process.simulated.joined(separator: ", ") + ".")
    }
}

/// One write to a file in a container: new content, more content, or its removal (`rm`).
public struct ContainerWrite: Equatable, Sendable {
    public var path: String
    public var content: String
    /// `>>` rather than `>`.
    public var append: Bool
    public var removes = false

    public init(path: String, content: String, append: Bool, removes: Bool = false) {
        self.path = path
        self.content = content
        self.append = append
        self.removes = removes
    }
}
