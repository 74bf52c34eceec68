import ContainerImages
import JSONValue
import SimCore
import Testing
@testable import KubeSim

/// Requests from one pod to others through CoreDNS's names and kube-proxy's rules.
@Suite struct PodNetworkTests {
    /// Two nginx pods behind Service `web` in `default`, a headless Service `db` in `shop`, and
    /// the client's address (a third pod).
    func cluster() throws -> (Cluster, Cluster.NetworkClient) {
        let cluster = TestCluster.make(seed: 7, withNode: true)
        try cluster.apiServer.create(.namespace, ["metadata": ["name": "shop"]])
        for name in ["web-a", "web-b"] {
            try cluster.apiServer.create(.pod, ["metadata": ["name": .string(name), "labels": ["app": "web"]],
                                                "spec": ["containers": [["name": "web", "image": "nginx:1.27"]]]])
        }
        try cluster.apiServer.create(.pod, ["metadata": ["name": "client"],
                                            "spec": ["containers": [["name": "c", "image": "nginx:1.27"]]]])
        try cluster.apiServer.create(.service, ["metadata": ["name": "web"],
                                                "spec": ["selector": ["app": "web"], "ports": [["port": 80]]]])
        try cluster.apiServer.create(.service, ["metadata": ["name": "db", "namespace": "shop"],
                                                "spec": ["clusterIP": "None", "selector": ["app": "db"],
                                                         "ports": [["port": 5432]]]])
        cluster.simulation.advance(by: .seconds(Int64(30)))
        let ip = cluster.apiServer.object(.pod, namespace: "default", name: "client")?["status"]["podIP"].string ?? ""
        return (cluster, Cluster.NetworkClient(namespace: "default", podIP: ip))
    }

    func get(_ cluster: Cluster, _ host: String, from client: Cluster.NetworkClient) -> ContainerExecContext.HTTPExchange? {
        cluster.request(.init(host: host, path: "/", userAgent: "curl/7.88.1"), from: client)
    }

    @Test func namesResolveThroughTheSearchListToTheClusterIP() throws {
        let (cluster, client) = try cluster()
        let clusterIP = cluster.apiServer.object(.service, namespace: "default", name: "web")?["spec"]["clusterIP"].string
        for host in ["web", "web.default", "web.default.svc", "web.default.svc.cluster.local", "web.default.svc.cluster.local."] {
            let exchange = get(cluster, host, from: client)
            #expect(exchange?.address == clusterIP, "\(host)")
            #expect(exchange?.response?.status == 200, "\(host)")
        }
        #expect(get(cluster, "webb", from: client) == .unresolved)
        #expect(get(cluster, "web.shop", from: client) == .unresolved)
        // A headless Service without ready endpoints has no addresses; the internet is not simulated.
        #expect(get(cluster, "db.shop", from: client) == .unresolved)
        #expect(get(cluster, "example.com", from: client) == nil)
    }

    @Test func eachConnectionGoesToARandomReadyEndpointWhichLogsTheClient() throws {
        let (cluster, client) = try cluster()
        for _ in 0..<12 { _ = get(cluster, "web", from: client) }
        let kubelet = try #require(cluster.kubelet(on: "node01"))
        var answered = 0
        for pod in ["web-a", "web-b"] {
            let log = kubelet.logs(namespace: "default", pod: pod, container: nil, previous: false)?.lines ?? []
            let requests = log.filter { $0.text.hasPrefix("\(client.podIP) - - [") }
            #expect(!requests.isEmpty, "\(pod) answered none of twelve")
            answered += requests.count
        }
        #expect(answered == 12)
    }

    @Test func aServicePortWithoutEndpointsIsRejectedAndAnUndefinedPortTimesOut() throws {
        let (cluster, client) = try cluster()
        #expect(get(cluster, "web:8080", from: client)?.outcome == .timedOut)
        try cluster.apiServer.delete(.pod, namespace: "default", name: "web-a", gracePeriodSeconds: 0)
        try cluster.apiServer.delete(.pod, namespace: "default", name: "web-b", gracePeriodSeconds: 0)
        cluster.simulation.advance(by: .seconds(Int64(5)))
        #expect(get(cluster, "web", from: client)?.outcome == .refused)
        #expect(get(cluster, "10.244.1.250", from: client)?.outcome == .unreachable)
    }

    /// A port-forward's connection reaches localhost inside the pod; it fails with
    /// containerd's words on a port nothing listens on, and once the pod's sandbox is gone.
    @Test func portForwardReachesThePodFromLocalhost() throws {
        let (cluster, _) = try cluster()
        let pod = try #require(cluster.forwardablePod(namespace: "default", name: "web-a"))
        let request = ContainerExecContext.HTTPRequest(host: "localhost:8080", path: "/", userAgent: "curl/7.88.1")
        guard case .answered(let response) = cluster.forward(request, to: pod, port: 80) else {
            Issue.record("no answer through the tunnel")
            return
        }
        #expect(response.status == 200)
        let log = cluster.kubelet(on: "node01")?.logs(namespace: "default", pod: "web-a", container: nil, previous: false)
        #expect(log?.lines.last?.text.hasPrefix("127.0.0.1 - - [") == true)

        guard case .refused(let message) = cluster.forward(request, to: pod, port: 81) else {
            Issue.record("port 81 did not refuse")
            return
        }
        #expect(message.hasPrefix("failed to execute portforward in network namespace \"/var/run/netns/cni-"))
        #expect(message.hasSuffix("IPv4: dial tcp4 127.0.0.1:81: connect: connection refused IPv6 dial tcp6 [::1]:81: connect: connection refused "))

        _ = try cluster.apiServer.delete(.pod, namespace: "default", name: "web-a")
        cluster.simulation.advance(by: .seconds(Int64(40)))
        #expect(cluster.forward(request, to: pod, port: 80)
                == .sandboxGone("failed to find sandbox \"\(pod.sandboxID)\" in store: not found"))
        #expect(cluster.forwardablePod(namespace: "default", name: "web-a") == nil)
    }
}
