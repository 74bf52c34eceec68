import JSONValue
import SimCore

/// The evaluator's Swift face for other services and lessons: "may role X do ecr:BatchGetImage
/// on Y?", "may ecs-tasks.amazonaws.com assume role Z?".
extension IAMBackend {
    /// A role by ARN, or by the ARN of a session of it (`arn:aws:sts::…:assumed-role/name/session`).
    public func role(arn: String) -> IAMRole? {
        if let role = roles.values.first(where: { $0.arn == arn }) { return role }
        let assumed = "arn:aws:sts::\(accountID):assumed-role/"
        guard arn.hasPrefix(assumed) else { return nil }
        let name = arn.dropFirst(assumed.count).split(separator: "/").first.map(String.init) ?? ""
        return roles[name]
    }

    /// A role by name.
    public func role(name: String) -> IAMRole? { roles[name] }

    /// The identity policies of a role or user (inline first, then attached managed policies)
    /// and its permissions boundary; nil when no such principal exists.
    public func identityPolicies(principalArn: String) -> (policies: [SourcedPolicy], boundary: SourcedPolicy?)? {
        if let role = role(arn: principalArn) {
            var policies = IAMBackend.sortedNames(role.inlinePolicies.keys).compactMap { name in
                role.inlinePolicies[name].map { SourcedPolicy(id: name, type: "role", document: $0) }
            }
            policies += managedSources(role.attachedPolicies)
            return (policies, role.permissionsBoundary.flatMap { managedSources([$0]).first })
        }
        if let user = users.values.first(where: { $0.arn == principalArn }) {
            var policies = IAMBackend.sortedNames(user.inlinePolicies.keys).compactMap { name in
                user.inlinePolicies[name].map { SourcedPolicy(id: name, type: "user", document: $0) }
            }
            policies += managedSources(user.attachedPolicies)
            return (policies, nil)
        }
        return nil
    }

    private func managedSources(_ arns: [String]) -> [SourcedPolicy] {
        arns.compactMap { arn in
            guard let view = managedPolicy(arn: arn), let document = view.document else { return nil }
            return SourcedPolicy(id: view.name, type: view.isAWSManaged ? "aws-managed" : "user-managed", document: document,
                                 arn: view.arn)
        }
    }

    /// The context keys AWS adds to every request a principal makes.
    func globalContext(principalArn: String) -> [String: [String]] {
        var context: [String: [String]] = [
            "aws:PrincipalArn": [role(arn: principalArn)?.arn ?? principalArn],
            "aws:PrincipalAccount": [accountID],
            "aws:CurrentTime": [simulation.now.rfc3339],
            "aws:EpochTime": [String(simulation.now.seconds)],
            "aws:SecureTransport": ["true"],
        ]
        if let role = role(arn: principalArn) {
            context["aws:PrincipalType"] = ["AssumedRole"]
            context["aws:userid"] = [role.id + ":*"]
        } else if let user = users.values.first(where: { $0.arn == principalArn }) {
            context["aws:PrincipalType"] = ["User"]
            context["aws:username"] = [user.name]
            context["aws:userid"] = [user.id]
        }
        return context
    }

    /// Evaluates `action` on `resource` for a role or user, with its identity policies, its
    /// boundary and an optional resource-based policy (an ECR repository policy, a bucket
    /// policy). An unknown principal is implicitly denied.
    public func evaluate(principalArn: String, action: String, resource: String = "*",
                         context: [String: [String]] = [:], resourcePolicy: PolicyDocument? = nil) -> PolicyEvaluator.Evaluation {
        guard let (policies, boundary) = identityPolicies(principalArn: principalArn) else {
            return PolicyEvaluator.Evaluation(decision: .implicitDeny, matched: [])
        }
        let request = authorizationRequest(principalArn: principalArn, action: action, resource: resource, context: context)
        let identity = PolicyEvaluator.evaluate(request, policies: policies, boundary: boundary)
        guard let resourcePolicy, identity.decision != .explicitDeny else { return identity }
        let principal = PrincipalMatch.aws(arn: role(arn: principalArn)?.arn ?? principalArn, accountID: accountID)
        let viaResource = PolicyEvaluator.evaluate(
            request, policies: [SourcedPolicy(id: "ResourcePolicy", type: "resource", document: resourcePolicy)],
            principal: principal)
        if viaResource.decision == .explicitDeny { return viaResource }
        return identity.decision == .allowed ? identity : viaResource
    }

    /// A request with the context AWS adds to every call of `principalArn` (`aws:RequestedRegion`
    /// from the resource's ARN unless the caller names it), overridden by `context`.
    func authorizationRequest(principalArn: String, action: String, resource: String,
                              context: [String: [String]]) -> AuthorizationRequest {
        var merged = globalContext(principalArn: principalArn)
        for (key, value) in context { merged[key] = value }
        if merged["aws:RequestedRegion"] == nil {
            let parts = resource.split(separator: ":", omittingEmptySubsequences: false)
            if parts.count > 3, !parts[3].isEmpty { merged["aws:RequestedRegion"] = [String(parts[3])] }
        }
        return AuthorizationRequest(action: action, resource: resource, context: merged)
    }

    /// Whether a role or user may perform `action` on `resource`.
    public func isAllowed(principalArn: String, action: String, resource: String = "*",
                          context: [String: [String]] = [:], resourcePolicy: PolicyDocument? = nil) -> Bool {
        evaluate(principalArn: principalArn, action: action, resource: resource, context: context,
                 resourcePolicy: resourcePolicy).decision == .allowed
    }

    /// Whether a role's trust policy lets `principal` assume it (`sts:AssumeRole`), e.g.
    /// `.service("ecs-tasks.amazonaws.com")` for a task or execution role.
    public func trustAllows(roleArn: String, principal: PrincipalMatch, action: String = "sts:AssumeRole",
                            context: [String: [String]] = [:]) -> Bool {
        guard let role = role(arn: roleArn) else { return false }
        let request = AuthorizationRequest(action: action, resource: role.arn, context: context)
        let trust = SourcedPolicy(id: "AssumeRolePolicyDocument", type: "resource", document: role.trustPolicy)
        return PolicyEvaluator.evaluate(request, policies: [trust], principal: principal).decision == .allowed
    }

    /// Records that a role's credentials were used, as GetRole's `RoleLastUsed` shows.
    public func noteRoleUsed(arn: String, region: String) {
        guard var role = role(arn: arn) else { return }
        role.lastUsed = (simulation.now, region)
        roles[role.name] = role
    }
}
