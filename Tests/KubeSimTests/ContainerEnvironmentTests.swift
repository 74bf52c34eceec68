import JSONValue
import Testing
@testable import KubeSim

/// A container's environment: the list `env` prints and the map processes read agree, later
/// variables winning as they would in the process's environment.
@Suite struct ContainerEnvironmentTests {
    @Test func mapIsTheListWithLaterVariablesWinning() {
        let specs: [JSON] = [
            ["name": "c"],
            ["name": "c", "env": [["name": "GREETING", "value": "hi"], ["name": "EMPTY"]]],
            ["name": "c", "env": [["name": "PATH", "value": "/opt/bin"], ["name": "HOSTNAME", "value": "mine"],
                                  ["name": "HOME", "value": "/home/app"], ["name": "KUBERNETES_PORT", "value": "x"],
                                  ["name": "GREETING", "value": "one"], ["name": "GREETING", "value": "two"]]],
        ]
        for spec in specs {
            let list = Kubelet.environment(podName: "web-0", spec: spec)
            let expected = Dictionary(list, uniquingKeysWith: { $1 })
            #expect(Kubelet.environmentMap(podName: "web-0", spec: spec) == expected)
        }
        let overridden = Kubelet.environmentMap(podName: "web-0", spec: specs[2])
        #expect(overridden["PATH"] == "/opt/bin")
        #expect(overridden["HOME"] == "/root")
        #expect(overridden["GREETING"] == "two")
    }
}
