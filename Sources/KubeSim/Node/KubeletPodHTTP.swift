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
            guard let state = runtime.containers.first(where: { $0.isRunning && ($0.plan?.listens.contains(port) ?? false) }),
                let plan = state.plan, let started = state.runStartedAt
            else { return .refused }
            guard let http = plan.http else { return nil }
            let files = http.documentRoot == nil ? [:]
                : state.image.map { self.filesystem(of: state, image: $0, in: runtime).files } ?? [:]
            return http.response(path: path, uptime: (self.now - started).seconds, hostname: runtime.name, files: files)
        }
    }
}
