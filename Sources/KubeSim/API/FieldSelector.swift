import JSONValue

/// A field selector (`--field-selector status.phase=Running,spec.nodeName!=node01`).
public struct FieldSelector: Equatable, Sendable {
    public struct Requirement: Equatable, Sendable {
        public var field: String
        public var negated: Bool
        public var value: String

        public init(field: String, negated: Bool = false, value: String) {
            self.field = field
            self.negated = negated
            self.value = value
        }
    }

    public var requirements: [Requirement]

    public static let everything = FieldSelector(requirements: [])
    public var isEverything: Bool { requirements.isEmpty }

    public init(requirements: [Requirement]) { self.requirements = requirements }

    /// Parses `a=b,c!=d` (also `==`); an empty string selects everything.
    public static func parse(_ text: String) throws(SelectorParseError) -> FieldSelector {
        var requirements: [Requirement] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: true) {
            let term = String(part)
            if let range = term.firstRange(of: "!=") {
                requirements.append(.init(field: String(term[..<range.lowerBound]), negated: true,
                                          value: String(term[range.upperBound...])))
            } else if let range = term.firstRange(of: "==") ?? term.firstRange(of: "=") {
                requirements.append(.init(field: String(term[..<range.lowerBound]), negated: false,
                                          value: String(term[range.upperBound...])))
            } else {
                throw SelectorParseError(message: "invalid selector: '\(text)'; can't understand '\(term)'")
            }
        }
        return FieldSelector(requirements: requirements)
    }

    /// The fields a kind can be selected on, as the API server allows them.
    public static func supportedFields(kind: String) -> Set<String> {
        var fields: Set<String> = ["metadata.name", "metadata.namespace"]
        switch kind {
        case "Pod":
            fields.formUnion(["spec.nodeName", "spec.restartPolicy", "spec.schedulerName", "spec.serviceAccountName",
                              "spec.hostNetwork", "status.phase", "status.podIP", "status.nominatedNodeName"])
        case "Node": fields.insert("spec.unschedulable")
        case "Event":
            fields.formUnion(["involvedObject.kind", "involvedObject.namespace", "involvedObject.name",
                              "involvedObject.uid", "involvedObject.apiVersion", "involvedObject.resourceVersion",
                              "involvedObject.fieldPath", "reason", "reportingComponent", "source", "type"])
        case "Namespace": fields.insert("status.phase")
        case "Secret": fields.insert("type")
        case "Job": fields.insert("status.successful")
        case "ReplicaSet", "ReplicationController": fields.insert("status.replicas")
        default: break
        }
        return fields
    }

    public func matches(_ object: JSON) -> Bool {
        matches { field in
            switch object.value(at: field.split(separator: ".").map(String.init)) {
            case .string(let s): return s
            case .bool(let b): return b ? "true" : "false"
            case .int(let i): return String(i)
            default: return ""
            }
        }
    }

    /// The value `field` must equal (a non-empty `field=value` term), for stores that can look
    /// objects up by it instead of testing every one.
    public func requiredValue(of field: String) -> String? {
        requirements.first { $0.field == field && !$0.negated && !$0.value.isEmpty }?.value
    }

    /// Matches an object whose fields are looked up by name (`""` for an absent one): for
    /// stores that keep objects as records rather than JSON.
    public func matches(fieldValue: (String) -> String) -> Bool {
        requirements.allSatisfy { (fieldValue($0.field) == $0.value) != $0.negated }
    }
}
