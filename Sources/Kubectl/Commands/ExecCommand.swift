import ContainerImages
import JSONValue
import KubeSim
import SimCore
import ToolIO

/// `kubectl exec POD [-c C] -- COMMAND`: the command runs in the container through the
/// programs Shipyard simulates there (`ContainerShell`, shared with ECS Exec); anything else
/// is said to be unsimulated rather than faked.
enum ExecCommand {
    static let command = Kubectl.Command(
        name: "exec", summary: "Execute a command in a container",
        configure: { flags in
            flags.add("container", "c", .string)
            flags.add("stdin", "i", .bool)
            flags.add("tty", "t", .bool)
            flags.add("quiet", "q", .bool)
        },
        run: { context throws(KubectlError) in try run(&context) })

    static func run(_ context: inout CommandContext) throws(KubectlError) {
        guard let target = context.arguments.first else {
            throw .message("pod, type/name or --filename must be specified")
        }
        guard let argv = context.flags.afterDash, !argv.isEmpty else {
            if context.arguments.count > 1 {
                throw .usage("exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead", command: "kubectl exec")
            }
            throw .message("you must specify at least one command for the container")
        }
        let cluster = try context.cluster()
        let pod = try LogsCommand.resolvePod(target, namespace: context.namespace, cluster: cluster, for: .attaching,
                                             context: &context)
        let (name, kubelet, view) = try runningContainer(of: pod, cluster: cluster, context: &context)
        let program = String(argv[0].split(separator: "/").last ?? Substring(argv[0]))
        if view.image?.lacks.contains(program) == true {
            throw .verbatim("error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec \"\(pseudoID(pod.name))\": OCI runtime exec failed: exec failed: unable to start container process: exec: \"\(argv[0])\": executable file not found in $PATH: unknown")
        }
        if ContainerShell.interactiveShell(argv) != nil {
            // A shell with the terminal's keyboard: the shell session takes the next lines.
            // Without -i it reads end-of-file at once and exits quietly.
            if context.flags.bool("stdin") {
                context.output.attachment = ContainerAttachment(context: context.contextName, namespace: pod.namespace,
                                                                pod: pod.name, container: name, program: program)
            }
            return
        }
        var exec = view.execContext(hostname: pod.name, now: cluster.simulation.now, tty: context.flags.bool("tty"))
        exec.pid = kubelet.startProcess(namespace: pod.namespace, pod: pod.name, container: name)
        var process = ContainerProcess(context: exec)
        let exit = ContainerShell.execute(argv, in: &process)
        if !process.killed { kubelet.keep(process.writes, namespace: pod.namespace, pod: pod.name, container: name) }
        // A connect that timed out took its time: the world went on meanwhile.
        cluster.simulation.advance(by: SimDuration(milliseconds: Int64(process.waitedMilliseconds)))
        // With a terminal (`-t`) both streams reach kubectl as one; without, each keeps its own.
        if context.flags.bool("tty") {
            context.out(process.output)
        } else {
            for piece in process.pieces {
                if piece.isError { context.err(piece.text) } else { context.out(piece.text) }
            }
        }
        switch exit {
        case .exited(0):
            break
        case .exited(let status):
            context.err("command terminated with exit code \(status)\n")
            context.output.status = status
        case .unsupported(let reason):
            throw .message(reason)
        }
    }

    /// The container a command runs in, as exec finds it: `-c`, else the first (saying so when
    /// there are several); the pod must not have completed and the container must run.
    static func runningContainer(of pod: JSON, cluster: Cluster, context: inout CommandContext)
        throws(KubectlError) -> (name: String, kubelet: Kubelet, view: Kubelet.ContainerView)
    {
        let phase = pod["status"]["phase"].string ?? ""
        if phase == "Succeeded" || phase == "Failed" {
            throw .message("cannot exec into a container in a completed pod; current phase is \(phase)")
        }
        let containers = (pod["spec"]["containers"].array ?? []).compactMap { $0["name"].string }
        let name = context.flags.isSet("container") ? context.flags.string("container") : (containers.first ?? "")
        if !context.flags.isSet("container"), containers.count > 1, !context.flags.bool("quiet") {
            context.err("Defaulted container \"\(name)\" out of: \(containers.joined(separator: ", "))\n")
        }
        guard containers.contains(name) else { throw .server(.badRequest("container \(name) is not valid for pod \(pod.name)")) }
        guard let node = pod["spec"]["nodeName"].string, let kubelet = cluster.kubelet(on: node),
            let view = kubelet.container(namespace: pod.namespace, pod: pod.name, name: name), view.running
        else {
            throw .message("unable to upgrade connection: container not found (\"\(name)\")")
        }
        return (name, kubelet, view)
    }

    static func pseudoID(_ seed: String) -> String {
        String(fnv1a64(seed), radix: 16) + String(fnv1a64(seed + "exec"), radix: 16)
    }
}
