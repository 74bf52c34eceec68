import Foundation
import JSONValue
import Testing
import ToolIO
import World
@testable import Kubectl

/// `kubectl create ingress` against what the real kubectl v1.32.4 printed for the same
/// arguments: client-side dry runs in YAML and JSON, and kubectl's own errors for bad rules,
/// annotations and default backends (`Fixtures/ingress_generator_goldens.json`, recorded by
/// Tools/kubectl-yaml/generate_ingress_goldens.py).
@Suite struct IngressGeneratorTests {
    struct Golden {
        var arguments: [String]
        var stdout: String
        var stderr: String
        var status: Int32
    }

    static let goldens: [Golden] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/ingress_generator_goldens.json")
        guard let data = try? Data(contentsOf: url),
            let list = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]
        else { return [] }
        return list.compactMap { entry in
            guard let arguments = entry["arguments"] as? [String], let stdout = entry["stdout"] as? String,
                let stderr = entry["stderr"] as? String, let status = entry["status"] as? Int
            else { return nil }
            return Golden(arguments: arguments, stdout: stdout, stderr: stderr, status: Int32(status))
        }
    }()

    @Test func goldensAreThere() {
        #expect(Self.goldens.count >= 20)
    }

    @Test(arguments: 0..<22)
    func matchesRealKubectl(_ index: Int) throws {
        try #require(index < Self.goldens.count)
        let golden = Self.goldens[index]
        let kubectl = Kubectl(world: World.makeDefault())
        let output = kubectl.run(Invocation(arguments: golden.arguments, fileSystem: InMemoryFileSystem()))
        let command = golden.arguments.joined(separator: " ")
        #expect(output.stdout == golden.stdout, "\(command): stdout")
        #expect(output.stderr == golden.stderr, "\(command): stderr")
        #expect(output.status == golden.status, "\(command): status")
    }

    @Test func kubectlsPanicsBecomeAnErrorNotACrash() {
        let kubectl = Kubectl(world: World.makeDefault())
        let output = kubectl.run(Invocation(arguments: ["create", "ingress", "x", "--rule=foo.com/a=b=svc:80", "--dry-run=client"],
                                            fileSystem: InMemoryFileSystem()))
        #expect(output.stderr == "panic: runtime error: index out of range [1] with length 1\n")
        #expect(output.status == 2)
    }

    @Test func rulePattern() {
        #expect(Generators.isIngressRule("foo.com/bar=svc:80"))
        #expect(Generators.isIngressRule("/=svc:http,tls=x"))
        #expect(Generators.isIngressRule("*.a.com/x*=svc_1:8080"))
        #expect(!Generators.isIngressRule("foo.com=svc:80"))
        #expect(!Generators.isIngressRule("foo.com/=svc"))
        #expect(!Generators.isIngressRule("foo.com/=:80"))
        #expect(!Generators.isIngressRule("foo,com/=svc:80"))
    }
}
