import ContainerImages
import SimCore

extension Kubelet {
    /// What a container's HTTP client reaches: the servers of its own pod's running
    /// containers by `localhost`, `127.0.0.1` or the pod's own name (as `/etc/hosts` has it),
    /// and through the cluster's network everything else: pods by address, Services by name
    /// or ClusterIP, NodePorts.
    func podHTTP(_ runtime: PodRuntime) -> (ContainerExecContext.HTTPRequest) -> ContainerExecContext.HTTPExchange? {
        { [weak self] request in
            guard let self else { return nil }
            let name = request.hostName
            guard ["localhost", "127.0.0.1", runtime.name].contains(name) || (self.network == nil && name == runtime.podIP)
            else {
                let client = Cluster.NetworkClient(namespace: runtime.namespace, podIP: runtime.podIP ?? "")
                return self.network?(client, request)
            }
            guard let port = request.port else { return nil }
            let address = name == "localhost" ? "127.0.0.1" : name == runtime.name ? (runtime.podIP ?? name) : name
            guard let index = runtime.listener(on: port) else { return .init(address: address, outcome: .refused) }
            let ipv6 = runtime.containers[index].image?.definition.listensOnIPv6 ?? false
            let client = name == "localhost" ? (ipv6 ? "::1" : "127.0.0.1") : address
            return self.serve(runtime, index, path: request.path, client: client, host: request.host,
                              userAgent: request.userAgent).map { .answered($0, from: address) }
        }
    }

    /// A connection reaching this node for `ip`:`port` (a pod's address, or the node's own for
    /// its host-network pods), answered by the container listening there; nil when that
    /// server speaks no HTTP Shipyard simulates.
    func answer(ip: String, port: Int, request: ContainerExecContext.HTTPRequest,
                client: String) -> ContainerExecContext.HTTPExchange.Outcome? {
        let here = pods.values.filter { $0.podIP == ip }
        guard !here.isEmpty || ip == config.internalIP else { return .unreachable }
        for runtime in here {
            guard let index = runtime.listener(on: port) else { continue }
            return serve(runtime, index, path: request.path, client: client, host: request.host,
                         userAgent: request.userAgent).map { .answered($0) }
        }
        return .refused
    }

    /// What an HTTP probe of container `index` gets: its server's answer, from the node's
    /// address on the pod network (`10.244.1.1`), which the server logs as any request.
    func probeHTTP(_ runtime: PodRuntime, _ index: Int) -> (_ path: String, _ port: Int) -> ContainerExecContext.HTTPResponse? {
        { [weak self] path, port in
            guard let self else { return nil }
            return self.serve(runtime, index, path: path, client: "\(self.podIPPrefix).1",
                              host: "\(runtime.podIP ?? self.config.internalIP):\(port)",
                              userAgent: "kube-probe/\(Self.probeVersion)")
        }
    }

    /// The kubelet's version in its probes' User-Agent.
    static let probeVersion = "1.32"

    /// Container `index`'s server answering `GET path`, and logging it as it would.
    private func serve(_ runtime: PodRuntime, _ index: Int, path: String, client: String, host: String,
                       userAgent: String) -> ContainerExecContext.HTTPResponse? {
        guard runtime.containers.indices.contains(index) else { return nil }
        let state = runtime.containers[index]
        guard let plan = state.plan, let http = plan.http, let started = state.runStartedAt, let image = state.image
        else { return nil }
        let files = http.documentRoot == nil ? [:] : filesystem(of: state, image: image, in: runtime).files
        let uptime = (now - started).seconds
        let response = http.response(path: path, uptime: uptime, hostname: runtime.name, files: files)
        let request = ContainerLogs.Request(
            uptime: uptime, time: now, client: client, host: host, path: path, status: response.status,
            bytes: response.body.utf8.count, number: state.requestsAnswered + 1, hostname: runtime.name,
            userAgent: userAgent)
        update(runtime, index, isInit: false) {
            $0.requestsAnswered += 1
            $0.requestOutput += ContainerLogs.request(image: image.definition, request)
        }
        return response
    }
}

extension PodRuntime {
    /// The running container whose process listens on `port`, if any.
    func listener(on port: Int) -> Int? {
        containers.firstIndex { $0.isRunning && ($0.plan?.listens.contains(port) ?? false) }
    }
}
