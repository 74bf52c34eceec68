import ContainerImages
import KubeSim
import SimCore
import ToolIO
import World

/// An interactive shell in a container (`kubectl exec -it POD -- sh`): while it lasts, the
/// learner's lines go to it, as the programs Shipyard runs in containers (`ContainerShell`),
/// with its own working directory; `exit` (or Ctrl-D) ends it and `kubectl exec` returns with
/// the shell's status. Its prompt is the image's shell's: busybox's `/ # `, bash's
/// `root@web-7c5ddbdf54-x8kq2:/# `, dash's `# `.
struct ContainerSession {
    let attachment: ContainerAttachment
    var workingDirectory: String
    var lastStatus: Int32 = 0
    /// busybox's ash, which shows the directory in its prompt.
    let busybox: Bool

    var prompt: String {
        if busybox { return "\(workingDirectory) # " }
        guard attachment.program == "bash" else { return "# " }
        let directory = workingDirectory == "/root" ? "~" : workingDirectory
        return "root@\(attachment.pod):\(directory)# "
    }

    /// The container as it is now, or nil once it has stopped (or its pod is gone).
    static func view(_ attachment: ContainerAttachment, in world: World) -> (Kubelet, Kubelet.ContainerView)? {
        guard let cluster = world.cluster(forContext: attachment.context),
            let pod = cluster.apiServer.object(.pod, namespace: attachment.namespace, name: attachment.pod),
            let node = pod["spec"]["nodeName"].string, let kubelet = cluster.kubelet(on: node),
            let view = kubelet.container(namespace: attachment.namespace, pod: attachment.pod, name: attachment.container),
            view.running
        else { return nil }
        return (kubelet, view)
    }
}

extension ShellSession {
    /// Hands the keyboard to the shell a command attached to.
    func attach(_ attachment: ContainerAttachment) {
        guard let (_, view) = ContainerSession.view(attachment, in: world) else { return }
        container = ContainerSession(attachment: attachment, workingDirectory: view.workingDirectory,
                                     busybox: view.image?.isBusybox ?? false)
    }

    /// One line typed to the container's shell.
    func runInContainer(_ line: String, _ session: ContainerSession) -> ToolOutput {
        var output = ToolOutput()
        var session = session
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let (kubelet, view) = ContainerSession.view(session.attachment, in: world) else {
            // The container stopped under the shell: kubectl reports how it ended.
            container = nil
            output.err("command terminated with exit code 137\n")
            output.status = 137
            return output
        }
        switch words.first {
        case nil:
            return output
        case "exit":
            let status = words.count > 1 ? Int32(words[1]) ?? 2 : session.lastStatus
            if session.attachment.program == "bash" { output.out("exit\n") }
            container = nil
            if session.attachment.run != nil {
                // kubectl run made the pod: its process ends with the shell, and run goes on.
                output.append(kubectl.finishAttachedRun(session.attachment, status: status))
                return output
            }
            if status != 0 {
                output.err("command terminated with exit code \(status)\n")
                output.status = status
            }
            return output
        case "cd":
            let target = words.count > 1 ? words[1] : "/root"
            let path = ContainerPath.normalized(target, in: session.workingDirectory)
            let directories = view.filesystem?.directories ?? [:]
            let files = view.filesystem?.files ?? [:]
            let prefix = path + "/"
            let isDirectory = path == "/" || directories[path] != nil
                || directories.keys.contains { $0.hasPrefix(prefix) } || files.keys.contains { $0.hasPrefix(prefix) }
            if isDirectory {
                session.workingDirectory = path
                session.lastStatus = 0
            } else {
                output.out(session.busybox ? "sh: cd: can't cd to \(target): No such file or directory\n"
                           : "\(session.attachment.program): cd: \(target): No such file or directory\n")
                session.lastStatus = session.busybox ? 2 : 1
            }
            container = session
            return output
        default:
            var context = view.execContext(hostname: session.attachment.pod, now: world.simulation.now, tty: true)
            context.workingDirectory = session.workingDirectory
            var process = ContainerProcess(context: context)
            let exit = ContainerShell.interactive(line, in: &process)
            kubelet.keep(process.writes, namespace: session.attachment.namespace, pod: session.attachment.pod,
                         container: session.attachment.container)
            output.out(process.output)
            switch exit {
            case .exited(let status): session.lastStatus = status
            case .unsupported(let reason):
                // Said plainly; the shell's status is left as it was, as nothing ran.
                output.err(reason + "\n")
            }
            container = session
            return output
        }
    }
}
