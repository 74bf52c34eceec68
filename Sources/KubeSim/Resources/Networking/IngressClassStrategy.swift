import GoPorts
import JSONValue

/// IngressClasses: cluster-scoped, a generation, `parameters.scope` defaulted to Cluster,
/// a required controller, and the columns NAME, CONTROLLER, PARAMETERS, AGE.
final class IngressClassStrategy: ResourceStrategy {
    var tracksGeneration: Bool { true }

    func applyDefaults(_ ingressClass: inout JSON, context: StrategyContext) {
        if ingressClass["spec"]["parameters"].object != nil, ingressClass["spec"]["parameters"]["scope"].isNull {
            ingressClass["spec"]["parameters"]["scope"] = "Cluster"
        }
    }

    func validate(_ ingressClass: JSON, context: StrategyContext) -> [FieldError] {
        let controller = ingressClass["spec"]["controller"].string ?? ""
        if controller.isEmpty { return [FieldError("spec.controller", .required)] }
        if controller.utf8.count > 250 { return [FieldError("spec.controller", .tooLong(value: "", max: 250))] }
        return []
    }

    func validateUpdate(_ ingressClass: JSON, old: JSON, context: StrategyContext) -> [FieldError] {
        if ingressClass["spec"]["controller"] != old["spec"]["controller"] {
            let value = ingressClass["spec"]["controller"].string ?? ""
            return [FieldError("spec.controller", .invalid(value: GoStrconv.quote(value)), "field is immutable")]
        }
        return validate(ingressClass, context: context)
    }

    var table: TableConvertor {
        TableConvertor(
            columns: [ColumnDefinition("Name", format: "name"), ColumnDefinition("Controller"),
                      ColumnDefinition("Parameters"), ColumnDefinition("Age")],
            cells: { ingressClass, context in
                let spec = ingressClass["spec"]
                var parameters = "<none>"
                let reference = spec["parameters"]
                if reference.object != nil {
                    parameters = reference["kind"].string ?? ""
                    if let group = reference["apiGroup"].string { parameters += "." + group }
                    parameters += "/" + (reference["name"].string ?? "")
                }
                return [.string(ingressClass.name), .string(spec["controller"].string ?? ""), .string(parameters),
                        .string(HumanDuration.age(of: ingressClass.creationTimestamp, now: context.now))]
            })
    }
}
