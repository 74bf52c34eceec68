import JSONValue
import Testing
import ToolIO
import World
@testable import Kubectl

/// go-wordwrap's behaviour, which explain's layout depends on.
@Suite struct WordWrapTests {
    @Test func breaksAtSpacesAndDropsThem() {
        #expect(WordWrap.wrap("aaa bbb ccc", limit: 7) == "aaa bbb\nccc")
        #expect(WordWrap.wrap("one two", limit: 80) == "one two")
    }

    @Test func keepsNewlinesAndLongWords() {
        #expect(WordWrap.wrap("a\n\nb", limit: 5) == "a\n\nb")
        #expect(WordWrap.wrap("x https://example.com/a/very/long/path y", limit: 10)
            == "x\nhttps://example.com/a/very/long/path\ny")
    }
}

@Suite struct ExplainCommandTests {
    func run(_ arguments: [String]) -> ToolOutput {
        Kubectl(world: World.makeDefault()).run(Invocation(arguments: arguments, fileSystem: InMemoryFileSystem()))
    }

    @Test func aKindLaysOutDescriptionAndFields() {
        let out = run(["explain", "pods"]).stdout
        #expect(out.hasPrefix("KIND:       Pod\nVERSION:    v1\n\nDESCRIPTION:\n    Pod is a collection of containers"))
        #expect(out.contains("\nFIELDS:\n  apiVersion\t<string>\n"))
        #expect(out.contains("  spec\t<PodSpec>\n"))
        #expect(out.hasSuffix("\n\n\n"))
    }

    @Test func aFieldShowsItsTypeEnumAndRequiredChildren() {
        let containers = run(["explain", "pod.spec.containers"]).stdout
        #expect(containers.contains("FIELD: containers <[]Container>\n\n\nDESCRIPTION:\n"))
        #expect(containers.contains("  name\t<string> -required-\n"))
        let policy = run(["explain", "pods.spec.restartPolicy"]).stdout
        #expect(policy.contains("FIELD: restartPolicy <string>\nENUM:\n    Always\n    Never\n    OnFailure\n\nDESCRIPTION:"))
    }

    @Test func recursiveTreesAndGroups() {
        let out = run(["explain", "deployment.spec.strategy", "--recursive"]).stdout
        #expect(out.hasPrefix("GROUP:      apps\nKIND:       Deployment\nVERSION:    v1\n\nFIELD: strategy <DeploymentStrategy>"))
        #expect(out.contains("FIELDS:\n  rollingUpdate\t<RollingUpdateDeployment>\n    maxSurge\t<IntOrString>\n"))
        #expect(run(["explain", "deployments.apps.spec.replicas"]).stdout.contains("FIELD: replicas <integer>"))
    }

    @Test func everyServedKindHasDocumentation() {
        let names = run(["api-resources", "-o", "name"]).stdout.split(separator: "\n").map(String.init)
        #expect(names.count == 31)
        for name in names where !name.hasSuffix(".metrics.k8s.io") {
            let out = run(["explain", name])
            #expect(out.status == 0, "kubectl explain \(name): \(out.stderr)")
            #expect(out.stdout.contains("\nDESCRIPTION:\n") && out.stdout.contains("\n  apiVersion\t<string>\n"), "\(name)")
        }
        // metrics-server's kinds are served, found as kubectl finds them, and have no document.
        #expect(run(["explain", "nodes.metrics.k8s.io"]).stderr == "error: Shipyard has no field documentation for "
            + "nodes.metrics.k8s.io (metrics.k8s.io/v1beta1); explain covers the kinds of v1, apps/v1, autoscaling/v2, "
            + "batch/v1, coordination.k8s.io/v1, discovery.k8s.io/v1, networking.k8s.io/v1, policy/v1 and storage.k8s.io/v1\n")
        #expect(run(["explain", "nodes.spec.taints"]).stdout.hasPrefix("KIND:       Node\n"))
    }

    @Test func networkingPolicyStorageAndCoordinationKinds() {
        let ingress = run(["explain", "ingress"]).stdout
        #expect(ingress.hasPrefix("GROUP:      networking.k8s.io\nKIND:       Ingress\nVERSION:    v1\n\nDESCRIPTION:\n    Ingress is a collection of rules that allow inbound connections to reach the\n"))
        #expect(ingress.contains("  spec\t<IngressSpec>\n"))
        let rules = run(["explain", "ingress.spec.rules"]).stdout
        #expect(rules.contains("FIELD: rules <[]IngressRule>\n\n\nDESCRIPTION:\n"))
        #expect(rules.contains("  http\t<HTTPIngressRuleValue>\n"))
        let pdb = run(["explain", "pdb.spec"]).stdout
        #expect(pdb.hasPrefix("GROUP:      policy\nKIND:       PodDisruptionBudget\nVERSION:    v1\n\nFIELD: spec <PodDisruptionBudgetSpec>\n"))
        #expect(pdb.contains("  maxUnavailable\t<IntOrString>\n"))
        #expect(pdb.contains("  unhealthyPodEvictionPolicy\t<string>\n  enum: AlwaysAllow, IfHealthyBudget\n"))
        let storageClass = run(["explain", "storageclass"]).stdout
        #expect(storageClass.hasPrefix("GROUP:      storage.k8s.io\nKIND:       StorageClass\nVERSION:    v1\n"))
        #expect(storageClass.contains("  provisioner\t<string> -required-\n"))
        #expect(storageClass.contains("  volumeBindingMode\t<string>\n  enum: Immediate, WaitForFirstConsumer\n"))
        #expect(run(["explain", "leases.spec.holderIdentity"]).stdout.contains("FIELD: holderIdentity <string>\n"))
        #expect(run(["explain", "netpol.spec.podSelector"]).stdout.contains("FIELD: podSelector <LabelSelector>\n"))
        #expect(run(["explain", "ingressclass.spec.controller"]).stdout.contains("FIELD: controller <string>\n"))
    }

    @Test func enumsAsALiveServerListsThem() {
        // Added from the Go types (Tools/kube-openapi/enums.py): in every group-version, and
        // with the "Possible enum values" paragraph at the end of the description.
        let pathType = run(["explain", "ingress.spec.rules.http.paths.pathType"]).stdout
        #expect(pathType.contains("FIELD: pathType <string>\nENUM:\n    Exact\n    ImplementationSpecific\n    Prefix\n\nDESCRIPTION:\n"))
        #expect(pathType.contains("    Possible enum values:\n     - `\"Exact\"` matches the URL path exactly and with case sensitivity.\n"))
        let restart = run(["explain", "deployment.spec.template.spec.restartPolicy"]).stdout
        #expect(restart.contains("ENUM:\n    Always\n    Never\n    OnFailure\n"))
        // One entry per value, where a 1.27 server listed the deprecated aliases too.
        let traffic = run(["explain", "svc.spec.externalTrafficPolicy"]).stdout
        #expect(traffic.contains("ENUM:\n    Cluster\n    Local\n\n"))
        let action = run(["explain", "job.spec.podFailurePolicy.rules.action"]).stdout
        #expect(action.contains("ENUM:\n    Count\n    FailIndex\n    FailJob\n    Ignore\n"))
    }

    @Test func fieldsOfV132() {
        #expect(run(["explain", "pod.spec.securityContext.seLinuxChangePolicy"]).status == 0)
        #expect(run(["explain", "pod.spec.resources"]).stdout.contains("FIELD: resources <ResourceRequirements>"))
        #expect(run(["explain", "pod.spec.containers.lifecycle.stopSignal"]).stderr == "error: field \"stopSignal\" does not exist\n")
    }

    @Test func errors() {
        #expect(run(["explain", "pods.spec.foo"]).stderr == "error: field \"foo\" does not exist\n")
        #expect(run(["explain", "foo"]).stderr == "error: the server doesn't have a resource type \"foo\"\n")
        #expect(run(["explain", "ingresses", "--api-version=networking.k8s.io/v1beta1"]).stderr
            == "error: couldn't find resource for \"networking.k8s.io/v1beta1, Resource=ingresses\"\n")
        let none = run(["explain"])
        #expect(none.status == 1)
        #expect(none.stderr.hasPrefix("error: You must specify the type of resource to explain."))
    }
}

@Suite struct TopCommandTests {
    @Test func nodesAndPodsOnceScraped() {
        let world = World.makeDefault()
        let kubectl = Kubectl(world: world)
        let nodes = kubectl.run(Invocation(arguments: ["top", "nodes"], fileSystem: InMemoryFileSystem())).stdout
        let lines = nodes.split(separator: "\n").map(String.init)
        #expect(lines.first == "NAME           CPU(cores)   CPU(%)   MEMORY(bytes)   MEMORY(%)   ")
        #expect(lines.count == 4)
        let pods = kubectl.run(Invocation(arguments: ["top", "pods", "-n", "kube-system", "--sort-by=cpu"],
                                          fileSystem: InMemoryFileSystem())).stdout
        #expect(pods.split(separator: "\n").dropFirst().first?.hasPrefix("kube-apiserver-controlplane") == true)
    }

    @Test func newPodsHaveNoMetricsYet() {
        let world = World.makeDefault()
        let kubectl = Kubectl(world: world)
        _ = kubectl.run(Invocation(arguments: ["run", "web", "--image=nginx"], fileSystem: InMemoryFileSystem()))
        let out = kubectl.run(Invocation(arguments: ["top", "pods"], fileSystem: InMemoryFileSystem()))
        #expect(out.stderr == "error: metrics not available yet\n")
        #expect(out.status == 1)
        let bad = kubectl.run(Invocation(arguments: ["top", "pods", "--sort-by=name"], fileSystem: InMemoryFileSystem()))
        #expect(bad.stderr == "error: --sort-by accepts only cpu or memory\n")
    }
}
