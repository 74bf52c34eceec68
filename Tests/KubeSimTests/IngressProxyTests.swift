import ContainerImages
import JSONValue
import SimCore
import Testing
@testable import KubeSim

/// Requests through the ingress-nginx controller's pod, routed by the Ingress rules it handles.
@Suite struct IngressProxyTests {
    @Test func theControllerSendsRequestsByHostAndPath() throws {
        let cluster = TestCluster.make(withNode: true)
        try cluster.apiServer.create(.pod, ["metadata": ["name": "web", "labels": ["app": "web"]],
                                            "spec": ["containers": [["name": "web", "image": "nginx:1.27"]]]])
        try cluster.apiServer.create(.service, ["metadata": ["name": "web"],
                                                "spec": ["selector": ["app": "web"], "ports": [["port": 80]]]])
        try cluster.apiServer.create(.ingress, [
            "metadata": ["name": "site"],
            "spec": ["ingressClassName": "nginx", "rules": [[
                "host": "web.example.com",
                "http": ["paths": [
                    ["path": "/", "pathType": "Prefix", "backend": ["service": ["name": "web", "port": ["number": 80]]]],
                    ["path": "/api", "pathType": "Prefix", "backend": ["service": ["name": "api", "port": ["number": 80]]]],
                ]],
            ]]],
        ])
        _ = cluster.enableIngressNginx()
        cluster.simulation.advance(by: .seconds(Int64(90)))
        let controller = try #require(cluster.ingressNginx?.runningControllerPods().first)
        let ip = try #require(controller["status"]["podIP"].string)

        func get(_ path: String, host: String) -> ContainerExecContext.HTTPResponse? {
            let request = ContainerExecContext.HTTPRequest(host: "\(ip)", path: path, userAgent: "curl/7.88.1",
                                                           virtualHost: host)
            guard case .answered(let response) = cluster.ingressAnswer(request, ip: ip, port: 80) else { return nil }
            return response
        }
        #expect(get("/", host: "web.example.com")?.body.contains("Welcome to nginx!") == true)
        let log = cluster.kubelet(on: "node01")?.logs(namespace: "default", pod: "web", container: nil, previous: false)
        #expect(log?.lines.last?.text.hasPrefix("\(ip) - - [") == true)
        #expect(get("/api", host: "web.example.com")?.status == 503)
        #expect(get("/", host: "other.example.com")?.status == 404)
        let healthz = ContainerExecContext.HTTPRequest(host: "\(ip):10254", path: "/healthz", userAgent: "curl/7.88.1")
        #expect(cluster.ingressAnswer(healthz, ip: ip, port: 10254) == nil)
    }
}
