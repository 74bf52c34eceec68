import JSONValue

/// Service-linked roles: roles a service creates for itself the first time it needs one
/// (Auto Scaling's on the first group, ECS's on the first cluster), under
/// `/aws-service-role/<service>/`, which only the service may change.
extension IAMBackend {
    struct ServiceLinkedRoleSpec {
        var service: String
        var roleName: String
        var policyName: String
        var description: String
    }

    static let serviceLinkedRoles: [ServiceLinkedRoleSpec] = [
        ServiceLinkedRoleSpec(service: "autoscaling.amazonaws.com", roleName: "AWSServiceRoleForAutoScaling",
                              policyName: "AutoScalingServiceRolePolicy",
                              description: "Default Service-Linked Role enables access to AWS Services and Resources used or managed by Auto Scaling"),
        ServiceLinkedRoleSpec(service: "ecs.amazonaws.com", roleName: "AWSServiceRoleForECS",
                              policyName: "AmazonECSServiceRolePolicy",
                              description: "Role to enable Amazon ECS to manage your cluster."),
    ]

    /// The service-linked role of `service`, created if the account has none yet.
    @discardableResult
    public func ensureServiceLinkedRole(service: String) -> IAMRole? {
        guard let spec = Self.serviceLinkedRoles.first(where: { $0.service == service }) else { return nil }
        if let existing = roles[spec.roleName] { return existing }
        let path = "/aws-service-role/\(service)/"
        let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":["\#(service)"]},"Action":["sts:AssumeRole"]}]}"#
        guard let document = PolicyDocument.trusted(trust) else { return nil }
        let role = IAMRole(
            name: spec.roleName, id: IAMNames.uniqueID(prefix: "AROA", random: ids()),
            arn: "arn:aws:iam::\(accountID):role\(path)\(spec.roleName)", path: path, createDate: simulation.now,
            trustPolicy: document, description: spec.description, maxSessionDuration: 3600, permissionsBoundary: nil,
            tags: [], inlinePolicies: [:], attachedPolicies: ["arn:aws:iam::aws:policy/aws-service-role/\(spec.policyName)"],
            lastUsed: nil)
        roles[role.name] = role
        return role
    }

    func isServiceLinked(_ role: IAMRole) -> Bool { role.path.hasPrefix("/aws-service-role/") }

    /// What IAM says when someone tries to change a role only its service may change.
    func protectedRole(_ role: IAMRole) -> AWSServiceError {
        AWSServiceError(code: "UnmodifiableEntity",
                        message: "Cannot perform the operation on the protected role '\(role.name)' - this role is only modifiable by AWS",
                        httpStatus: 400)
    }

    func createServiceLinkedRole(_ input: JSON) throws(AWSServiceError) -> JSON {
        let service = try required(input, "AWSServiceName")
        guard let spec = Self.serviceLinkedRoles.first(where: { $0.service == service }) else {
            throw AWSServiceError.iamInvalidInput("Service role name \(service) has not been whitelisted or does not exist.")
        }
        if roles[spec.roleName] != nil {
            throw AWSServiceError.iamInvalidInput("Service role name \(spec.roleName) has been taken in this account, please try a different suffix.")
        }
        guard let role = ensureServiceLinkedRole(service: service) else { return [:] }
        return ["Role": roleJSON(role, view: .created)]
    }
}
