import ContainerImages
import GoPorts
import KubeSim
import ToolIO

/// `curl` on the learner's own machine. Its network is its loopback: what `kubectl
/// port-forward … &` listens on reaches the pod through the tunnel, what `kubectl proxy &`
/// listens on the API server; a port nothing listens on refuses, and the rest of the world is
/// not simulated. It is the containers' curl (7.88, with its messages), run with this
/// machine's network.
enum HostCurl {
    static let run: @Sendable (inout BuiltinContext) -> Void = { context in
        let session = context.session
        var exec = ContainerExecContext(
            hostname: "localhost", workingDirectory: session.fileSystem.currentDirectory, environment: [], files: [:],
            directories: [:], now: session.world.simulation.now, tty: session.interactive,
            http: { request in session.loopbackRequest(request) })
        exec.reach = "curl here reaches the ports kubectl port-forward and kubectl proxy listen on (kubectl port-forward "
            + "svc/NAME 8080:80 &, then curl localhost:8080) and the nodes' addresses (NodePorts)"
        var process = ContainerProcess(context: exec)
        let exit = ContainerShell.execute(["curl"] + context.arguments, in: &process)
        for piece in process.pieces {
            if piece.isError { context.err(piece.text) } else { context.out(piece.text) }
        }
        switch exit {
        case .exited(let status):
            context.output.status = status
        case .unsupported(let reason):
            context.fail("shipyard: " + reason)
        }
    }
}

extension ShellSession {
    /// The learner's machine on the nodes' network (the API server's endpoint is 192.168.0.10).
    static let machineAddress = "192.168.0.1"

    /// A GET from the learner's machine: to a local port a background job listens on, through
    /// it (a port-forward's tunnel, kubectl proxy's API server), refused on any other local
    /// port; to a node's address (a NodePort) over the nodes' network; nil for every other host.
    func loopbackRequest(_ request: ContainerExecContext.HTTPRequest) -> ContainerExecContext.HTTPExchange? {
        let name = request.hostName
        guard ["localhost", "127.0.0.1"].contains(name), let port = request.port else {
            // The machine's resolver knows no single-label names and nothing of the cluster's DNS.
            if !Cluster.isIPv4(name), !name.contains(".") || name.hasSuffix(".cluster.local") || name.hasSuffix(".svc") {
                return .unresolved
            }
            return world.cluster()?.requestFromNodeNetwork(request, client: Self.machineAddress)
        }
        let address = "127.0.0.1"
        guard let job = jobs.running.first(where: { $0.listener?.ports.contains { $0.local == port } ?? false }),
            let listener = job.listener, let ports = listener.ports.first(where: { $0.local == port }),
            listener.addresses.contains(where: { $0 == address || $0 == "0.0.0.0" })
        else {
            return .init(address: address, outcome: .refused)
        }
        let cluster = world.cluster(forContext: listener.context)
        switch listener.target {
        case .apiServer:
            guard let cluster else { return .init(address: address, outcome: .emptyReply) }
            return .answered(cluster.apiGET(request), from: address)
        case .pod(let namespace, let pod, let uid, let sandboxID):
            jobOutput.out("Handling connection for \(port)\n")
            let target = Cluster.ForwardedPod(namespace: namespace, name: pod, uid: uid, sandboxID: sandboxID)
            let connection = cluster?.forward(request, to: target, port: ports.remote)
                ?? .sandboxGone("failed to find sandbox \"\(sandboxID)\" in store: not found")
            switch connection {
            case .answered(let response):
                return .answered(response, from: address)
            case .refused(let reason), .sandboxGone(let reason):
                // client-go reports the tunnel's error, closes the connection, and port-forward ends.
                let error = "an error occurred forwarding \(port) -> \(ports.remote): error forwarding port "
                    + "\(ports.remote) to pod \(sandboxID), uid : \(reason)"
                jobOutput.err(Klog.line("E", timestamp: world.simulation.now.klog, pid: job.pid,
                                        source: "portforward.go:424",
                                        "\"Unhandled Error\" err=\(GoStrconv.quote(error)) logger=\"UnhandledError\""))
                jobOutput.err("error: lost connection to pod\n")
                endJob(job.number, .exited(1))
                return .init(address: address, outcome: .emptyReply)
            case .unsimulated:
                return nil
            }
        }
    }
}
