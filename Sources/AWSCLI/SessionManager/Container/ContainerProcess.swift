import AWSSim

/// A command running in a container through ECS Exec: the container as it sees it, AWS as
/// aws-cli inside would reach it (with the container's credentials), and what it has
/// printed so far (standard output and error together, as a terminal shows them).
struct ContainerProcess {
    let view: ContainerExecView
    let endpoint: AWSEndpoint?
    var output = ""

    mutating func print(_ text: String) { output += text }

    /// Says plainly that Shipyard does not run `program` in containers.
    mutating func notSimulated(_ program: String) {
        print("Shipyard does not run `\(program)` inside containers; it simulates "
              + ContainerShell.simulated.joined(separator: ", ") + ".\n")
    }
}
