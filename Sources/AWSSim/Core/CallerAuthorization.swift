import JSONValue

/// IAM's part of every call: before a service acts, the caller's identity policies (and
/// permissions boundary) must allow the operation's actions on its resources. Role sessions
/// and IAM users are held to this; the learner's own identity is the account's administrator
/// and is not evaluated, and calls services make on the account's behalf never come here.
extension AWSCloud {
    /// Throws the service's access-denied error for the first action and resource the
    /// caller's policies refuse, in the order Resources/operation-permissions.json lists them.
    func authorize(service: String, operation: String, input: JSON, region: String) throws(AWSServiceError) {
        guard isEvaluated(caller), let rules = OperationPermissions.shared.services[service],
            let permissions = rules.operations[operation], !permissions.noPermissionRequired
        else { return }
        let environment = ResourceTemplate.Environment(
            region: region, account: accountID, input: input, idPrefixes: rules.idPrefixes,
            roleArn: { [iam] name in iam.role(name: name)?.arn })
        var context = permissions.conditionContext(in: environment)
        context["aws:RequestedRegion"] = [region]
        for check in permissions.checks(in: environment) {
            for resource in check.resources {
                guard let denial = iam.denial(principalArn: caller.arn, action: check.action, resource: resource,
                                              context: context)
                else { continue }
                let shown = permissions.messageResource?.expand(in: environment).first ?? resource
                throw AccessDenied.error(caller: caller, action: check.action, resource: shown, denial: denial,
                                         operation: operation, service: rules,
                                         random: simulation.random.stream("authorization-failure-messages"))
            }
        }
    }

    /// Whether a caller's calls are authorized against its policies: anyone holding
    /// credentials other than the learner's own.
    private func isEvaluated(_ caller: AWSCaller) -> Bool {
        caller.invokedBy == nil && caller.accessKeyID != iam.learnerAccessKeyID
            && (caller.type == "AssumedRole" || caller.type == "IAMUser")
    }
}
