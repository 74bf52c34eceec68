import Foundation
import JSONValue
import Testing
import ToolIO
import World
@testable import Kubectl

/// The generators against what the real kubectl v1.32.4 printed for the same commands
/// (`Tests/YAMLCodingTests/Fixtures/command_goldens.json`, recorded by Tools/kubectl-yaml).
@Suite struct GeneratorGoldenTests {
    static let goldens: [String: (json: String, yaml: String)] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("YAMLCodingTests/Fixtures/command_goldens.json")
        guard let data = try? Data(contentsOf: url),
            let list = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]
        else { return [:] }
        var result: [String: (String, String)] = [:]
        for entry in list {
            guard let name = entry["name"] as? String, let json = entry["json"] as? String,
                let yaml = entry["yaml"] as? String, result[name] == nil
            else { continue }
            result[name] = (json, yaml)
        }
        return result
    }()

    static let cases: [(golden: String, arguments: [String])] = [
        ("create deployment web", ["create", "deployment", "web", "--image=nginx", "--replicas=3"]),
        ("create deployment multi", ["create", "deployment", "multi", "--image=nginx", "--image=busybox", "--port=8080"]),
        ("create job j", ["create", "job", "j", "--image=busybox", "--", "echo", "hi"]),
        ("create cronjob cj", ["create", "cronjob", "cj", "--image=busybox", "--schedule=*/5 * * * *", "--", "echo", "hi"]),
        ("create namespace dev", ["create", "namespace", "dev"]),
        ("create serviceaccount sa", ["create", "serviceaccount", "sa"]),
        ("create service clusterip svc", ["create", "service", "clusterip", "svc", "--tcp=80:8080", "--tcp=443:8443"]),
        ("create service nodeport np", ["create", "service", "nodeport", "np", "--tcp=80:8080", "--node-port=30080"]),
        ("create service clusterip headless", ["create", "service", "clusterip", "headless", "--clusterip=None", "--tcp=80"]),
        ("create service loadbalancer lb", ["create", "service", "loadbalancer", "lb", "--tcp=80:8080"]),
        ("create service externalname ext", ["create", "service", "externalname", "ext", "--external-name=db.example.com"]),
        ("create configmap cm", ["create", "configmap", "cm", "--from-literal=a=1", "--from-literal=b=true",
                                 "--from-literal=c=hello world", "--from-literal=d=2026-01-01T00:00:00Z",
                                 "--from-literal=e=" + String(repeating: "x ", count: 60)]),
        ("create secret generic", ["create", "secret", "generic", "s", "--from-literal=password=s3cr3t!",
                                   "--from-literal=token=" + String(repeating: "t", count: 120)]),
    ]

    func run(_ arguments: [String], format: String) -> String {
        let kubectl = Kubectl(world: World.makeDefault())
        var full = arguments
        let flags = ["--dry-run=client", "-o", format]
        if let dash = full.firstIndex(of: "--") { full.insert(contentsOf: flags, at: dash) } else { full += flags }
        return kubectl.run(Invocation(arguments: full, fileSystem: InMemoryFileSystem())).stdout
    }

    @Test func goldensAreThere() {
        #expect(Self.goldens.count >= 13)
    }

    @Test(arguments: 0..<cases.count)
    func matchesRealKubectl(_ index: Int) throws {
        let (name, arguments) = Self.cases[index]
        let golden = try #require(Self.goldens[name])
        #expect(run(arguments, format: "json") == golden.json, "\(name) -o json")
        #expect(run(arguments, format: "yaml") == golden.yaml, "\(name) -o yaml")
    }
}

@Suite struct ThreeWayMergeTests {
    @Test func unchangedWhenTheFileAgreesWithWhatIsLive() {
        let applied: JSON = ["spec": ["replicas": 2, "template": ["spec": ["containers": [["name": "web", "image": "nginx"]]]]]]
        var live = applied
        live["spec"]["template"]["spec"]["containers"][0]["imagePullPolicy"] = "Always"
        live["status"] = ["replicas": 2]
        let (_, changed) = ThreeWayMerge.merge(original: applied, modified: applied, current: live)
        #expect(!changed)
    }

    @Test func changesAndRemovals() {
        let original: JSON = ["metadata": ["labels": ["a": "1", "b": "2"]], "spec": ["replicas": 2]]
        let modified: JSON = ["metadata": ["labels": ["a": "1"]], "spec": ["replicas": 3]]
        let live: JSON = ["metadata": ["labels": ["a": "1", "b": "2", "added-by-someone": "x"]], "spec": ["replicas": 5]]
        let (result, changed) = ThreeWayMerge.merge(original: original, modified: modified, current: live)
        #expect(changed)
        #expect(result["spec"]["replicas"] == 3)
        #expect(result["metadata"]["labels"] == ["a": "1", "added-by-someone": "x"])
    }

    @Test func containersMergeByName() {
        let original: JSON = ["containers": [["name": "a", "image": "x:1"], ["name": "b", "image": "y:1"]]]
        let modified: JSON = ["containers": [["name": "a", "image": "x:2"]]]
        let live: JSON = ["containers": [["name": "a", "image": "x:1", "imagePullPolicy": "IfNotPresent"],
                                         ["name": "b", "image": "y:1"]]]
        let (result, changed) = ThreeWayMerge.merge(original: original, modified: modified, current: live)
        #expect(changed)
        #expect(result["containers"] == [["name": "a", "image": "x:2", "imagePullPolicy": "IfNotPresent"]])
    }
}
