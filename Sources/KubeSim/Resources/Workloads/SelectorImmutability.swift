import GoPorts
import JSONValue

/// apps/v1 does not let an update change a Deployment's, ReplicaSet's or DaemonSet's
/// `spec.selector` (the strategies' ValidateUpdate, after the spec's own checks): the error
/// shows the new selector as Go's `%#v` prints a `v1.LabelSelector`.
enum SelectorImmutability {
    static func validate(_ object: JSON, old: JSON) -> [FieldError] {
        let selector = object["spec"]["selector"]
        guard !semanticallyEqual(selector, old["spec"]["selector"]) else { return [] }
        return [FieldError("spec.selector", .invalid(value: goSyntax(selector)), "field is immutable")]
    }

    /// apimachinery's Semantic.DeepEqual: empty and absent maps and lists are the same.
    static func semanticallyEqual(_ a: JSON, _ b: JSON) -> Bool { withoutEmpty(a) == withoutEmpty(b) }

    private static func withoutEmpty(_ value: JSON) -> JSON {
        switch value {
        case .object(let object):
            var kept = JSONObject()
            for member in object.entries {
                let inner = withoutEmpty(member.value)
                if !(inner.array?.isEmpty ?? false), !(inner.object?.isEmpty ?? false), !inner.isNull {
                    kept[member.key] = inner
                }
            }
            return .object(kept)
        case .array(let items): return .array(items.map(withoutEmpty))
        default: return value
        }
    }

    /// `v1.LabelSelector{MatchLabels:map[string]string{"app":"web"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}`.
    static func goSyntax(_ selector: JSON) -> String {
        guard selector.object != nil else { return "null" }
        let labels: String
        if let map = selector["matchLabels"].object {
            labels = "map[string]string{" + map.sortedPairs.map {
                GoStrconv.quote($0.key) + ":" + GoStrconv.quote($0.value.string ?? "")
            }.joined(separator: ", ") + "}"
        } else {
            labels = "map[string]string(nil)"
        }
        let expressions: String
        if let requirements = selector["matchExpressions"].array {
            expressions = "[]v1.LabelSelectorRequirement{" + requirements.map { requirement in
                let values = requirement["values"].array.map {
                    "[]string{" + $0.map { GoStrconv.quote($0.string ?? "") }.joined(separator: ", ") + "}"
                } ?? "[]string(nil)"
                return "v1.LabelSelectorRequirement{Key:\(GoStrconv.quote(requirement["key"].string ?? "")), "
                    + "Operator:\(GoStrconv.quote(requirement["operator"].string ?? "")), Values:\(values)}"
            }.joined(separator: ", ") + "}"
        } else {
            expressions = "[]v1.LabelSelectorRequirement(nil)"
        }
        return "v1.LabelSelector{MatchLabels:\(labels), MatchExpressions:\(expressions)}"
    }
}
