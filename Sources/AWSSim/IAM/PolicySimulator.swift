import JSONValue

/// `SimulatePrincipalPolicy` and `SimulateCustomPolicy`: the evaluator behind IAM's policy
/// simulator, one result per action and resource.
extension IAMBackend {
    func simulatePrincipalPolicy(_ input: JSON) throws(AWSServiceError) -> JSON {
        let source = try required(input, "PolicySourceArn")
        guard var (policies, boundary) = identityPolicies(principalArn: source) else {
            if source.contains(":role/") {
                throw AWSServiceError.iamRoleNotFound(String(source.split(separator: "/").last ?? ""))
            }
            if source.contains(":user/") {
                throw AWSServiceError.iamUserNotFound(String(source.split(separator: "/").last ?? ""))
            }
            throw AWSServiceError.iamInvalidInput("Invalid Entity Arn: \(source)")
        }
        policies += try inputPolicies(input["PolicyInputList"], member: "PolicyInputList")
        if let boundaries = input["PermissionsBoundaryPolicyInputList"].array, !boundaries.isEmpty {
            boundary = try inputPolicies(input["PermissionsBoundaryPolicyInputList"],
                                         member: "PermissionsBoundaryPolicyInputList").first
        }
        return try simulate(input, policies: policies, boundary: boundary, context: globalContext(principalArn: source))
    }

    func simulateCustomPolicy(_ input: JSON) throws(AWSServiceError) -> JSON {
        let policies = try inputPolicies(input["PolicyInputList"], member: "PolicyInputList")
        return try simulate(input, policies: policies, boundary: nil, context: [:])
    }

    private func inputPolicies(_ list: JSON, member: String) throws(AWSServiceError) -> [SourcedPolicy] {
        var out: [SourcedPolicy] = []
        for (index, text) in (list.array ?? []).compactMap(\.string).enumerated() {
            let document = try PolicyDocument.parse(text, kind: .identity)
            out.append(SourcedPolicy(id: "\(member).\(index + 1)", type: "none", document: document))
        }
        return out
    }

    private func simulate(_ input: JSON, policies: [SourcedPolicy], boundary: SourcedPolicy?,
                          context base: [String: [String]]) throws(AWSServiceError) -> JSON {
        let actions = (input["ActionNames"].array ?? []).compactMap(\.string)
        let resources = (input["ResourceArns"].array ?? []).compactMap(\.string)
        var context = base
        for entry in input["ContextEntries"].array ?? [] {
            guard let key = entry["ContextKeyName"].string else { continue }
            context[key] = (entry["ContextKeyValues"].array ?? []).compactMap(\.string)
        }
        let resourcePolicy = try input["ResourcePolicy"].string.map { text throws(AWSServiceError) in
            try PolicyDocument.parse(text, kind: .resource)
        }
        var results: [JSON] = []
        for action in actions {
            for resource in resources.isEmpty ? ["*"] : resources {
                let request = AuthorizationRequest(action: action, resource: resource, context: context)
                var evaluation = PolicyEvaluator.evaluate(request, policies: policies, boundary: boundary)
                if let resourcePolicy, evaluation.decision != .explicitDeny {
                    let caller = input["CallerArn"].string ?? input["PolicySourceArn"].string ?? ""
                    let viaResource = PolicyEvaluator.evaluate(
                        request, policies: [SourcedPolicy(id: "ResourcePolicy", type: "resource", document: resourcePolicy)],
                        principal: .aws(arn: caller, accountID: accountID))
                    if viaResource.decision == .explicitDeny || evaluation.decision == .implicitDeny {
                        evaluation = viaResource.decision == .implicitDeny ? evaluation : viaResource
                    }
                }
                results.append(resultJSON(action: action, resource: resource, evaluation: evaluation,
                                          missing: missingContext(request, policies: policies)))
            }
        }
        return try IAMPaging.page(results, key: "EvaluationResults", input: input)
    }

    private func resultJSON(action: String, resource: String, evaluation: PolicyEvaluator.Evaluation,
                            missing: [String]) -> JSON {
        var object = JSONObject()
        object["EvalActionName"] = .string(action)
        object["EvalResourceName"] = .string(resource)
        object["EvalDecision"] = .string(evaluation.decision.rawValue)
        object["MatchedStatements"] = .array(evaluation.matched.map { match in
            let spans = PolicyPositions.statementSpans(match.policy.document.text)
            var statement = JSONObject()
            statement["SourcePolicyId"] = .string(match.policy.id)
            if match.statement.index < spans.count {
                let span = spans[match.statement.index]
                statement["StartPosition"] = ["Line": .int(span.start.line), "Column": .int(span.start.column)]
                statement["EndPosition"] = ["Line": .int(span.end.line), "Column": .int(span.end.column)]
            }
            return .object(statement)
        })
        object["MissingContextValues"] = .array(missing.map(JSON.string))
        return .object(object)
    }

    /// Condition keys that statements covering the request test but the context lacks.
    private func missingContext(_ request: AuthorizationRequest, policies: [SourcedPolicy]) -> [String] {
        var missing: [String] = []
        for policy in policies {
            for statement in policy.document.statements {
                var unconditioned = statement
                unconditioned.conditions = []
                guard PolicyEvaluator.applies(unconditioned, to: request, principal: nil) else { continue }
                for condition in statement.conditions where request.values(for: condition.key) == nil {
                    if !missing.contains(condition.key) { missing.append(condition.key) }
                }
            }
        }
        return missing
    }
}
