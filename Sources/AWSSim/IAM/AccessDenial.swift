/// Why IAM refused a request, in the terms its access-denied messages use: which type of
/// policy refused, and whether it did so with a `Deny` statement or by allowing nothing.
public enum AccessDenial: Sendable, Equatable {
    /// The policy types whose refusals a same-account call without resource or session
    /// policies can meet.
    public enum PolicyType: Sendable, Equatable {
        case identityBased, permissionsBoundary

        /// `… because no identity-based policy allows …`
        public var name: String {
            switch self {
            case .identityBased: return "identity-based policy"
            case .permissionsBoundary: return "permissions boundary"
            }
        }

        /// `… with an explicit deny in an identity-based policy`
        public var withArticle: String {
            switch self {
            case .identityBased: return "an identity-based policy"
            case .permissionsBoundary: return "a permissions boundary"
            }
        }
    }

    /// No statement of that type allows the action on the resource.
    case implicit(PolicyType)
    /// A `Deny` statement matched; `policyArn` names the managed policy it is in (inline
    /// policies have no ARN to name).
    case explicit(PolicyType, policyArn: String?)
}

extension IAMBackend {
    /// Why `principalArn` may not perform `action` on `resource`, or nil when it may. IAM's
    /// order within one account: an explicit deny anywhere decides first (identity policies
    /// before the boundary); then the identity policies must allow, then the boundary.
    /// Resource-based and session policies take no part: Shipyard has none on these paths.
    public func denial(principalArn: String, action: String, resource: String,
                       context: [String: [String]] = [:]) -> AccessDenial? {
        guard let (policies, boundary) = identityPolicies(principalArn: principalArn) else {
            return .implicit(.identityBased)
        }
        let request = authorizationRequest(principalArn: principalArn, action: action, resource: resource, context: context)
        let identity = PolicyEvaluator.evaluate(request, policies: policies)
        if identity.decision == .explicitDeny {
            let named = identity.matched.first { $0.policy.arn != nil }?.policy.arn
            return .explicit(.identityBased, policyArn: named)
        }
        let bounded = boundary.map { PolicyEvaluator.evaluate(request, policies: [$0]) }
        if let bounded, bounded.decision == .explicitDeny {
            return .explicit(.permissionsBoundary, policyArn: boundary?.arn)
        }
        if identity.decision != .allowed { return .implicit(.identityBased) }
        if let bounded, bounded.decision != .allowed { return .implicit(.permissionsBoundary) }
        return nil
    }
}
