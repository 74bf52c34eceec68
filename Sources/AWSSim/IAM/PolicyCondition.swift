/// One condition of a statement: an operator (with its `ForAnyValue:`/`ForAllValues:` set
/// qualifier and `IfExists` suffix), a context key and the values it is compared with.
public struct PolicyCondition: Sendable {
    public struct Operator: Sendable, Equatable {
        public enum Base: String, Sendable, CaseIterable {
            case stringEquals = "StringEquals", stringNotEquals = "StringNotEquals"
            case stringEqualsIgnoreCase = "StringEqualsIgnoreCase", stringNotEqualsIgnoreCase = "StringNotEqualsIgnoreCase"
            case stringLike = "StringLike", stringNotLike = "StringNotLike"
            case numericEquals = "NumericEquals", numericNotEquals = "NumericNotEquals"
            case numericLessThan = "NumericLessThan", numericLessThanEquals = "NumericLessThanEquals"
            case numericGreaterThan = "NumericGreaterThan", numericGreaterThanEquals = "NumericGreaterThanEquals"
            case dateEquals = "DateEquals", dateNotEquals = "DateNotEquals"
            case dateLessThan = "DateLessThan", dateLessThanEquals = "DateLessThanEquals"
            case dateGreaterThan = "DateGreaterThan", dateGreaterThanEquals = "DateGreaterThanEquals"
            case bool = "Bool", binaryEquals = "BinaryEquals"
            case ipAddress = "IpAddress", notIpAddress = "NotIpAddress"
            case arnEquals = "ArnEquals", arnLike = "ArnLike", arnNotEquals = "ArnNotEquals", arnNotLike = "ArnNotLike"
            case null = "Null"

            /// Negated operators match when the key is absent.
            var isNegated: Bool {
                switch self {
                case .stringNotEquals, .stringNotEqualsIgnoreCase, .stringNotLike, .numericNotEquals, .dateNotEquals,
                     .notIpAddress, .arnNotEquals, .arnNotLike:
                    return true
                default:
                    return false
                }
            }
        }

        public enum SetQualifier: Sendable {
            case none, forAnyValue, forAllValues
        }

        public var base: Base
        public var qualifier: SetQualifier
        public var ifExists: Bool

        /// Parses `ForAnyValue:StringLikeIfExists`; nil for an unknown operator.
        init?(_ text: String) {
            var name = Substring(text)
            qualifier = .none
            if name.hasPrefix("ForAnyValue:") {
                qualifier = .forAnyValue
                name = name.dropFirst("ForAnyValue:".count)
            } else if name.hasPrefix("ForAllValues:") {
                qualifier = .forAllValues
                name = name.dropFirst("ForAllValues:".count)
            }
            ifExists = name.hasSuffix("IfExists") && name != "IfExists"
            if ifExists { name = name.dropLast("IfExists".count) }
            guard let base = Base(rawValue: String(name)), !(ifExists && base == .null) else { return nil }
            self.base = base
        }
    }

    public var op: Operator
    public var key: String
    public var values: [String]
}
