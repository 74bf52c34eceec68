import GoPorts
import ToolIO
import World

/// `kubectl proxy`: serves the API server on a local port, as the kubeconfig's user, for
/// curl and browsers (`curl localhost:8001/version`). The serving goes on as the shell's job
/// (`ToolOutput.listener`); the answers are the cluster's (`Cluster.apiGET`).
enum ProxyCommand {
    static let command = Kubectl.Command(
        name: "proxy", summary: "Run a proxy to the Kubernetes API server",
        configure: { flags in
            flags.add("port", "p", .int, default: "8001")
            flags.add("address", nil, .string, default: "127.0.0.1")
        },
        run: { context throws(KubectlError) in try run(&context) })

    static func run(_ context: inout CommandContext) throws(KubectlError) {
        _ = try context.cluster()
        guard let requested = Int(context.flags.string("port")), (0...65535).contains(requested) else {
            throw .message("listen tcp: address \(context.flags.string("port")): invalid port")
        }
        let address = context.flags.string("address")
        let port = requested == 0 ? context.world.ephemeralPort() : requested
        let endpoint = GoNet.joinHostPort(address, String(port))
        guard !context.world.hostListeningPorts.contains(port) else {
            throw .message("listen tcp \(endpoint): bind: address already in use")
        }
        context.out("Starting to serve on \(endpoint)\n")
        context.output.listener = LocalListener(context: context.contextName, target: .apiServer, addresses: [address],
                                                ports: [.init(local: port, remote: port)])
    }
}
