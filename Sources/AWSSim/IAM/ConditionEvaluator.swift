import SimCore

/// Evaluates one condition against a request's context keys, as IAM does: several values in
/// the policy are ORed; a missing key fails a positive operator and satisfies a negated one
/// (or any operator with `IfExists`); `ForAllValues`/`ForAnyValue` compare sets.
enum ConditionEvaluator {
    static func holds(_ condition: PolicyCondition, in request: AuthorizationRequest) -> Bool {
        let op = condition.op
        let present = request.values(for: condition.key)
        if op.base == .null {
            let absent = present == nil || present?.isEmpty == true
            return condition.values.contains { $0.lowercased() == (absent ? "true" : "false") }
        }
        guard let requestValues = present, !requestValues.isEmpty else {
            switch op.qualifier {
            case .forAllValues: return true
            case .forAnyValue: return false
            case .none: return op.ifExists || op.base.isNegated
            }
        }
        let policyValues = condition.values.map { PolicyEvaluator.substituteVariables($0, request) }
        switch op.qualifier {
        case .none:
            // A single-valued key; with several request values, IAM compares the first.
            return matches(op.base, requestValues[0], policyValues)
        case .forAnyValue:
            return requestValues.contains { matches(op.base, $0, policyValues) }
        case .forAllValues:
            return requestValues.allSatisfy { matches(op.base, $0, policyValues) }
        }
    }

    /// Whether one request value satisfies the operator against the policy's values.
    static func matches(_ base: PolicyCondition.Operator.Base, _ value: String, _ policyValues: [String]) -> Bool {
        switch base {
        case .stringEquals, .arnEquals:
            return policyValues.contains(value)
        case .stringNotEquals, .arnNotEquals:
            return !policyValues.contains(value)
        case .stringEqualsIgnoreCase:
            return policyValues.contains { $0.lowercased() == value.lowercased() }
        case .stringNotEqualsIgnoreCase:
            return !policyValues.contains { $0.lowercased() == value.lowercased() }
        case .stringLike:
            return policyValues.contains { Wildcard.matches($0, value, caseInsensitive: false) }
        case .stringNotLike:
            return !policyValues.contains { Wildcard.matches($0, value, caseInsensitive: false) }
        case .arnLike:
            return policyValues.contains { arnLike($0, value) }
        case .arnNotLike:
            return !policyValues.contains { arnLike($0, value) }
        case .numericEquals, .numericNotEquals, .numericLessThan, .numericLessThanEquals, .numericGreaterThan,
             .numericGreaterThanEquals:
            guard let number = Double(value) else { return base == .numericNotEquals }
            let compared = policyValues.compactMap(Double.init).contains { compare(base, number, $0) }
            return base == .numericNotEquals ? !policyValues.compactMap(Double.init).contains(number) : compared
        case .dateEquals, .dateNotEquals, .dateLessThan, .dateLessThanEquals, .dateGreaterThan, .dateGreaterThanEquals:
            guard let date = epoch(value) else { return base == .dateNotEquals }
            let dates = policyValues.compactMap(epoch)
            if base == .dateNotEquals { return !dates.contains(date) }
            return dates.contains { compareDate(base, date, $0) }
        case .bool:
            return policyValues.contains { $0.lowercased() == value.lowercased() }
        case .binaryEquals:
            return policyValues.contains(value)
        case .ipAddress:
            return policyValues.contains { IPv4.contains(cidr: $0, address: value) }
        case .notIpAddress:
            return !policyValues.contains { IPv4.contains(cidr: $0, address: value) }
        case .null:
            return false
        }
    }

    /// ArnLike compares the six colon-separated parts one by one, with wildcards in each.
    static func arnLike(_ pattern: String, _ arn: String) -> Bool {
        let p = pattern.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        let a = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard p.count == 6, a.count == 6 else { return Wildcard.matches(pattern, arn, caseInsensitive: false) }
        return zip(p, a).allSatisfy { Wildcard.matches(String($0), String($1), caseInsensitive: false) }
    }

    private static func compare(_ base: PolicyCondition.Operator.Base, _ value: Double, _ bound: Double) -> Bool {
        switch base {
        case .numericEquals: return value == bound
        case .numericLessThan: return value < bound
        case .numericLessThanEquals: return value <= bound
        case .numericGreaterThan: return value > bound
        case .numericGreaterThanEquals: return value >= bound
        default: return false
        }
    }

    private static func compareDate(_ base: PolicyCondition.Operator.Base, _ value: Double, _ bound: Double) -> Bool {
        switch base {
        case .dateEquals: return value == bound
        case .dateLessThan: return value < bound
        case .dateLessThanEquals: return value <= bound
        case .dateGreaterThan: return value > bound
        case .dateGreaterThanEquals: return value >= bound
        default: return false
        }
    }

    /// Dates in conditions: ISO 8601 or epoch seconds.
    private static func epoch(_ text: String) -> Double? {
        if let seconds = Double(text) { return seconds }
        return SimTime(rfc3339: text).map { Double($0.milliseconds) / 1000 }
    }
}
