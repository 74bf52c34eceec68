import JSONValue

/// The result of evaluating a request against a set of policies, named as IAM's policy
/// simulator names its decisions.
public enum PolicyDecision: String, Sendable {
    case allowed, explicitDeny, implicitDeny
}

/// A request to authorize: an action on a resource, with its context keys (`aws:SourceArn`,
/// `ecs:cluster`, …). Key names compare case-insensitively, as IAM's do.
public struct AuthorizationRequest: Sendable {
    public var action: String
    public var resource: String
    public var context: [String: [String]]

    public init(action: String, resource: String = "*", context: [String: [String]] = [:]) {
        self.action = action
        self.resource = resource
        var lowered: [String: [String]] = [:]
        for (key, value) in context { lowered[key.lowercased()] = value }
        self.context = lowered
    }

    func values(for key: String) -> [String]? { context[key.lowercased()] }
}

/// A policy that takes part in an evaluation, with where it came from.
public struct SourcedPolicy: Sendable {
    public var id: String
    /// `role`, `user` (inline), `aws-managed`, `user-managed`, `resource`.
    public var type: String
    public var document: PolicyDocument
    /// A managed policy's ARN (what access-denied messages name); inline policies have none.
    public var arn: String?

    public init(id: String, type: String, document: PolicyDocument, arn: String? = nil) {
        self.id = id
        self.type = type
        self.document = document
        self.arn = arn
    }
}

/// IAM's evaluation logic within one account: an explicit deny in any policy wins; otherwise
/// an allow in any identity or resource policy allows; otherwise the request is implicitly
/// denied. A permissions boundary, when set, must allow as well.
public enum PolicyEvaluator {
    public struct Evaluation: Sendable {
        public var decision: PolicyDecision
        /// The statements that decided: the denying ones for a deny, the allowing ones otherwise.
        public var matched: [(policy: SourcedPolicy, statement: PolicyStatement)]
    }

    public static func evaluate(_ request: AuthorizationRequest, policies: [SourcedPolicy],
                                boundary: SourcedPolicy? = nil, principal: PrincipalMatch? = nil) -> Evaluation {
        var allows: [(SourcedPolicy, PolicyStatement)] = []
        var denies: [(SourcedPolicy, PolicyStatement)] = []
        for policy in policies {
            for statement in policy.document.statements where applies(statement, to: request, principal: principal) {
                if statement.effect == .deny { denies.append((policy, statement)) } else { allows.append((policy, statement)) }
            }
        }
        if !denies.isEmpty { return Evaluation(decision: .explicitDeny, matched: denies) }
        if let boundary {
            let bounded = evaluate(request, policies: [boundary])
            if bounded.decision != .allowed { return Evaluation(decision: bounded.decision, matched: bounded.matched) }
        }
        return Evaluation(decision: allows.isEmpty ? .implicitDeny : .allowed, matched: allows)
    }

    /// Whether a statement covers the request (its effect aside).
    static func applies(_ statement: PolicyStatement, to request: AuthorizationRequest, principal: PrincipalMatch?) -> Bool {
        if let actions = statement.actions {
            guard actions.contains(where: { Wildcard.matches($0, request.action, caseInsensitive: true) }) else { return false }
        } else if let notActions = statement.notActions {
            guard !notActions.contains(where: { Wildcard.matches($0, request.action, caseInsensitive: true) }) else { return false }
        }
        if let resources = statement.resources {
            guard resources.contains(where: { resourceMatches($0, request) }) else { return false }
        } else if let notResources = statement.notResources {
            guard !notResources.contains(where: { resourceMatches($0, request) }) else { return false }
        }
        if let principal {
            if let principals = statement.principals {
                guard principal.isMatched(by: principals) else { return false }
            } else if let notPrincipals = statement.notPrincipals {
                guard !principal.isMatched(by: notPrincipals) else { return false }
            }
        }
        return statement.conditions.allSatisfy { ConditionEvaluator.holds($0, in: request) }
    }

    private static func resourceMatches(_ pattern: String, _ request: AuthorizationRequest) -> Bool {
        Wildcard.matches(substituteVariables(pattern, request), request.resource, caseInsensitive: false)
    }

    /// Replaces policy variables (`${aws:username}`) with their values from the request
    /// context; an unknown variable leaves a pattern that matches nothing real.
    static func substituteVariables(_ text: String, _ request: AuthorizationRequest) -> String {
        guard text.contains("${") else { return text }
        var out = ""
        var rest = Substring(text)
        while let start = rest.firstRange(of: "${") {
            out += rest[..<start.lowerBound]
            let afterStart = rest[start.upperBound...]
            guard let end = afterStart.firstIndex(of: "}") else {
                out += rest[start.lowerBound...]
                return out
            }
            let name = String(afterStart[..<end])
            switch name {
            case "*", "?", "$": out += name
            default: out += request.values(for: name)?.first ?? "\u{0}undefined:\(name)"
            }
            rest = afterStart[afterStart.index(after: end)...]
        }
        return out + rest
    }
}

/// Who is asking, for statements with `Principal` (trust and resource policies).
public struct PrincipalMatch: Sendable {
    /// `AWS` ARNs (and the account), `Service` names, `Federated` providers.
    public var aws: [String]
    public var service: String?
    public var federated: String?
    public var accountID: String?

    public static func service(_ name: String) -> PrincipalMatch {
        PrincipalMatch(aws: [], service: name, federated: nil, accountID: nil)
    }

    public static func aws(arn: String, accountID: String) -> PrincipalMatch {
        PrincipalMatch(aws: [arn], service: nil, federated: nil, accountID: accountID)
    }

    func isMatched(by principals: [String: [String]]) -> Bool {
        for (kind, values) in principals {
            switch kind {
            case "AWS":
                for value in values {
                    if value == "*" && service == nil { return true }
                    if aws.contains(value) { return true }
                    if let accountID, value == accountID || value == "arn:aws:iam::\(accountID):root" { return true }
                }
            case "Service":
                if let service, values.contains(service) { return true }
            case "Federated":
                if let federated, values.contains(federated) { return true }
            default:
                continue
            }
        }
        return false
    }
}

/// IAM's wildcard matching: `*` any run of characters, `?` any one character.
enum Wildcard {
    static func matches(_ pattern: String, _ text: String, caseInsensitive: Bool) -> Bool {
        let p = Array((caseInsensitive ? pattern.lowercased() : pattern).unicodeScalars)
        let t = Array((caseInsensitive ? text.lowercased() : text).unicodeScalars)
        var pi = 0, ti = 0
        var star = -1, mark = 0
        while ti < t.count {
            if pi < p.count && (p[pi] == "?" || p[pi] == t[ti]) {
                pi += 1
                ti += 1
            } else if pi < p.count && p[pi] == "*" {
                star = pi
                mark = ti
                pi += 1
            } else if star >= 0 {
                pi = star + 1
                mark += 1
                ti = mark
            } else {
                return false
            }
        }
        while pi < p.count && p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}
