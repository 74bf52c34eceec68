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
        self.init(nodeSelectorTerms: required["nodeSelectorTerms"])
    }

    /// From a list of `NodeSelectorTerm`s (a pod's required affinity, a PersistentVolume's
    /// `nodeAffinity.required`).
    init(nodeSelectorTerms: JSON) {
        terms = (nodeSelectorTerms.array ?? []).map { term in
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

    /// Why nodes the PreFilter left out were not considered (kube-scheduler 1.31+ says so).
    static let notSatisfiedMessage = "node(s) didn't satisfy plugin(s) [NodeAffinity]"
    /// The PreFilter's verdict when every term names nodes but no node is named by all of a term's fields.
    static let conflictMessage = "pod affinity terms conflict"

    /// NodeAffinity's PreFilter: when every term names nodes with `metadata.name In`, only
    /// those nodes (the union over terms, the intersection within one) can fit; nil when any
    /// term leaves every node possible. DaemonSet pods are pinned this way, so the scheduler
    /// checks one node for them instead of all 5,000.
    var nodeNames: Set<String>? {
        guard !terms.isEmpty else { return nil }
        var union: Set<String> = []
        for term in terms {
            var names: Set<String>?
            for expression in term where expression.isField && expression.key == "metadata.name" && expression.op == "In" {
                let values = Set(expression.values)
                names = names.map { $0.intersection(values) } ?? values
            }
            guard let names else { return nil }
            union.formUnion(names)
        }
        return union
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
