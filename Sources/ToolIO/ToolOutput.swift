/// What a command printed, in order, with each piece marked stdout or stderr, and its status.
///
/// Keeping the order lets a transcript show the two streams interleaved as a learner sees
/// them, while `shipyard -c` still writes each to its own descriptor.
public struct ToolOutput: Equatable, Sendable {
    public enum Stream: Equatable, Sendable { case stdout, stderr }

    public struct Chunk: Equatable, Sendable {
        public var stream: Stream
        public var text: String
    }

    public var chunks: [Chunk] = []
    public var status: Int32 = 0
    /// A shell in a container the command asks the terminal to hand the keyboard to
    /// (`kubectl exec -it POD -- sh`): the learner's next lines go to it until it exits.
    public var attachment: ContainerAttachment?
    /// Ports the command goes on listening on after it has printed this (`kubectl
    /// port-forward`): the shell keeps it running as a job.
    public var listener: LocalListener?

    public init(status: Int32 = 0) { self.status = status }

    public mutating func out(_ text: String) {
        guard !text.isEmpty else { return }
        if let last = chunks.last, last.stream == .stdout {
            chunks[chunks.count - 1].text += text
        } else {
            chunks.append(Chunk(stream: .stdout, text: text))
        }
    }

    public mutating func err(_ text: String) {
        guard !text.isEmpty else { return }
        if let last = chunks.last, last.stream == .stderr {
            chunks[chunks.count - 1].text += text
        } else {
            chunks.append(Chunk(stream: .stderr, text: text))
        }
    }

    /// Appends another command's output after this one's.
    public mutating func append(_ other: ToolOutput) {
        for chunk in other.chunks {
            if chunk.stream == .stdout { out(chunk.text) } else { err(chunk.text) }
        }
        status = other.status
        attachment = other.attachment ?? attachment
        listener = other.listener ?? listener
    }

    public var stdout: String { chunks.filter { $0.stream == .stdout }.map(\.text).joined() }
    public var stderr: String { chunks.filter { $0.stream == .stderr }.map(\.text).joined() }
    /// Both streams merged in the order they were written.
    public var combined: String { chunks.map(\.text).joined() }

    public static func success(_ text: String) -> ToolOutput {
        var output = ToolOutput()
        output.out(text)
        return output
    }

    public static func failure(_ message: String, status: Int32 = 1) -> ToolOutput {
        var output = ToolOutput(status: status)
        output.err(message)
        return output
    }
}

/// An interactive shell running in a container, by where it runs: the kubeconfig context of
/// its cluster, the pod and container, and the shell program (`sh`, `bash`).
public struct ContainerAttachment: Equatable, Sendable {
    public var context: String
    public var namespace: String
    public var pod: String
    public var container: String
    public var program: String
    /// Set when `kubectl run -it` made the pod for this shell: how kubectl run goes on once
    /// the shell ends (say how to attach again, wait for the pod, delete it with `--rm`).
    public var run: AttachedRun?
    /// Set for a shell in an ECS task's container, reached through an ECS Exec session (the
    /// pod fields are then empty).
    public var ecsExec: ECSExecTarget?

    public init(context: String, namespace: String, pod: String, container: String, program: String,
                run: AttachedRun? = nil) {
        self.context = context
        self.namespace = namespace
        self.pod = pod
        self.container = container
        self.program = program
        self.run = run
    }
}

/// `kubectl run`'s attach options, kept for after the shell it attached to ends.
public struct AttachedRun: Equatable, Sendable {
    public var remove: Bool
    public var quiet: Bool
    public var stdin: Bool
    public var tty: Bool
    public var timeoutMilliseconds: Int64

    public init(remove: Bool, quiet: Bool, stdin: Bool, tty: Bool, timeoutMilliseconds: Int64) {
        self.remove = remove
        self.quiet = quiet
        self.stdin = stdin
        self.tty = tty
        self.timeoutMilliseconds = timeoutMilliseconds
    }
}

/// An ECS Exec session, by its id and region.
public struct ECSExecTarget: Equatable, Sendable {
    public var sessionID: String
    public var region: String

    public init(sessionID: String, region: String) {
        self.sessionID = sessionID
        self.region = region
    }
}
