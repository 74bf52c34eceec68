import GoPorts
import JSONValue
import KubeSim
import ToolIO
import World

/// `kubectl port-forward TYPE/NAME [LOCAL:]REMOTE …`: picks the pod (a Service's or a
/// workload's as `exec` picks one, with a Service's ports turned into its target ports),
/// listens on the learner's machine and says so. The listening goes on after the command
/// returns, as the shell's job (`ToolOutput.listener`); the tunnel itself is the cluster's
/// (`Cluster.forward`).
enum PortForwardCommand {
    static let command = Kubectl.Command(
        name: "port-forward", summary: "Forward one or more local ports to a pod",
        configure: { flags in
            flags.add("address", nil, .stringSlice, default: "localhost")
            flags.add("pod-running-timeout", nil, .duration, default: "1m0s")
        },
        run: { context throws(KubectlError) in try run(&context) })

    static func run(_ context: inout CommandContext) throws(KubectlError) {
        guard context.arguments.count >= 2 else {
            throw .usage("TYPE/NAME and list of ports are required for port-forward", command: "kubectl port-forward")
        }
        let cluster = try context.cluster()
        let target = context.arguments[0]
        let specs = Array(context.arguments.dropFirst())
        let pod = try LogsCommand.resolvePod(target, namespace: context.namespace, cluster: cluster, for: .attaching,
                                             context: &context)
        let remotes: [String]
        if let service = service(named: target, namespace: context.namespace, cluster: cluster) {
            remotes = try specs.map { spec throws(KubectlError) in try servicePort(spec, service: service, pod: pod) }
        } else {
            remotes = try specs.map { spec throws(KubectlError) in try podPort(spec, pod: pod) }
        }
        let addresses = try listenAddresses(context.flags.strings("address").isEmpty ? ["localhost"]
                                            : context.flags.strings("address"))
        var ports = try remotes.map { spec throws(KubectlError) in try parse(spec) }

        let phase = pod["status"]["phase"].string ?? ""
        guard phase == "Running", let forwarded = cluster.forwardablePod(namespace: pod.namespace, name: pod.name) else {
            throw .message("unable to forward port because pod is not running. Current status=\(phase)")
        }
        var listening: [LocalListener.Ports] = []
        var taken = context.world.hostListeningPorts
        for index in ports.indices {
            if ports[index].local == 0 { ports[index].local = context.world.ephemeralPort() }
            let port = ports[index]
            guard !taken.contains(port.local) else {
                let errors = addresses.map { address in
                    "unable to create listener: Error listen \(address.contains(":") ? "tcp6" : "tcp4") \(GoNet.joinHostPort(address, String(port.local))): bind: address already in use"
                }
                context.err("Unable to listen on port \(port.local): Listeners failed to create with the following errors: [\(errors.joined(separator: " "))]\n")
                continue
            }
            taken.insert(port.local)
            for address in addresses {
                context.out("Forwarding from \(GoNet.joinHostPort(address, String(port.local))) -> \(port.remote)\n")
            }
            listening.append(port)
        }
        guard !listening.isEmpty else {
            let list = ports.map { "{\($0.local) \($0.remote)}" }.joined(separator: " ")
            throw .message("unable to listen on any of the requested ports: [\(list)]")
        }
        context.output.listener = LocalListener(
            context: context.contextName, target: .pod(namespace: forwarded.namespace, name: forwarded.name, uid: forwarded.uid,
                                               sandboxID: forwarded.sandboxID),
            addresses: addresses, ports: listening)
    }

    /// The Service `target` names, when it names one (`svc/web`, `service/web`).
    private static func service(named target: String, namespace: String, cluster: Cluster) -> JSON? {
        let parts = target.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2, ["svc", "service", "services"].contains(parts[0].lowercased()) else { return nil }
        return cluster.apiServer.object(.service, namespace: namespace, name: parts[1])
    }

    /// translateServicePortToTargetPort: a Service port (by number or name) becomes the port
    /// its endpoints serve on in `pod`.
    private static func servicePort(_ spec: String, service: JSON, pod: JSON) throws(KubectlError) -> String {
        var (local, remote) = split(spec)
        let servicePorts = service["spec"]["ports"].array ?? []
        let number: Int
        if let value = Int(remote) {
            number = value
        } else {
            guard let named = servicePorts.first(where: { $0["name"].string == remote })?["port"].int else {
                throw .message("Service '\(service.name)' does not have a named port '\(remote)'")
            }
            number = named
            if local == remote { local = String(named) }
        }
        guard let port = servicePorts.first(where: { $0["port"].int == number }) else {
            throw .message("Service \(service.name) does not have a service port \(number)")
        }
        let container: Int
        if service["spec"]["clusterIP"].string == "None" {
            container = number
        } else if let target = port["targetPort"].int {
            container = target == 0 ? number : target
        } else if let name = port["targetPort"].string {
            container = try namedContainerPort(name, pod: pod)
        } else {
            container = number
        }
        return local == String(container) ? String(container) : "\(local):\(container)"
    }

    /// convertPodNamedPortToNumber: a named port becomes the container port of that name.
    private static func podPort(_ spec: String, pod: JSON) throws(KubectlError) -> String {
        let (local, remote) = split(spec)
        guard !remote.isEmpty else { throw .message("remote port cannot be empty") }
        let number = Int(remote) != nil ? remote : String(try namedContainerPort(remote, pod: pod))
        return local == remote ? number : "\(local):\(number)"
    }

    private static func namedContainerPort(_ name: String, pod: JSON) throws(KubectlError) -> Int {
        for container in pod["spec"]["containers"].array ?? [] {
            for port in container["ports"].array ?? [] where port["name"].string == name {
                if let number = port["containerPort"].int { return number }
            }
        }
        throw .message("Pod '\(pod.name)' does not have a named port '\(name)'")
    }

    /// splitPort: `LOCAL:REMOTE`, or one port for both.
    private static func split(_ spec: String) -> (local: String, remote: String) {
        let parts = spec.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        return parts.count == 2 ? (parts[0], parts[1]) : (parts[0], parts[0])
    }

    /// client-go's parsePorts: `:5000` and `0:5000` ask for any free local port (0 here).
    private static func parse(_ spec: String) throws(KubectlError) -> LocalListener.Ports {
        let parts = spec.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 2 else { throw .message("invalid port format '\(spec)'") }
        let localText = parts.count == 2 ? (parts[0].isEmpty ? "0" : parts[0]) : parts[0]
        let remoteText = parts.count == 2 ? parts[1] : parts[0]
        guard let local = UInt16(localText) else {
            throw .message("error parsing local port '\(localText)': \(parseUintError(localText))")
        }
        guard let remote = UInt16(remoteText) else {
            throw .message("error parsing remote port '\(remoteText)': \(parseUintError(remoteText))")
        }
        guard remote > 0 else { throw .message("remote port must be > 0") }
        return .init(local: Int(local), remote: Int(remote))
    }

    /// Go's strconv.ParseUint(text, 10, 16) error.
    private static func parseUintError(_ text: String) -> String {
        let digitsOnly = !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber }
        return "strconv.ParseUint: parsing \"\(text)\": \(digitsOnly ? "value out of range" : "invalid syntax")"
    }

    /// parseAddresses: `localhost` is 127.0.0.1 and ::1; others must be IP addresses. Sorted,
    /// as client-go sorts them.
    private static func listenAddresses(_ requested: [String]) throws(KubectlError) -> [String] {
        var addresses = Set<String>()
        for address in requested {
            if address == "localhost" {
                addresses.formUnion(["127.0.0.1", "::1"])
            } else if Cluster.isIPv4(address) || isIPv6(address) {
                addresses.insert(address)
            } else {
                throw .message("\(address) is not a valid IP")
            }
        }
        return addresses.sorted()
    }

    private static func isIPv6(_ text: String) -> Bool {
        text.contains(":") && text.allSatisfy { $0.isHexDigit || $0 == ":" } && text.count <= 39
    }
}
