import DockerEngine
import ToolIO

/// One `docker` subcommand: its usage line and `--help` page (Docker 28.2's), its flags, how
/// many arguments it takes, and what it does.
struct DockerSubcommand: Sendable {
    enum Arity: Sendable {
        case exactly(Int), atLeast(Int), atMost(Int)
    }

    var name: String
    /// Its name under `docker image` (`ls`, `pull`), if it has one.
    var managementName: String?
    var usage: String
    var help: String
    var flags: [DockerFlags.Flag]
    /// Real flags Shipyard's Docker does not act on, which it says rather than ignore.
    var unsupported: Set<String> = []
    var arity: Arity
    var body: @Sendable (DockerFlags, DockerContext, inout ToolOutput) -> Void

    /// The error for `count` arguments, or nil when they are right.
    func check(_ count: Int) -> DockerUsageError? {
        switch arity {
        case .exactly(let wanted) where count != wanted: return .exactly(wanted)
        case .atLeast(let wanted) where count < wanted: return .atLeast(wanted)
        case .atMost(let wanted) where count > wanted: return .atMost(wanted)
        default: return nil
        }
    }

    static let all: [DockerSubcommand] = [build, login, logout, pull, push, tag, images, rmi]

    /// The flags `docker pull` and `docker push` share.
    static let transferFlags = [flag("all-tags", "a"), flag("disable-content-trust"), flag("platform", value: true),
                                flag("quiet", "q")]

    static func flag(_ long: String, _ short: Character? = nil, value: Bool = false) -> DockerFlags.Flag {
        DockerFlags.Flag(long: long, short: short, takesValue: value)
    }

    /// `docker` alone, or `docker --help`: the commands Shipyard's Docker runs.
    static let overview = """

        Usage:  docker [OPTIONS] COMMAND

        A self-sufficient runtime for containers

        Shipyard's Docker runs the commands that go with a registry:
          build       Build an image from a Dockerfile
          images      List images
          login       Authenticate to a registry
          logout      Log out from a registry
          pull        Download an image from a registry
          push        Upload an image to a registry
          rmi         Remove one or more images
          tag         Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE

        Run 'docker COMMAND --help' for more information on a command.

        """
}
