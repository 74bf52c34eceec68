import AWSSim
import ContainerImages

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
            let aws = ContainerAWS.program(image: view.image, repository: view.imageRepository,
                                           endpoint: context.endpoint.inside(view))
            var process = ContainerProcess(context: view.context, extraPrograms: ["aws": aws])
            // The session's exit status is not the command's: the plugin exits 0 either way.
            if case .unsupported(let reason) = ContainerShell.run(commandLine: view.command, in: &process) {
                process.print(reason + "\n")
            }
            context.endpoint.keep(process.writtenFiles, removing: process.removedFiles, in: view)
            context.output.out(process.output)
        }
        context.output.out("\n\nExiting session with sessionId: \(sessionID).\n\n")
    }
}
