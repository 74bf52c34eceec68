import ContainerImages
import SimCore

extension Kubelet {
    /// What a container reaches over HTTP inside its own pod: the servers of the pod's running
    /// containers, by `localhost`, `127.0.0.1`, the pod's IP or its host name, on the ports
    /// they listen on (80 when the URL names none). A port no container listens on refuses
    /// the connection; other hosts are not simulated (nil): Services carry no traffic yet.
    func podHTTP(_ runtime: PodRuntime) -> (_ host: String, _ path: String) -> ContainerExecContext.HTTPResponse? {
        { [weak self] host, path in
            guard let self else { return nil }
            let parts = host.split(separator: ":", maxSplits: 1).map(String.init)
            let name = parts.first ?? host
            guard ["localhost", "127.0.0.1", runtime.podIP, runtime.name].contains(name),
                let port = parts.count > 1 ? Int(parts[1]) : 80
            else { return nil }
            guard let index = runtime.containers.firstIndex(where: { $0.isRunning && ($0.plan?.listens.contains(port) ?? false) })
            else { return .refused }
            let ipv6 = runtime.containers[index].image?.definition.listensOnIPv6 ?? false
            let client = name == "localhost" ? (ipv6 ? "::1" : "127.0.0.1") : name == "127.0.0.1" ? name : (runtime.podIP ?? name)
            return self.serve(runtime, index, path: path, client: client, host: host, userAgent: "curl/7.88.1")
        }
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
