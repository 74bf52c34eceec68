import ContainerImages
import JSONValue
import SimCore
import Testing
@testable import KubeSim

/// The API server's answers to plain GETs, as curl meets them through `kubectl proxy`.
@Suite struct APIServerHTTPTests {
    func get(_ cluster: Cluster, _ path: String, userAgent: String = "curl/7.88.1") -> ContainerExecContext.HTTPResponse {
        cluster.apiGET(.init(host: "localhost:8001", path: path, userAgent: userAgent))
    }

    @Test func versionAndObjectsByTheirPaths() throws {
        let cluster = TestCluster.make(withNode: true)
        try cluster.apiServer.create(.pod, ["metadata": ["name": "web"],
                                            "spec": ["containers": [["name": "web", "image": "nginx:1.27"]]]])
        cluster.simulation.advance(by: .seconds(Int64(30)))

        let version = get(cluster, "/version")
        #expect(version.status == 200)
        #expect(version.body.hasPrefix("{\n  \"major\": \"1\",\n  \"minor\": \"32\",\n  \"gitVersion\": \"v1.32.4\","))

        // Indented for curl; compact, with encoding/json's newline, for other clients.
        let pod = get(cluster, "/api/v1/namespaces/default/pods/web")
        #expect(pod.status == 200)
        #expect(pod.body.hasPrefix("{\n  \"kind\": \"Pod\",\n  \"apiVersion\": \"v1\","))
        #expect(get(cluster, "/api/v1/namespaces/default/pods/web", userAgent: "kubectl/v1.32.4").body.hasPrefix("{\"kind\":\"Pod\""))

        let list = try JSONParser.parse(get(cluster, "/api/v1/pods").body)
        #expect(list["kind"] == "PodList")
        #expect(list["items"].array?.contains { $0["metadata"]["name"] == "web" } == true)
        #expect(list["items"][0]["kind"] == .null)
    }

    @Test func thePodProxyReachesThePodsServer() throws {
        let cluster = TestCluster.make(withNode: true)
        try cluster.apiServer.create(.pod, ["metadata": ["name": "web"],
                                            "spec": ["containers": [["name": "web", "image": "nginx:1.27"]]]])
        cluster.simulation.advance(by: .seconds(Int64(30)))
        let page = get(cluster, "/api/v1/namespaces/default/pods/web:80/proxy/")
        #expect(page.status == 200)
        #expect(page.body.contains("<title>Welcome to nginx!</title>"))
        let refused = get(cluster, "/api/v1/namespaces/default/pods/web:81/proxy/")
        #expect(refused.status == 503)
        #expect(refused.body.contains("\"message\": \"error trying to reach service: dial tcp "))
    }

    @Test func failuresAreStatusObjects() throws {
        let cluster = TestCluster.make()
        let missing = try JSONParser.parse(get(cluster, "/apis/apps/v1/namespaces/default/deployments/nope").body)
        #expect(missing["code"] == 404)
        #expect(missing["message"] == "deployments.apps \"nope\" not found")
        #expect(missing["details"] == ["name": "nope", "group": "apps", "kind": "deployments"])
        let unknown = try JSONParser.parse(get(cluster, "/api/v1/namespaces/default/widgets").body)
        #expect(unknown["message"] == "the server could not find the requested resource")
        #expect(get(cluster, "/nothing").body == "404 page not found\n")
    }
}
