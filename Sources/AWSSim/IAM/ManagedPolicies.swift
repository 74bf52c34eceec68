import JSONValue
import SimCore

/// Managed policies — AWS's and the account's own — and their attachment to roles.
extension IAMBackend {
    /// A managed policy as the evaluator and the API see it, whoever owns it.
    struct ManagedPolicyView {
        var name: String
        var id: String
        var arn: String
        var path: String
        var description: String?
        var defaultVersionID: String
        var createDate: SimTime
        var updateDate: SimTime
        var document: PolicyDocument?
        var isAWSManaged: Bool
    }

    func managedPolicy(arn: String) -> ManagedPolicyView? {
        if let entry = AWSManagedPolicies.byARN[arn] {
            return ManagedPolicyView(
                name: entry.name, id: entry.policyID, arn: entry.arn, path: entry.path, description: entry.description,
                defaultVersionID: entry.version, createDate: entry.createDate, updateDate: entry.updateDate,
                document: PolicyDocument.trusted(entry.document), isAWSManaged: true)
        }
        if let policy = customerPolicies[arn] {
            return ManagedPolicyView(
                name: policy.name, id: policy.id, arn: policy.arn, path: policy.path, description: policy.description,
                defaultVersionID: policy.defaultVersionID, createDate: policy.createDate, updateDate: policy.updateDate,
                document: policy.defaultDocument, isAWSManaged: false)
        }
        return nil
    }

    func validatePolicyARN(_ arn: String) throws(AWSServiceError) {
        let parts = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "arn", parts[2] == "iam", parts[5].hasPrefix("policy/") else {
            throw AWSServiceError.iamInvalidInput("ARN \(arn) is not valid.")
        }
    }

    func attachablePolicy(_ arn: String) throws(AWSServiceError) -> ManagedPolicyView {
        try validatePolicyARN(arn)
        guard let policy = managedPolicy(arn: arn) else {
            throw AWSServiceError.iamNoSuchEntity("Policy \(arn) does not exist or is not attachable.")
        }
        return policy
    }

    func existingPolicy(_ arn: String) throws(AWSServiceError) -> ManagedPolicyView {
        try validatePolicyARN(arn)
        guard let policy = managedPolicy(arn: arn) else {
            throw AWSServiceError.iamNoSuchEntity("Policy \(arn) was not found.")
        }
        return policy
    }

    func attachmentCount(_ arn: String) -> Int {
        roles.values.filter { $0.attachedPolicies.contains(arn) }.count
            + users.values.filter { $0.attachedPolicies.contains(arn) }.count
    }

    func boundaryUsageCount(_ arn: String) -> Int {
        roles.values.filter { $0.permissionsBoundary == arn }.count
    }

    /// The `Policy` shape; `detailed` adds the description and tags GetPolicy returns.
    func policyJSON(_ policy: ManagedPolicyView, detailed: Bool) -> JSON {
        var object = JSONObject()
        object["PolicyName"] = .string(policy.name)
        object["PolicyId"] = .string(policy.id)
        object["Arn"] = .string(policy.arn)
        object["Path"] = .string(policy.path)
        object["DefaultVersionId"] = .string(policy.defaultVersionID)
        object["AttachmentCount"] = .int(attachmentCount(policy.arn))
        object["PermissionsBoundaryUsageCount"] = .int(boundaryUsageCount(policy.arn))
        object["IsAttachable"] = true
        if detailed, let description = policy.description { object["Description"] = .string(description) }
        object["CreateDate"] = EpochJSON.seconds(policy.createDate)
        object["UpdateDate"] = EpochJSON.seconds(policy.updateDate)
        if detailed, let tags = customerPolicies[policy.arn]?.tags, !tags.isEmpty { object["Tags"] = .array(tags.map(\.json)) }
        return .object(object)
    }

    // MARK: Attachment

    func attachRolePolicy(_ input: JSON) throws(AWSServiceError) -> JSON {
        var role = try role(named: try required(input, "RoleName"))
        if isServiceLinked(role) { throw protectedRole(role) }
        let policy = try attachablePolicy(try required(input, "PolicyArn"))
        guard !role.attachedPolicies.contains(policy.arn) else { return [:] }
        if role.attachedPolicies.count >= 10 {
            throw AWSServiceError.iamLimitExceeded("Cannot exceed quota for PoliciesPerRole: 10")
        }
        role.attachedPolicies.append(policy.arn)
        roles[role.name] = role
        return [:]
    }

    func detachRolePolicy(_ input: JSON) throws(AWSServiceError) -> JSON {
        var role = try role(named: try required(input, "RoleName"))
        if isServiceLinked(role) { throw protectedRole(role) }
        let arn = try required(input, "PolicyArn")
        try validatePolicyARN(arn)
        guard role.attachedPolicies.contains(arn) else {
            throw AWSServiceError.iamNoSuchEntity("Policy \(arn) was not found.")
        }
        role.attachedPolicies.removeAll { $0 == arn }
        roles[role.name] = role
        return [:]
    }

    func attachedPoliciesJSON(_ arns: [String], input: JSON) throws(AWSServiceError) -> JSON {
        let prefix = input["PathPrefix"].string ?? "/"
        let items: [JSON] = arns.compactMap { managedPolicy(arn: $0) }.filter { $0.path.hasPrefix(prefix) }.map {
            ["PolicyName": .string($0.name), "PolicyArn": .string($0.arn)]
        }
        return try IAMPaging.page(items, key: "AttachedPolicies", input: input)
    }

    func listAttachedRolePolicies(_ input: JSON) throws(AWSServiceError) -> JSON {
        let role = try role(named: try required(input, "RoleName"))
        return try attachedPoliciesJSON(role.attachedPolicies, input: input)
    }

    // MARK: Customer managed policies

    func createPolicy(_ input: JSON) throws(AWSServiceError) -> JSON {
        let name = try required(input, "PolicyName")
        try IAMNames.validate(name: name, member: "policyName", maxLength: 128)
        let path = input["Path"].string ?? "/"
        try IAMNames.validate(path: path)
        let document = try PolicyDocument.parse(try required(input, "PolicyDocument"), kind: .identity)
        if compactSize(document) > 6144 {
            throw AWSServiceError.iamLimitExceeded("Cannot exceed quota for PolicySize: 6144")
        }
        let arn = "arn:aws:iam::\(accountID):policy\(path)\(name)"
        if customerPolicies.values.contains(where: { $0.name.lowercased() == name.lowercased() }) {
            throw AWSServiceError.iamAlreadyExists("A policy called \(name) already exists. Duplicate names are not allowed.")
        }
        let policy = IAMManagedPolicy(
            name: name, id: IAMNames.uniqueID(prefix: "ANPA", random: ids()), arn: arn, path: path,
            description: input["Description"].string, createDate: simulation.now, updateDate: simulation.now,
            versions: [.init(id: "v1", document: document, createDate: simulation.now)], defaultVersionID: "v1",
            nextVersion: 2, tags: IAMTag.parse(input["Tags"]))
        customerPolicies[arn] = policy
        guard let view = managedPolicy(arn: arn) else { return [:] }
        var json = policyJSON(view, detailed: false)
        if !policy.tags.isEmpty { json["Tags"] = .array(policy.tags.map(\.json)) }
        return ["Policy": json]
    }

    func getPolicy(_ input: JSON) throws(AWSServiceError) -> JSON {
        ["Policy": policyJSON(try existingPolicy(try required(input, "PolicyArn")), detailed: true)]
    }

    func getPolicyVersion(_ input: JSON) throws(AWSServiceError) -> JSON {
        let arn = try required(input, "PolicyArn")
        let versionID = try required(input, "VersionId")
        let policy = try existingPolicy(arn)
        let notFound = AWSServiceError.iamNoSuchEntity("Policy \(arn) version \(versionID) does not exist or is not attachable.")
        if policy.isAWSManaged {
            guard versionID == policy.defaultVersionID, let document = policy.document else { throw notFound }
            return ["PolicyVersion": versionJSON(id: versionID, document: document, isDefault: true, created: policy.updateDate)]
        }
        guard let customer = customerPolicies[arn], let version = customer.versions.first(where: { $0.id == versionID })
        else { throw notFound }
        return ["PolicyVersion": versionJSON(id: version.id, document: version.document,
                                             isDefault: version.id == customer.defaultVersionID, created: version.createDate)]
    }

    func versionJSON(id: String, document: PolicyDocument?, isDefault: Bool, created: SimTime) -> JSON {
        var object = JSONObject()
        if let document { object["Document"] = document.json }
        object["VersionId"] = .string(id)
        object["IsDefaultVersion"] = .bool(isDefault)
        object["CreateDate"] = EpochJSON.seconds(created)
        return .object(object)
    }

    func listPolicyVersions(_ input: JSON) throws(AWSServiceError) -> JSON {
        let arn = try required(input, "PolicyArn")
        let policy = try existingPolicy(arn)
        let versions: [JSON]
        if let customer = customerPolicies[arn] {
            versions = customer.versions.reversed().map {
                versionJSON(id: $0.id, document: nil, isDefault: $0.id == customer.defaultVersionID, created: $0.createDate)
            }
        } else {
            versions = [versionJSON(id: policy.defaultVersionID, document: nil, isDefault: true, created: policy.updateDate)]
        }
        return try IAMPaging.page(versions, key: "Versions", input: input)
    }

    func createPolicyVersion(_ input: JSON) throws(AWSServiceError) -> JSON {
        let arn = try required(input, "PolicyArn")
        _ = try existingPolicy(arn)
        guard var customer = customerPolicies[arn] else {
            throw AWSServiceError(code: "AccessDenied", message: accessDeniedMessage(action: "iam:CreatePolicyVersion", resource: arn),
                                  httpStatus: 403)
        }
        let document = try PolicyDocument.parse(try required(input, "PolicyDocument"), kind: .identity)
        if customer.versions.count >= 5 {
            throw AWSServiceError.iamLimitExceeded("A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.")
        }
        let version = IAMManagedPolicy.Version(id: "v\(customer.nextVersion)", document: document, createDate: simulation.now)
        customer.nextVersion += 1
        customer.versions.append(version)
        let makeDefault = input["SetAsDefault"].bool ?? false
        if makeDefault { customer.defaultVersionID = version.id }
        customer.updateDate = simulation.now
        customerPolicies[arn] = customer
        return ["PolicyVersion": versionJSON(id: version.id, document: nil, isDefault: makeDefault, created: version.createDate)]
    }

    func deletePolicyVersion(_ input: JSON) throws(AWSServiceError) -> JSON {
        let arn = try required(input, "PolicyArn")
        let versionID = try required(input, "VersionId")
        _ = try existingPolicy(arn)
        guard var customer = customerPolicies[arn], customer.versions.contains(where: { $0.id == versionID }) else {
            throw AWSServiceError.iamNoSuchEntity("Policy \(arn) version \(versionID) does not exist or is not attachable.")
        }
        if versionID == customer.defaultVersionID {
            throw AWSServiceError.iamDeleteConflict("Cannot delete the default version of a policy.")
        }
        customer.versions.removeAll { $0.id == versionID }
        customerPolicies[arn] = customer
        return [:]
    }

    func listPolicies(_ input: JSON) throws(AWSServiceError) -> JSON {
        let scope = input["Scope"].string ?? "All"
        let onlyAttached = input["OnlyAttached"].bool ?? false
        let prefix = input["PathPrefix"].string ?? "/"
        var views: [ManagedPolicyView] = []
        if scope != "Local" { views += AWSManagedPolicies.catalogue.compactMap { managedPolicy(arn: $0.arn) } }
        if scope != "AWS" { views += customerPolicies.keys.compactMap { managedPolicy(arn: $0) } }
        views = views.filter { $0.path.hasPrefix(prefix) && (!onlyAttached || attachmentCount($0.arn) > 0) }
        views.sort { ($0.name.lowercased(), $0.arn) < ($1.name.lowercased(), $1.arn) }
        return try IAMPaging.page(views.map { policyJSON($0, detailed: false) }, key: "Policies", input: input)
    }

    func deletePolicy(_ input: JSON) throws(AWSServiceError) -> JSON {
        let arn = try required(input, "PolicyArn")
        let policy = try existingPolicy(arn)
        guard let customer = customerPolicies[arn], !policy.isAWSManaged else {
            throw AWSServiceError(code: "AccessDenied", message: accessDeniedMessage(action: "iam:DeletePolicy", resource: arn),
                                  httpStatus: 403)
        }
        if attachmentCount(arn) > 0 || boundaryUsageCount(arn) > 0 {
            throw AWSServiceError.iamDeleteConflict("Cannot delete a policy attached to entities.")
        }
        if customer.versions.count > 1 {
            throw AWSServiceError.iamDeleteConflict("This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.")
        }
        customerPolicies[arn] = nil
        return [:]
    }

    func listEntitiesForPolicy(_ input: JSON) throws(AWSServiceError) -> JSON {
        let arn = try required(input, "PolicyArn")
        _ = try existingPolicy(arn)
        let policyRoles: [JSON] = Self.sortedNames(roles.keys).compactMap { roles[$0] }
            .filter { $0.attachedPolicies.contains(arn) }
            .map { ["RoleName": .string($0.name), "RoleId": .string($0.id)] }
        let policyUsers: [JSON] = Self.sortedNames(users.keys).compactMap { users[$0] }
            .filter { $0.attachedPolicies.contains(arn) }
            .map { ["UserName": .string($0.name), "UserId": .string($0.id)] }
        return ["PolicyGroups": [], "PolicyUsers": .array(policyUsers), "PolicyRoles": .array(policyRoles),
                "IsTruncated": false]
    }

    func accessDeniedMessage(action: String, resource: String) -> String {
        "User: \(learnerArn) is not authorized to perform: \(action) on resource: \(resource) because no identity-based policy allows the \(action) action"
    }
}
