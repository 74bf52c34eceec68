import AWSSim
import ContainerImages
import ToolIO

/// The Session Manager plugin as aws-cli runs it (`session-manager-plugin`, Go): bare, it
/// prints that it is installed; given a session, it connects to the data channel, prints
/// what the container sends, and says when the session ends. Shipyard models it as
/// installed on the learner's machine.
struct SessionManagerPlugin {
    let context: CLIContext
    let region: String

    static let installedBanner = "\nThe Session Manager plugin was installed successfully. Use the AWS CLI to start a session.\n\n"
    /// aws-cli's `ValueError` when running the plugin fails with ENOENT.
    static let notFound = "SessionManagerPlugin is not found. Please refer to SessionManager Documentation here: "
        + "http://docs.aws.amazon.com/console/systems-manager/session-manager-plugin-not-found"

    func startSession(_ sessionID: String) {
        context.output.out("\nStarting session with SessionId: \(sessionID)\n")
        if let view = context.endpoint.execSession(sessionID, region: region) {
            if let shell = ContainerShell.interactiveShell(view.command.split(separator: " ").map(String.init)) {
                // A shell takes the terminal; the session ends when it exits (`exitMessage`).
                context.output.attachment = ContainerAttachment(
                    context: "", namespace: "", pod: view.hostname, container: view.containerName, program: shell)
                context.output.attachment?.ecsExec = ECSExecTarget(sessionID: sessionID, region: region)
                return
            }
            let aws = ContainerAWS.program(image: view.image, repository: view.imageRepository,
                                           endpoint: context.endpoint.inside(view))
            var process = ContainerProcess(context: Self.sleeping(view.context, endpoint: context.endpoint, sessionID: sessionID,
                                                                  region: region),
                                           extraPrograms: ["aws": aws])
            // The session's exit status is not the command's: the plugin exits 0 either way.
            if case .unsupported(let reason) = ContainerShell.run(commandLine: view.command, in: &process) {
                process.print(reason + "\n")
            }
            context.endpoint.keep(process.writtenFiles, removing: process.removedFiles, in: view)
            if process.waitedMilliseconds > 0 { context.endpoint.sleep(seconds: (process.waitedMilliseconds + 999) / 1000) }
            context.output.out(process.output)
        }
        context.output.out(Self.exitMessage(sessionID))
    }

    /// The task's container as a command in it sees it, its `sleep` letting the account's
    /// clock go on (whole seconds) for as long as the session's task runs.
    static func sleeping(_ context: ContainerExecContext, endpoint: AWSEndpoint, sessionID: String,
                         region: String) -> ContainerExecContext {
        var context = context
        context.sleep = { seconds in
            endpoint.sleep(seconds: Int(seconds.rounded(.up)))
            return endpoint.execSession(sessionID, region: region) != nil
        }
        return context
    }

    static func exitMessage(_ sessionID: String) -> String { "\n\nExiting session with sessionId: \(sessionID).\n\n" }
}

extension AWSCommand {
    /// What a line typed into an ECS Exec session's shell runs in: the container as it is now,
    /// with aws-cli where the image has it; nil once the session's task has stopped.
    public func execShell(_ target: ECSExecTarget) -> ExecShell? {
        guard let view = endpoint.execSession(target.sessionID, region: target.region) else { return nil }
        let aws = ContainerAWS.program(image: view.image, repository: view.imageRepository, endpoint: endpoint.inside(view))
        let endpoint = self.endpoint
        let context = SessionManagerPlugin.sleeping(view.context, endpoint: endpoint, sessionID: target.sessionID,
                                                    region: target.region)
        return ExecShell(context: context, programs: ["aws": aws], busybox: view.context.busybox) { process in
            endpoint.keep(process.writtenFiles, removing: process.removedFiles, in: view)
        }
    }

    /// How Session Manager's plugin says a session ended.
    public func sessionEnded(_ target: ECSExecTarget) -> String { SessionManagerPlugin.exitMessage(target.sessionID) }
}

/// A container a shell session types into: how it looks now, the programs besides the usual
/// ones, and where what a command writes is kept.
public struct ExecShell {
    public var context: ContainerExecContext
    public var programs: [String: ContainerProcess.Program]
    public var busybox: Bool
    public var keep: (ContainerProcess) -> Void
    /// Starts a process in the container and says its PID; nil where Shipyard keeps no
    /// process table.
    public var startProcess: (() -> Int)?

    public init(context: ContainerExecContext, programs: [String: ContainerProcess.Program] = [:], busybox: Bool,
                startProcess: (() -> Int)? = nil, keep: @escaping (ContainerProcess) -> Void) {
        self.context = context
        self.programs = programs
        self.busybox = busybox
        self.startProcess = startProcess
        self.keep = keep
    }
}
