import JSONValue
import SimCore

/// Pods: defaults and admission the API server applies, validation, graceful deletion.
final class PodStrategy: ResourceStrategy {
    var table: TableConvertor { PodTable.convertor }
    /// What admitting the last template's pods worked out, for the next pod made from it.
    let memo = PodAdmissionMemo()

    func decodeError(_ pod: JSON, type: ResourceType) -> APIError? {
        if let spec = pod["spec"].object, memo.entry(for: spec) != nil { return nil }  // decoded before
        return QuantityFields.decodeError(pod, type: type)
    }

    func applyDefaults(_ pod: inout JSON, context: StrategyContext) {
        PodDefaults.apply(&pod, context: context, memo: memo)
    }

    func validate(_ pod: JSON, context: StrategyContext) -> [FieldError] {
        guard let spec = pod["spec"].object else { return PodValidation.validate(pod) }
        if let known = memo.validation(of: spec) { return known }
        let errors = PodValidation.validate(pod)
        memo.remember(validation: errors, of: spec)
        return errors
    }

    func validateUpdate(_ pod: JSON, old: JSON, context: StrategyContext) -> [FieldError] {
        var errors = PodValidation.validate(pod)
        // Only a few fields of a pod's spec may change after creation.
        var newSpec = pod["spec"]
        var oldSpec = old["spec"]
        for key in ["activeDeadlineSeconds", "tolerations", "terminationGracePeriodSeconds", "schedulingGates"] {
            newSpec[key] = .null
            oldSpec[key] = .null
        }
        var newContainers = newSpec["containers"].array ?? []
        let oldContainers = oldSpec["containers"].array ?? []
        for i in newContainers.indices where i < oldContainers.count {
            newContainers[i]["image"] = oldContainers[i]["image"]
        }
        newSpec["containers"] = .array(newContainers)
        if old["spec"]["nodeName"].isNull { newSpec["nodeName"] = .null; oldSpec["nodeName"] = .null }
        if newSpec != oldSpec {
            errors.append(FieldError("spec", .forbidden, PodValidation.immutableSpecMessage))
        }
        return errors
    }

    func gracePeriod(for pod: JSON, requested: Int?) -> Int? {
        // An unscheduled pod has no kubelet to stop it, so it goes at once.
        guard pod["spec"]["nodeName"].string != nil else { return 0 }
        if pod["status"]["phase"].string == "Succeeded" || pod["status"]["phase"].string == "Failed" {
            return 0
        }
        return requested ?? pod["spec"]["terminationGracePeriodSeconds"].int ?? 30
    }
}
