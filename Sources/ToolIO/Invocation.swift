/// Everything a tool (kubectl, aws, docker) gets besides its arguments: standard input, the
/// environment, the learner's files and the terminal's width.
public struct Invocation {
    public var arguments: [String]
    public var stdin: String?
    public var environment: [String: String]
    public var fileSystem: FileSystem
    public var terminalWidth: Int

    public init(arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
                fileSystem: FileSystem, terminalWidth: Int = 80) {
        self.arguments = arguments
        self.stdin = stdin
        self.environment = environment
        self.fileSystem = fileSystem
        self.terminalWidth = terminalWidth
    }
}
