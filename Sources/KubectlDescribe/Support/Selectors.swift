import GoPorts
import JSONValue

/// Label selectors rendered as kubectl renders them (apimachinery `labels.Selector.String()`).
///
/// describe prints selectors (`Selector:\tapp=web`) and also passes the same string to the API
/// server to list ReplicaSets and Pods, so one function serves both.
enum Selectors {
    /// `metav1.LabelSelectorAsSelector(sel).String()`: requirements sorted by key, `in`/`notin`
    /// values sorted; "" for a nil or empty selector.
    static func string(_ selector: JSON) -> String {
        guard selector.isSet else { return "" }
        var reqs: [(key: String, text: String)] = []
        for (k, v) in selector["matchLabels"].stringMap {
            reqs.append((k, "\(k)=\(v)"))
        }
        for expr in selector["matchExpressions"].items {
            let key = expr["key"].str
            let values = expr["values"].items.map(\.str)
            let joined = values.count == 1 ? values[0] : values.sorted(by: goLess).joined(separator: ",")
            switch expr["operator"].str {
            case "In": reqs.append((key, "\(key) in (\(joined))"))
            case "NotIn": reqs.append((key, "\(key) notin (\(joined))"))
            case "Exists": reqs.append((key, key))
            case "DoesNotExist": reqs.append((key, "!\(key)"))
            default: continue
            }
        }
        // sort.Sort(ByKey), with Go's order for equal keys.
        return GoSort.sorted(reqs) { goLess($0.key, $1.key) }.map(\.text).joined(separator: ",")
    }

    /// `metav1.FormatLabelSelector`: like `string` but `<none>` when empty.
    static func formatted(_ selector: JSON) -> String {
        let s = string(selector)
        return s.isEmpty ? "<none>" : s
    }

    /// `labels.FormatLabels(map)`: `k=v,...` sorted, or `<none>`.
    static func formatLabels(_ map: JSON) -> String {
        let s = map.stringMap.map { "\($0.key)=\($0.value)" }.sorted(by: goLess).joined(separator: ",")
        return s.isEmpty ? "<none>" : s
    }
}
