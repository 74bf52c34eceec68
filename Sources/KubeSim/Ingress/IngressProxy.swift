import ContainerImages
import JSONValue

/// ingress-nginx proxying: a request reaching a controller pod on its HTTP port goes, by the
/// rules of the Ingresses it handles (`IngressRouting`), to the backend Service's endpoints,
/// sent from the controller pod's own address; what no rule routes gets the controller's
/// default backend's 404, and a backend with nothing to answer a 503. Both pages are nginx's,
/// without its version (ingress-nginx turns `server_tokens` off).
extension Cluster {
    /// The controller's answer when `ip` is a running ingress-nginx controller pod and `port`
    /// its HTTP port; nil otherwise.
    func ingressAnswer(_ request: ContainerExecContext.HTTPRequest, ip: String,
                       port: Int) -> ContainerExecContext.HTTPExchange.Outcome? {
        guard port == 80, let controller = ingressNginx,
            let pod = controller.runningControllerPods().first(where: { $0["status"]["podIP"].string == ip })
        else { return nil }
        let path = String(request.path.prefix { $0 != "?" })
        let ingresses = apiServer.list(.ingress, namespace: nil).filter(controller.handles)
        switch IngressRouting.route(host: request.hostHeader, path: path, ingresses: ingresses) {
        case .service(let namespace, let name, let port):
            guard let service = apiServer.object(.service, namespace: namespace, name: name),
                let clusterIP = service["spec"]["clusterIP"].string, clusterIP != "None",
                let number = Int(port) ?? (service["spec"]["ports"].array ?? [])
                    .first(where: { $0["name"].string == port })?["port"].int
            else { return .answered(Self.nginxPage(503, "Service Temporarily Unavailable")) }
            let upstream = ContainerExecContext.HTTPRequest(host: "\(clusterIP):\(number)", path: request.path,
                                                            userAgent: request.userAgent,
                                                            virtualHost: request.hostHeader)
            let client = NetworkClient(namespace: namespace, podIP: pod["status"]["podIP"].string ?? ip)
            if case .answered(let response) = self.request(upstream, from: client)?.outcome { return .answered(response) }
            return .answered(Self.nginxPage(503, "Service Temporarily Unavailable"))
        case .resource:
            return .answered(Self.nginxPage(503, "Service Temporarily Unavailable"))
        case .defaultBackend:
            return .answered(Self.nginxPage(404, "Not Found"))
        }
    }

    static func nginxPage(_ status: Int, _ reason: String) -> ContainerExecContext.HTTPResponse {
        .init(status: status, body: """
            <html>
            <head><title>\(status) \(reason)</title></head>
            <body>
            <center><h1>\(status) \(reason)</h1></center>
            <hr><center>nginx</center>
            </body>
            </html>

            """)
    }
}
