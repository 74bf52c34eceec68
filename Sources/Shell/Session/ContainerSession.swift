import AWSCLI
import ContainerImages
import KubeSim
import SimCore
import ToolIO
import World

/// An interactive shell in a container (`kubectl exec -it POD -- sh`, `kubectl run -it … --
/// sh`, an ECS Exec session on `/bin/sh`): while it lasts, the learner's lines go to it, as
/// the programs Shipyard runs in containers (`ContainerShell`), with its own working
/// directory; `exit` (or Ctrl-D) ends it. Its prompt is the image's shell's: busybox's `/ # `,
/// bash's `root@web-7c5ddbdf54-x8kq2:/# `, dash's `# `.
struct ContainerSession {
    let attachment: ContainerAttachment
    var workingDirectory: String
    var lastStatus: Int32 = 0
    /// The shell's own variables (`i=0`), kept from line to line.
    var variables: [String: String] = [:]
    /// busybox's ash, which shows the directory in its prompt.
    let busybox: Bool
    /// The shell's own process, when `kubectl exec` started it (`kubectl run -it` attaches to
    /// the main process, PID 1, instead).
    var shell: ContainerExecContext.RunningProcess?

    var prompt: String {
        if busybox { return "\(workingDirectory) # " }
        guard attachment.program == "bash" else { return "# " }
        let directory = workingDirectory == "/root" ? "~" : workingDirectory
        return "root@\(attachment.pod):\(directory)# "
    }
}

extension ShellSession {
    /// The container the shell runs in, as it is now; nil once it has stopped (or its pod or
    /// task is gone).
    func containerNow(_ attachment: ContainerAttachment) -> ExecShell? {
        if let target = attachment.ecsExec { return aws.execShell(target) }
        guard let cluster = world.cluster(forContext: attachment.context),
            let pod = cluster.apiServer.object(.pod, namespace: attachment.namespace, name: attachment.pod),
            let node = pod["spec"]["nodeName"].string, let kubelet = cluster.kubelet(on: node),
            let view = kubelet.container(namespace: attachment.namespace, pod: attachment.pod, name: attachment.container),
            view.running
        else { return nil }
        var context = view.execContext(hostname: attachment.pod, now: world.simulation.now, tty: true)
        context.workingDirectory = view.workingDirectory
        context.shell = attachment.program == "bash" ? "bash" : "sh"
        let starting = { kubelet.startProcess(namespace: attachment.namespace, pod: attachment.pod, container: attachment.container) }
        return ExecShell(context: context, busybox: view.image?.isBusybox ?? false, startProcess: starting) { process in
            kubelet.keep(process.writes, namespace: attachment.namespace, pod: attachment.pod,
                         container: attachment.container)
        }
    }

    /// Hands the keyboard to the shell a command attached to.
    func attach(_ attachment: ContainerAttachment) {
        guard let shell = containerNow(attachment) else { return }
        var session = ContainerSession(attachment: attachment, workingDirectory: shell.context.workingDirectory,
                                       busybox: shell.busybox)
        if attachment.run == nil, let pid = shell.startProcess?() {
            session.shell = .init(pid: pid, arguments: [attachment.program], startedAt: world.simulation.now,
                                  terminal: "pts/0")
        }
        container = session
    }

    /// The container stopped under the shell: the session ends as its tool reports it.
    private func containerStopped(_ attachment: ContainerAttachment) -> ToolOutput {
        var output = ToolOutput()
        container = nil
        if let target = attachment.ecsExec {
            output.out(aws.sessionEnded(target))
        } else {
            output.err("command terminated with exit code 137\n")
            output.status = 137
        }
        return output
    }

    /// One line typed to the container's shell.
    func runInContainer(_ line: String, _ session: ContainerSession) -> ToolOutput {
        var output = ToolOutput()
        var session = session
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let shell = containerNow(session.attachment) else { return containerStopped(session.attachment) }
        switch words.first {
        case nil:
            return output
        case "exit":
            let status = words.count > 1 ? Int32(words[1]) ?? 2 : session.lastStatus
            if session.attachment.program == "bash" { output.out("exit\n") }
            container = nil
            if let target = session.attachment.ecsExec {
                // The plugin exits 0 whatever the shell's status.
                output.out(aws.sessionEnded(target))
                return output
            }
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
            let prefix = path + "/"
            let directories = shell.context.directories
            let isDirectory = path == "/" || directories[path] != nil
                || directories.keys.contains { $0.hasPrefix(prefix) } || shell.context.files.keys.contains { $0.hasPrefix(prefix) }
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
            var context = shell.context
            context.workingDirectory = session.workingDirectory
            context.tty = true
            if let pid = shell.startProcess?() {
                // A child of the shell; with `kubectl run -it` the shell is the main process.
                context.processes += session.shell.map { [$0] } ?? []
                context.pid = pid
                context.parentPID = session.shell?.pid ?? 1
            }
            var process = ContainerProcess(context: context, extraPrograms: shell.programs)
            let exit = ContainerShell.interactive(line, variables: &session.variables, lastStatus: session.lastStatus,
                                                  in: &process)
            shell.keep(process)
            world.simulation.advance(by: SimDuration(milliseconds: Int64(process.waitedMilliseconds)))
            output.out(process.output)
            // The main process stopping (`kill 1`) takes the shell with it, at once.
            if let seconds = process.mainProcessStopsIn, context.sleep?(seconds) == false {
                output.append(containerStopped(session.attachment))
                return output
            }
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
