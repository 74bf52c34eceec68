import ContainerImages
import JSONValue
import SimCore
import Testing
@testable import KubeSim

@Suite struct APIServerTests {
    func cluster() -> Cluster { TestCluster.make() }

    @Test func createStampsMetadataAndDefaults() throws {
        let server = cluster().apiServer
        let pod = try server.create(.pod, ["metadata": ["name": "nginx"], "spec": ["containers": [["name": "nginx", "image": "nginx"]]]])
        #expect(pod.namespace == "default")
        #expect(!pod.uid.isEmpty)
        #expect(pod.creationTimestamp?.rfc3339 == "2026-01-01T00:00:00Z")
        #expect(pod["spec"]["containers"][0]["imagePullPolicy"] == "Always")
        #expect(pod["spec"]["restartPolicy"] == "Always")
        #expect(pod["spec"]["terminationGracePeriodSeconds"] == 30)
        #expect(pod["status"]["qosClass"] == "BestEffort")
        #expect(pod["spec"]["tolerations"].array?.count == 2)
    }

    /// Pods made from one template share its spec: they are admitted as the first was, each
    /// with a token volume of its own name, and a spec the server refused stays refused.
    @Test func podsOfOneTemplateAreAdmittedAlike() throws {
        let server = cluster().apiServer
        let spec: JSON = ["containers": [["name": "web", "image": "nginx", "volumeMounts": [["name": "data", "mountPath": "/d"]]]],
                          "volumes": [["name": "data", "emptyDir": [:]]]]
        let first = try server.create(.pod, ["metadata": ["name": "a"], "spec": spec])
        let second = try server.create(.pod, ["metadata": ["name": "b"], "spec": spec])
        func token(_ pod: JSON) -> String? { pod["spec"]["volumes"][1]["name"].string }
        #expect(token(first)?.hasPrefix("kube-api-access-") == true)
        #expect(token(second)?.hasPrefix("kube-api-access-") == true)
        #expect(token(first) != token(second))
        #expect(second["spec"]["containers"][0]["volumeMounts"][1]["name"].string == token(second))
        #expect(second["spec"]["containers"][0]["volumeMounts"][0]["name"] == "data")
        var renamed = second["spec"]
        renamed["volumes"][1]["name"] = first["spec"]["volumes"][1]["name"]
        renamed["containers"][0]["volumeMounts"][1]["name"] = first["spec"]["containers"][0]["volumeMounts"][1]["name"]
        #expect(renamed == first["spec"])
        #expect(second["status"] == first["status"])

        let bad: JSON = ["containers": [["name": "Web", "image": "nginx"]]]
        for name in ["c", "d"] {
            #expect(throws: APIError.self) { try server.create(.pod, ["metadata": ["name": .string(name)], "spec": bad]) }
        }
        let malformed: JSON = ["containers": [["name": "web", "image": "nginx", "resources": ["limits": ["cpu": "1mm"]]]]]
        for name in ["e", "f"] {
            #expect(throws: APIError.self) { try server.create(.pod, ["metadata": ["name": .string(name)], "spec": malformed]) }
        }
    }

    /// Watchers hear every change of their type until they stop; owned watchers hear only the
    /// objects whose controller is of their kind; a watch begun between writes hears the next.
    @Test func watchersHearChangesOfTheirType() throws {
        let server = cluster().apiServer
        let simulation = server.simulation
        var heard: [String] = []
        let token = server.watch(.configMap) { heard.append("all \($0.type) \($0.object.name)") }
        server.watchOwned(.configMap, ownerKind: "Deployment") { event, owner in
            heard.append("owned \(event.object.name) by \(owner.name)")
        }
        try server.create(.configMap, ["metadata": ["name": "a"]])
        simulation.settle()
        let late = server.watch(.configMap, only: .deleted) { heard.append("deleted \($0.object.name)") }
        let owner: JSON = ["apiVersion": "apps/v1", "kind": "Deployment", "name": "web", "uid": "u1", "controller": true]
        try server.create(.configMap, ["metadata": ["name": "b", "ownerReferences": [owner]]])
        simulation.settle()
        server.stopWatching(token)
        try server.delete(.configMap, namespace: "default", name: "a")
        simulation.settle()
        server.stopWatching(late)
        try server.delete(.configMap, namespace: "default", name: "b")
        simulation.settle()
        #expect(heard == ["all added a", "owned b by web", "all added b", "deleted a", "owned b by web"])
    }

    @Test func errorsUseTheServersWords() {
        let server = cluster().apiServer
        #expect(throws: APIError.notFound(.pod, "nope")) { try server.get(.pod, namespace: "default", name: "nope") }
        #expect(APIError.notFound(.deployment, "web").message == "deployments.apps \"web\" not found")
        let invalid: JSON = ["metadata": ["name": "Bad"], "spec": ["containers": [["name": "c", "image": "x"]]]]
        do {
            _ = try server.create(.pod, invalid)
            Issue.record("expected a validation error")
        } catch {
            #expect(error.reason == "Invalid")
            #expect(error.message.hasPrefix("Pod \"Bad\" is invalid: metadata.name: Invalid value: \"Bad\": a lowercase RFC 1123 subdomain"))
        }
    }

    @Test func duplicateAndMissingNamespace() throws {
        let server = cluster().apiServer
        let pod: JSON = ["metadata": ["name": "a"], "spec": ["containers": [["name": "c", "image": "x"]]]]
        _ = try server.create(.pod, pod)
        #expect(throws: APIError.alreadyExists(.pod, "a")) { try server.create(.pod, pod) }
        #expect(throws: APIError.namespaceNotFound("nope")) { try server.create(.pod, pod, namespace: "nope") }
    }

    @Test func malformedQuantitiesFailTheDecode() throws {
        let server = cluster().apiServer
        let pod: JSON = ["metadata": ["name": "p"],
                         "spec": ["containers": [["name": "c", "image": "nginx", "resources": ["requests": ["memory": "128mb"]]]]]]
        #expect(throws: APIError.badRequest(
            "Pod in version \"v1\" cannot be handled as a Pod: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'")) {
            try server.create(.pod, pod)
        }
        var deployment: JSON = [
            "metadata": ["name": "web"],
            "spec": ["selector": ["matchLabels": ["app": "web"]],
                     "template": ["metadata": ["labels": ["app": "web"]],
                                  "spec": ["containers": [["name": "c", "image": "nginx", "resources": ["limits": ["cpu": "1"]]]]]]],
        ]
        _ = try server.create(.deployment, deployment)
        deployment["spec"]["template"]["spec"]["containers"][0]["resources"]["limits"]["cpu"] = "1mm"
        #expect(throws: APIError.badRequest(
            "Deployment in version \"v1\" cannot be handled as a Deployment: unable to parse quantity's suffix")) {
            try server.update(.deployment, deployment)
        }
        // Numbers and spaces around the text are fine, as Go's decoder trims them.
        let numbers: JSON = ["metadata": ["name": "q"],
                             "spec": ["containers": [["name": "c", "image": "nginx",
                                                      "resources": ["requests": ["cpu": 1, "memory": " 64Mi "]]]]]]
        _ = try server.create(.pod, numbers)
    }

    @Test func podsNotTemplatesTakeRequestsFromLimits() throws {
        let server = cluster().apiServer
        let resources: JSON = ["limits": ["memory": "1Gi", "cpu": "1"], "requests": ["cpu": "500m"]]
        let pod = try server.create(.pod, ["metadata": ["name": "p"],
                                           "spec": ["containers": [["name": "c", "image": "nginx", "resources": resources]]]])
        #expect(pod["spec"]["containers"][0]["resources"]["requests"] == ["cpu": "500m", "memory": "1Gi"])
        let deployment = try server.create(.deployment, [
            "metadata": ["name": "web"],
            "spec": ["selector": ["matchLabels": ["app": "web"]],
                     "template": ["metadata": ["labels": ["app": "web"]],
                                  "spec": ["containers": [["name": "c", "image": "nginx",
                                                           "resources": ["limits": ["cpu": "1"]]]]]]],
        ])
        #expect(deployment["spec"]["template"]["spec"]["containers"][0]["resources"]["requests"].isNull)
    }

    @Test func replicasMustNotBeNegative() {
        let server = cluster().apiServer
        let deployment: JSON = [
            "metadata": ["name": "web"],
            "spec": ["replicas": -1, "selector": ["matchLabels": ["app": "web"]],
                     "template": ["metadata": ["labels": ["app": "web"]], "spec": ["containers": [["name": "c", "image": "nginx"]]]]],
        ]
        do {
            _ = try server.create(.deployment, deployment)
            Issue.record("expected a validation error")
        } catch {
            #expect(error.message == "Deployment \"web\" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0")
        }
    }

    /// apps/v1 keeps a workload's selector as it was created; the error prints the new one as
    /// Go's %#v does. Empty and absent match the same (Semantic.DeepEqual).
    @Test func workloadSelectorsAreImmutable() throws {
        let server = cluster().apiServer
        let template: JSON = ["metadata": ["labels": ["app": "web", "tier": "a"]],
                              "spec": ["containers": [["name": "c", "image": "nginx"]]]]
        var deployment = try server.create(.deployment, ["metadata": ["name": "web"], "spec": [
            "selector": ["matchLabels": ["app": "web"]], "template": template]])
        deployment["spec"]["selector"]["matchExpressions"] = []
        deployment = try server.update(.deployment, deployment)
        deployment["spec"]["selector"] = ["matchLabels": ["tier": "a", "app": "web"],
                                          "matchExpressions": [["key": "tier", "operator": "In", "values": ["a", "b"]]]]
        do {
            _ = try server.update(.deployment, deployment)
            Issue.record("expected a validation error")
        } catch {
            #expect(error.message == """
                Deployment "web" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"web", "tier":"a"}, MatchExpressions:[]v1.LabelSelectorRequirement{v1.LabelSelectorRequirement{Key:"tier", Operator:"In", Values:[]string{"a", "b"}}}}: field is immutable
                """)
        }
    }

    @Test func etcdKeysAndRevisions() throws {
        let c = cluster()
        let before = c.etcd.revision
        _ = try c.apiServer.create(.pod, ["metadata": ["name": "a"], "spec": ["containers": [["name": "c", "image": "x"]]]])
        #expect(c.etcd.revision == before + 1)
        #expect(c.etcd.keys(withPrefix: "/registry/pods/").contains("/registry/pods/default/a"))
        #expect(c.etcd.keys(withPrefix: "/registry/namespaces/").count == 4)
    }
}
