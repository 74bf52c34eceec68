/// Everything a tool (kubectl, aws, docker) gets besides its arguments: standard input, the
/// environment, the learner's files, the terminal's width and the learner's editor.
public struct Invocation {
    public var arguments: [String]
    public var stdin: String?
    public var environment: [String: String]
    public var fileSystem: FileSystem
    public var terminalWidth: Int
    /// The learner's editor, where the shell can start one.
    public var editor: Editor?

    public init(arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
                fileSystem: FileSystem, terminalWidth: Int = 80, editor: Editor? = nil) {
        self.arguments = arguments
        self.stdin = stdin
        self.environment = environment
        self.fileSystem = fileSystem
        self.terminalWidth = terminalWidth
        self.editor = editor
    }
}
