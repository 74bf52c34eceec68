import ContainerImages
import JSONValue
import SimCore
import Testing
@testable import KubeSim

/// The endpoints and endpointslice controllers following a Service's pods on a one-node cluster.
@Suite struct EndpointsControllerTests {
    func cluster() -> Cluster { TestCluster.make(seed: 7, withNode: true) }

    func pod(_ cluster: Cluster, _ name: String, labels: JSON = ["app": "web"], ports: JSON = [["containerPort": 80, "name": "http"]],
             readiness: JSON = .null) throws {
        var container: JSON = ["name": "web", "image": "nginx:1.27", "ports": ports]
        if !readiness.isNull { container["readinessProbe"] = readiness }
        try cluster.apiServer.create(.pod, ["metadata": ["name": .string(name), "labels": labels],
                                            "spec": ["containers": [container]]])
    }

    func service(_ cluster: Cluster, ports: JSON = [["name": "http", "port": 80, "targetPort": "http"]]) throws {
        try cluster.apiServer.create(.service, ["metadata": ["name": "web"],
                                                "spec": ["selector": ["app": "web"], "ports": ports]])
    }

    func endpoints(_ cluster: Cluster) -> JSON {
        cluster.apiServer.object(.endpoints, namespace: "default", name: "web") ?? .null
    }

    func slices(_ cluster: Cluster) -> [JSON] {
        cluster.apiServer.list(.endpointSlice, namespace: "default",
                               labelSelector: LabelSelector(matchLabels: ["kubernetes.io/service-name": "web"]))
    }

    @Test func readyPodsBecomeAddressesOnTheirNamedTargetPort() throws {
        let cluster = cluster()
        try service(cluster)
        for name in ["b", "a"] { try pod(cluster, name) }
        try pod(cluster, "other", labels: ["app": "db"])
        cluster.simulation.advance(by: .seconds(Int64(30)))
        let subset = endpoints(cluster)["subsets"][0]
        #expect(subset["addresses"].array?.count == 2)
        #expect(subset["addresses"][0]["targetRef"]["kind"] == "Pod")
        #expect(subset["ports"] == [["name": "http", "port": 80, "protocol": "TCP"]])
        let all = slices(cluster)
        #expect(all.count == 1)
        #expect(all.first?["endpoints"].array?.count == 2)
        #expect(all.first?["metadata"]["labels"]["endpointslice.kubernetes.io/managed-by"] == "endpointslice-controller.k8s.io")
        #expect(all.first?["metadata"]["ownerReferences"][0]["kind"] == "Service")
    }

    @Test func aPodThatIsNotReadyIsListedApart() throws {
        let cluster = cluster()
        try service(cluster)
        try pod(cluster, "never-ready", readiness: ["exec": ["command": ["cat", "/nonexistent"]], "periodSeconds": 5])
        cluster.simulation.advance(by: .seconds(Int64(30)))
        let subset = endpoints(cluster)["subsets"][0]
        #expect(subset["addresses"].isNull)
        #expect(subset["notReadyAddresses"].array?.count == 1)
        let endpoint = slices(cluster).first?["endpoints"][0] ?? .null
        #expect(endpoint["conditions"] == ["ready": false, "serving": false, "terminating": false])
    }

    @Test func withoutPodsThereIsAnEmptyEndpointsAndAPlaceholderSlice() throws {
        let cluster = cluster()
        try service(cluster)
        cluster.simulation.advance(by: .seconds(Int64(5)))
        #expect(endpoints(cluster)["subsets"].isNull)
        #expect(slices(cluster).count == 1)
        #expect(slices(cluster).first?["endpoints"].isNull == true)
        #expect(slices(cluster).first?["ports"].isNull == true)
    }

    @Test func aPlaceholderSliceKeepsItsNameWhenPodsArrive() throws {
        let cluster = cluster()
        try service(cluster)
        cluster.simulation.advance(by: .seconds(Int64(5)))
        let name = slices(cluster).first?.name
        try pod(cluster, "a")
        cluster.simulation.advance(by: .seconds(Int64(30)))
        #expect(slices(cluster).map(\.name) == [name].compactMap { $0 })
        // 1: the placeholder; 2: the pod, ready (the kubelet reports its IP with its running
        // containers).
        #expect(slices(cluster).first?["metadata"]["generation"] == 2)
    }

    @Test func deletingTheServiceRemovesItsEndpointsAndSlices() throws {
        let cluster = cluster()
        try service(cluster)
        try pod(cluster, "a")
        cluster.simulation.advance(by: .seconds(Int64(30)))
        try cluster.apiServer.delete(.service, namespace: "default", name: "web")
        cluster.simulation.advance(by: .seconds(Int64(5)))
        #expect(endpoints(cluster).isNull)
        #expect(slices(cluster).isEmpty)
    }

    @Test func aHundredEndpointsFillASlice() throws {
        let cluster = cluster()
        try service(cluster, ports: [["port": 80]])
        for i in 0..<105 { try pod(cluster, "p\(i)") }
        cluster.simulation.advance(by: .seconds(Int64(120)))
        let counts = slices(cluster).map { $0["endpoints"].array?.count ?? 0 }.sorted()
        #expect(counts == [5, 100])
    }

    /// Ports ordered by the MD5 of their Go rendering, as `endpoints.SortSubsets` and
    /// `NewPortMapKey` leave them: kube-dns's come out dns-tcp, dns, metrics.
    @Test func portsInHashOrder() throws {
        let cluster = cluster()
        try service(cluster, ports: [["name": "dns", "port": 53, "protocol": "UDP"], ["name": "dns-tcp", "port": 53, "protocol": "TCP"],
                                     ["name": "metrics", "port": 9153, "protocol": "TCP"]])
        try pod(cluster, "a")
        cluster.simulation.advance(by: .seconds(Int64(30)))
        let names = { (ports: JSON) in (ports.array ?? []).compactMap { $0["name"].string } }
        #expect(names(endpoints(cluster)["subsets"][0]["ports"]) == ["dns-tcp", "dns", "metrics"])
        #expect(names(slices(cluster).first?["ports"] ?? .null) == ["dns-tcp", "dns", "metrics"])
    }

    @Test func tablesPrintAtMostThreeEndpoints() {
        let subsets: [JSON] = [["addresses": [["ip": "10.0.0.1"], ["ip": "10.0.0.2"]], "ports": [["port": 53], ["port": 9153]]]]
        #expect(EndpointsStrategy.format(subsets) == "10.0.0.1:53,10.0.0.2:53,10.0.0.1:9153 + 1 more...")
        #expect(EndpointsStrategy.format([]) == "<none>")
        #expect(EndpointSliceStrategy.list([]) == "<unset>")
        #expect(EndpointSliceStrategy.list(["a", "b", "c", "d", "e"]) == "a,b,c + 2 more...")
    }
}
