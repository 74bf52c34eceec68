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

    @Test func errors() {
        #expect(run(["explain", "pods.spec.foo"]).stderr == "error: field \"foo\" does not exist\n")
        #expect(run(["explain", "foo"]).stderr == "error: the server doesn't have a resource type \"foo\"\n")
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
