import GoPorts
import JSONValue

/// autoscaling/v2 HorizontalPodAutoscalers: the API's defaults (one replica at least, CPU at
/// 80 % when no metric is named, and a `behavior` given in part filled in) and the table
/// `kubectl get hpa` prints.
final class HorizontalPodAutoscalerStrategy: ResourceStrategy {
    func applyDefaults(_ hpa: inout JSON, context: StrategyContext) {
        if hpa["spec"]["minReplicas"].isNull { hpa["spec"]["minReplicas"] = 1 }
        if (hpa["spec"]["metrics"].array ?? []).isEmpty {
            hpa["spec"]["metrics"] = [["type": "Resource",
                                       "resource": ["name": "cpu", "target": ["type": "Utilization", "averageUtilization": 80]]]]
        }
        // Only a behavior that is there is completed (SetDefaults_HorizontalPodAutoscalerBehavior).
        guard hpa["spec"]["behavior"].object != nil else { return }
        Self.complete(&hpa["spec"]["behavior"]["scaleUp"], stabilization: 0, policies: [
            ["type": "Pods", "value": 4, "periodSeconds": 15], ["type": "Percent", "value": 100, "periodSeconds": 15],
        ])
        Self.complete(&hpa["spec"]["behavior"]["scaleDown"], stabilization: 300, policies: [
            ["type": "Percent", "value": 100, "periodSeconds": 15],
        ])
    }

    /// ValidateHorizontalPodAutoscalerSpec's replica bounds and target reference.
    func validate(_ hpa: JSON, context: StrategyContext) -> [FieldError] {
        var errors: [FieldError] = []
        let spec = hpa["spec"]
        let maximum = spec["maxReplicas"].int ?? 0
        if let minimum = spec["minReplicas"].int, minimum < 1 {
            errors.append(FieldError("spec.minReplicas", .invalid(value: String(minimum)), "must be greater than or equal to 1"))
        }
        if maximum < 1 { errors.append(FieldError("spec.maxReplicas", .invalid(value: String(maximum)), "must be greater than 0")) }
        if let minimum = spec["minReplicas"].int, maximum < minimum {
            errors.append(FieldError("spec.maxReplicas", .invalid(value: String(maximum)), "must be greater than or equal to `minReplicas`"))
        }
        if (spec["scaleTargetRef"]["kind"].string ?? "").isEmpty { errors.append(FieldError("spec.scaleTargetRef.kind", .required)) }
        if (spec["scaleTargetRef"]["name"].string ?? "").isEmpty { errors.append(FieldError("spec.scaleTargetRef.name", .required)) }
        return errors
    }

    private static func complete(_ rules: inout JSON, stabilization: Int, policies: [JSON]) {
        if rules["stabilizationWindowSeconds"].isNull { rules["stabilizationWindowSeconds"] = .int(stabilization) }
        if rules["selectPolicy"].isNull { rules["selectPolicy"] = "Max" }
        if (rules["policies"].array ?? []).isEmpty { rules["policies"] = .array(policies) }
    }

    var table: TableConvertor {
        TableConvertor(
            columns: [
                ColumnDefinition("Name", format: "name"), ColumnDefinition("Reference"), ColumnDefinition("Targets"),
                ColumnDefinition("MinPods"), ColumnDefinition("MaxPods", type: "integer"),
                ColumnDefinition("Replicas", type: "integer"), ColumnDefinition("Age"),
            ],
            cells: { hpa, context in
                let spec = hpa["spec"]
                let reference = "\(spec["scaleTargetRef"]["kind"].string ?? "")/\(spec["scaleTargetRef"]["name"].string ?? "")"
                return [.string(hpa.name), .string(reference),
                        .string(Self.targets(spec["metrics"].array ?? [], hpa["status"]["currentMetrics"].array ?? [])),
                        .string(spec["minReplicas"].int.map(String.init) ?? "<unset>"), .int(spec["maxReplicas"].int ?? 0),
                        .int(hpa["status"]["currentReplicas"].int ?? 0),
                        .string(HumanDuration.age(of: hpa.creationTimestamp, now: context.now))]
            })
    }

    /// TARGETS, as the API server's printer words it: each metric's current value over its
    /// target (`cpu: 12%/50%`, `<unknown>` before the controller has measured), two at most.
    static func targets(_ specs: [JSON], _ statuses: [JSON]) -> String {
        guard !specs.isEmpty else { return "<none>" }
        let shown = specs.enumerated().map { index, spec -> String in
            let status: JSON = index < statuses.count ? statuses[index] : .null
            func value(_ current: JSON, _ field: String) -> String { current[field].string ?? "<unknown>" }
            switch spec["type"].string {
            case "External", "Object":
                let key = spec["type"].string == "External" ? "external" : "object"
                let target = spec[key]["target"]
                if let average = target["averageValue"].string {
                    return "\(value(status[key]["current"], "averageValue"))/\(average) (avg)"
                }
                return "\(value(status[key]["current"], "value"))/\(target["value"].string ?? "")"
            case "Pods":
                return "\(value(status["pods"]["current"], "averageValue"))/\(spec["pods"]["target"]["averageValue"].string ?? "")"
            case "Resource", "ContainerResource":
                let key = spec["type"].string == "Resource" ? "resource" : "containerResource"
                let name = spec[key]["name"].string ?? ""
                let target = spec[key]["target"]
                if let average = target["averageValue"].string {
                    return "\(name): \(value(status[key]["current"], "averageValue"))/\(average)"
                }
                let current = status[key]["current"]["averageUtilization"].int.map { "\($0)%" } ?? "<unknown>"
                let wanted = target["averageUtilization"].int.map { "\($0)%" } ?? "<auto>"
                return "\(name): \(current)/\(wanted)"
            default:
                return "<unknown type>"
            }
        }
        guard shown.count > 2 else { return shown.joined(separator: ", ") }
        return shown.prefix(2).joined(separator: ", ") + " + \(shown.count - 2) more..."
    }
}
