import JSONValue

/// `requiredDuringSchedulingIgnoredDuringExecution` node affinity: terms are ORed, the
/// expressions within a term ANDed.
struct NodeAffinity {
    struct Expression {
        var key: String
        var op: String
        var values: [String]
        /// `matchFields` (only `metadata.name` exists) rather than `matchExpressions` on labels.
        var isField = false
    }

    var terms: [[Expression]]

    init(_ pod: JSON) {
        let required = pod["spec"]["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]
        terms = (required["nodeSelectorTerms"].array ?? []).map { term in
            let expressions = (term["matchExpressions"].array ?? []).map {
                Expression(key: $0["key"].string ?? "", op: $0["operator"].string ?? "",
                           values: ($0["values"].array ?? []).compactMap(\.string))
            }
            let fields = (term["matchFields"].array ?? []).map {
                Expression(key: $0["key"].string ?? "", op: $0["operator"].string ?? "",
                           values: ($0["values"].array ?? []).compactMap(\.string), isField: true)
            }
            return expressions + fields
        }
    }

    func matches(_ labels: [String: String], nodeName: String) -> Bool {
        guard !terms.isEmpty else { return true }
        return terms.contains { term in
            term.allSatisfy { expression in
                let value = expression.isField ? (expression.key == "metadata.name" ? nodeName : nil) : labels[expression.key]
                switch expression.op {
                case "In": return value.map { expression.values.contains($0) } ?? false
                case "NotIn": return value.map { !expression.values.contains($0) } ?? true
                case "Exists": return value != nil
                case "DoesNotExist": return value == nil
                case "Gt": return (value.flatMap(Int.init) ?? Int.min) > (expression.values.first.flatMap(Int.init) ?? Int.max)
                case "Lt": return (value.flatMap(Int.init) ?? Int.max) < (expression.values.first.flatMap(Int.init) ?? Int.min)
                default: return false
                }
            }
        }
    }
}
