import ContainerImages
import SimCore

extension Kubelet {
    /// What a container reaches over HTTP inside its own pod: the servers of the pod's running
    /// containers, by `localhost`, `127.0.0.1`, the pod's IP or its host name, on the ports
    /// they listen on (80 when the URL names none). A port no container listens on refuses
    /// the connection; other hosts are not simulated (nil): Services carry no traffic yet.
    /// The server logs each request it answers, as it would.
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
            let state = runtime.containers[index]
            guard let plan = state.plan, let http = plan.http, let started = state.runStartedAt, let image = state.image
            else { return nil }
            let files = http.documentRoot == nil ? [:] : self.filesystem(of: state, image: image, in: runtime).files
            let uptime = (self.now - started).seconds
            let response = http.response(path: path, uptime: uptime, hostname: runtime.name, files: files)
            let client = name == "localhost" ? (image.definition.listensOnIPv6 ? "::1" : "127.0.0.1")
                : name == "127.0.0.1" ? name : (runtime.podIP ?? name)
            let request = ContainerLogs.Request(
                uptime: uptime, time: self.now, client: client, host: host, path: path, status: response.status,
                bytes: response.body.utf8.count, number: state.requestsAnswered + 1, hostname: runtime.name)
            self.update(runtime, index, isInit: false) {
                $0.requestsAnswered += 1
                $0.requestOutput += ContainerLogs.request(image: image.definition, request)
            }
            return response
        }
    }
}
