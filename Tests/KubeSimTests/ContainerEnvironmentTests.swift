import JSONValue
import Testing
@testable import KubeSim

/// A container's environment: the list `env` prints and the map processes read agree, later
/// variables winning as they would in the process's environment.
@Suite struct ContainerEnvironmentTests {
    @Test func mapIsTheListWithLaterVariablesWinning() {
        func own(_ pairs: [(String, String)]) -> [EnvironmentVariable] {
            pairs.map { EnvironmentVariable(name: $0.0, value: $0.1) }
        }
        let environments: [[EnvironmentVariable]] = [
            [],
            own([("GREETING", "hi"), ("EMPTY", "")]),
            own([("PATH", "/opt/bin"), ("HOSTNAME", "mine"), ("HOME", "/home/app"), ("KUBERNETES_PORT", "x"),
                 ("GREETING", "one"), ("GREETING", "two")]),
        ]
        for environment in environments {
            let list = Kubelet.environment(podName: "web-0", own: environment, network: .kubeadm)
            let expected = Dictionary(list, uniquingKeysWith: { $1 })
            #expect(Kubelet.environmentMap(podName: "web-0", own: environment, network: .kubeadm) == expected)
        }
        let overridden = Kubelet.environmentMap(podName: "web-0", own: environments[2], network: .kubeadm)
        #expect(overridden["PATH"] == "/opt/bin")
        #expect(overridden["HOME"] == "/root")
        #expect(overridden["GREETING"] == "two")
    }

    /// `$(VAR)` as the kubelet expands it: defined names replaced, `$$` a literal `$`, the rest
    /// left as written.
    @Test func expansion() {
        let known = ["A": "1", "EMPTY": ""]
        func expand(_ text: String) -> String { EnvironmentExpansion.expand(text) { known[$0] } }
        #expect(expand("x$(A)y$(EMPTY)z") == "x1yz")
        #expect(expand("$$(A) $(B) $A $") == "$(A) $(B) $A $")
        #expect(expand("$(A") == "$(A")
        #expect(expand("no dollars") == "no dollars")
    }
}
