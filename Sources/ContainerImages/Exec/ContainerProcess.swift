/// A command running in a container: the container as it sees it, the programs it can run
/// besides the ones every image has (aws-cli in aws-cli's images), and what it has printed so
/// far (standard output and error together, as a terminal shows them).
public struct ContainerProcess {
    public typealias Program = ([String], inout ContainerProcess) -> ContainerExit

    public let context: ContainerExecContext
    public let extraPrograms: [String: Program]
    public internal(set) var output = ""

    public init(context: ContainerExecContext, extraPrograms: [String: Program] = [:]) {
        self.context = context
        self.extraPrograms = extraPrograms
    }

    public mutating func print(_ text: String) { output += text }

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
