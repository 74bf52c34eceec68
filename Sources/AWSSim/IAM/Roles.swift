import JSONValue
import SimCore

/// Roles: CreateRole, GetRole, ListRoles, DeleteRole, UpdateRole, UpdateAssumeRolePolicy and
/// role tags.
extension IAMBackend {
    enum RoleView {
        /// CreateRole's response: no MaxSessionDuration, no RoleLastUsed.
        case created
        /// GetRole's: everything.
        case full
        /// ListRoles': no tags, boundary or last use.
        case listed
    }

    func roleJSON(_ role: IAMRole, view: RoleView) -> JSON {
        var object = JSONObject()
        object["Path"] = .string(role.path)
        object["RoleName"] = .string(role.name)
        object["RoleId"] = .string(role.id)
        object["Arn"] = .string(role.arn)
        object["CreateDate"] = EpochJSON.seconds(role.createDate)
        object["AssumeRolePolicyDocument"] = role.trustPolicy.json
        if let description = role.description { object["Description"] = .string(description) }
        if view != .created { object["MaxSessionDuration"] = .int(role.maxSessionDuration) }
        if view != .listed, let boundary = role.permissionsBoundary {
            object["PermissionsBoundary"] = ["PermissionsBoundaryType": "Policy", "PermissionsBoundaryArn": .string(boundary)]
        }
        if view != .listed, !role.tags.isEmpty { object["Tags"] = .array(role.tags.map(\.json)) }
        if view == .full {
            var lastUsed = JSONObject()
            if let used = role.lastUsed {
                lastUsed["LastUsedDate"] = EpochJSON.seconds(used.date)
                lastUsed["Region"] = .string(used.region)
            }
            object["RoleLastUsed"] = .object(lastUsed)
        }
        return .object(object)
    }

    func role(named name: String) throws(AWSServiceError) -> IAMRole {
        guard let role = roles[name] else { throw AWSServiceError.iamRoleNotFound(name) }
        return role
    }

    func createRole(_ input: JSON) throws(AWSServiceError) -> JSON {
        let name = try required(input, "RoleName")
        try IAMNames.validate(name: name, member: "roleName", maxLength: 64)
        let path = input["Path"].string ?? "/"
        try IAMNames.validate(path: path)
        let maxSession = input["MaxSessionDuration"].int ?? 3600
        try validateMaxSessionDuration(maxSession)
        if let description = input["Description"].string, description.count > 1000 {
            throw AWSServiceError.validation(["Value at 'description' failed to satisfy constraint: Member must have length less than or equal to 1000"])
        }
        let trust = try trustPolicy(try required(input, "AssumeRolePolicyDocument"))
        if existingKey(name, in: roles) != nil {
            throw AWSServiceError.iamAlreadyExists("Role with name \(name) already exists.")
        }
        let boundary = input["PermissionsBoundary"].string
        if let boundary { _ = try attachablePolicy(boundary) }
        let role = IAMRole(
            name: name, id: IAMNames.uniqueID(prefix: "AROA", random: ids()),
            arn: "arn:aws:iam::\(accountID):role\(path)\(name)", path: path, createDate: simulation.now,
            trustPolicy: trust, description: input["Description"].string, maxSessionDuration: maxSession,
            permissionsBoundary: boundary, tags: IAMTag.parse(input["Tags"]), inlinePolicies: [:], attachedPolicies: [],
            lastUsed: nil)
        roles[name] = role
        return ["Role": roleJSON(role, view: .created)]
    }

    func validateMaxSessionDuration(_ seconds: Int) throws(AWSServiceError) {
        if seconds < 3600 {
            throw AWSServiceError.validation(["Value '\(seconds)' at 'maxSessionDuration' failed to satisfy constraint: Member must have value greater than or equal to 3600"])
        }
        if seconds > 43200 {
            throw AWSServiceError.validation(["Value '\(seconds)' at 'maxSessionDuration' failed to satisfy constraint: Member must have value less than or equal to 43200"])
        }
    }

    /// Parses a trust policy and checks its principals exist, as IAM does when it resolves
    /// them to unique IDs.
    func trustPolicy(_ text: String) throws(AWSServiceError) -> PolicyDocument {
        let document = try PolicyDocument.parse(text, kind: .trust)
        for statement in document.statements {
            for (kind, values) in statement.principals ?? [:] {
                for value in values { try checkPrincipal(kind: kind, value: value) }
            }
        }
        return document
    }

    private func checkPrincipal(kind: String, value: String) throws(AWSServiceError) {
        let invalid = AWSServiceError.malformedPolicy("Invalid principal in policy: \"\(kind.uppercased())\":\"\(value)\"")
        switch kind {
        case "Service":
            guard ServicePrincipals.known.contains(value) else { throw invalid }
        case "AWS":
            if value == "*" { return }
            if value.count == 12, value.allSatisfy(\.isNumber) { return }
            guard value.hasPrefix("arn:aws:iam::") else { throw invalid }
            let rest = value.dropFirst("arn:aws:iam::".count)
            guard let colon = rest.firstIndex(of: ":") else { throw invalid }
            let account = String(rest[..<colon])
            let resource = String(rest[rest.index(after: colon)...])
            guard account.count == 12, account.allSatisfy(\.isNumber) else { throw invalid }
            if resource == "root" { return }
            guard account == accountID else { return }
            if resource.hasPrefix("role/"), roles.values.contains(where: { $0.arn == value }) { return }
            if resource.hasPrefix("user/"), users.values.contains(where: { $0.arn == value }) { return }
            throw invalid
        case "Federated", "CanonicalUser":
            return
        default:
            throw AWSServiceError.malformedPolicy("Invalid principal in policy: \"\(kind)\"")
        }
    }

    func getRole(_ input: JSON) throws(AWSServiceError) -> JSON {
        ["Role": roleJSON(try role(named: try required(input, "RoleName")), view: .full)]
    }

    func listRoles(_ input: JSON) throws(AWSServiceError) -> JSON {
        let prefix = input["PathPrefix"].string ?? "/"
        let listed = Self.sortedNames(roles.keys).compactMap { roles[$0] }.filter { $0.path.hasPrefix(prefix) }
        return try IAMPaging.page(listed.map { roleJSON($0, view: .listed) }, key: "Roles", input: input)
    }

    func deleteRole(_ input: JSON) throws(AWSServiceError) -> JSON {
        let role = try role(named: try required(input, "RoleName"))
        if isServiceLinked(role) { throw protectedRole(role) }
        if instanceProfiles.values.contains(where: { $0.roleNames.contains(role.name) }) {
            throw AWSServiceError.iamDeleteConflict("Cannot delete entity, must remove roles from instance profile first.")
        }
        if !role.attachedPolicies.isEmpty {
            throw AWSServiceError.iamDeleteConflict("Cannot delete entity, must detach all policies first.")
        }
        if !role.inlinePolicies.isEmpty {
            throw AWSServiceError.iamDeleteConflict("Cannot delete entity, must delete policies first.")
        }
        roles[role.name] = nil
        return [:]
    }

    func updateRole(_ input: JSON) throws(AWSServiceError) -> JSON {
        var role = try role(named: try required(input, "RoleName"))
        if let seconds = input["MaxSessionDuration"].int {
            try validateMaxSessionDuration(seconds)
            role.maxSessionDuration = seconds
        }
        if let description = input["Description"].string { role.description = description }
        roles[role.name] = role
        return [:]
    }

    func updateRoleDescription(_ input: JSON) throws(AWSServiceError) -> JSON {
        var role = try role(named: try required(input, "RoleName"))
        role.description = try required(input, "Description")
        roles[role.name] = role
        return ["Role": roleJSON(role, view: .full)]
    }

    func updateAssumeRolePolicy(_ input: JSON) throws(AWSServiceError) -> JSON {
        var role = try role(named: try required(input, "RoleName"))
        if isServiceLinked(role) { throw protectedRole(role) }
        role.trustPolicy = try trustPolicy(try required(input, "PolicyDocument"))
        roles[role.name] = role
        return [:]
    }

    func tagRole(_ input: JSON) throws(AWSServiceError) -> JSON {
        var role = try role(named: try required(input, "RoleName"))
        for tag in IAMTag.parse(input["Tags"]) {
            if let index = role.tags.firstIndex(where: { $0.key == tag.key }) {
                role.tags[index] = tag
            } else {
                role.tags.append(tag)
            }
        }
        if role.tags.count > 50 {
            throw AWSServiceError.iamLimitExceeded("The number of tags has reached the maximum limit.")
        }
        roles[role.name] = role
        return [:]
    }

    func untagRole(_ input: JSON) throws(AWSServiceError) -> JSON {
        var role = try role(named: try required(input, "RoleName"))
        let keys = Set((input["TagKeys"].array ?? []).compactMap(\.string))
        role.tags.removeAll { keys.contains($0.key) }
        roles[role.name] = role
        return [:]
    }

    func listRoleTags(_ input: JSON) throws(AWSServiceError) -> JSON {
        let role = try role(named: try required(input, "RoleName"))
        return try IAMPaging.page(role.tags.map(\.json), key: "Tags", input: input)
    }
}
