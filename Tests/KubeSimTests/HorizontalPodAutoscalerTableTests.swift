import JSONValue
import Testing
@testable import KubeSim

/// `kubectl get hpa`'s TARGETS as the API server's printer words them.
@Suite struct HorizontalPodAutoscalerTableTests {
    func cpu(_ utilization: Int?) -> JSON {
        var target: JSON = ["type": "Utilization"]
        if let utilization { target["averageUtilization"] = .int(utilization) }
        return ["type": "Resource", "resource": ["name": "cpu", "target": target]]
    }

    @Test func targetsBeforeAndAfterMeasuring() {
        #expect(HorizontalPodAutoscalerStrategy.targets([cpu(50)], []) == "cpu: <unknown>/50%")
        let measured: JSON = ["type": "Resource", "resource": ["name": "cpu", "current": ["averageUtilization": 12]]]
        #expect(HorizontalPodAutoscalerStrategy.targets([cpu(50)], [measured]) == "cpu: 12%/50%")
        #expect(HorizontalPodAutoscalerStrategy.targets([cpu(nil)], []) == "cpu: <unknown>/<auto>")
        #expect(HorizontalPodAutoscalerStrategy.targets([], []) == "<none>")
        let memory: JSON = ["type": "Resource", "resource": ["name": "memory", "target": ["type": "AverageValue", "averageValue": "100Mi"]]]
        let pods: JSON = ["type": "Pods", "pods": ["target": ["averageValue": "1k"]]]
        #expect(HorizontalPodAutoscalerStrategy.targets([cpu(50), memory, pods], [])
            == "cpu: <unknown>/50%, memory: <unknown>/100Mi + 1 more...")
    }
}
