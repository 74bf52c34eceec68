import JSONValue

/// Instance profiles: how EC2 hands a role to an instance (`--iam-instance-profile`).
extension IAMBackend {
    func instanceProfileJSON(_ profile: IAMInstanceProfile) -> JSON {
        var object = JSONObject()
        object["Path"] = .string(profile.path)
        object["InstanceProfileName"] = .string(profile.name)
        object["InstanceProfileId"] = .string(profile.id)
        object["Arn"] = .string(profile.arn)
        object["CreateDate"] = EpochJSON.seconds(profile.createDate)
        object["Roles"] = .array(profile.roleNames.compactMap { roles[$0] }.map { roleJSON($0, view: .listed) })
        if !profile.tags.isEmpty { object["Tags"] = .array(profile.tags.map(\.json)) }
        return .object(object)
    }

    func instanceProfile(named name: String) throws(AWSServiceError) -> IAMInstanceProfile {
        guard let profile = instanceProfiles[name] else { throw AWSServiceError.iamInstanceProfileNotFound(name) }
        return profile
    }

    /// An instance profile by name or ARN, for EC2's `IamInstanceProfile` parameter.
    public func instanceProfile(nameOrARN: String) -> IAMInstanceProfile? {
        if let profile = instanceProfiles[nameOrARN] { return profile }
        return instanceProfiles.values.first { $0.arn == nameOrARN }
    }

    func createInstanceProfile(_ input: JSON) throws(AWSServiceError) -> JSON {
        let name = try required(input, "InstanceProfileName")
        try IAMNames.validate(name: name, member: "instanceProfileName", maxLength: 128)
        let path = input["Path"].string ?? "/"
        try IAMNames.validate(path: path)
        if existingKey(name, in: instanceProfiles) != nil {
            throw AWSServiceError.iamAlreadyExists("Instance Profile \(name) already exists.")
        }
        let profile = IAMInstanceProfile(
            name: name, id: IAMNames.uniqueID(prefix: "AIPA", random: ids()),
            arn: "arn:aws:iam::\(accountID):instance-profile\(path)\(name)", path: path, createDate: simulation.now,
            roleNames: [], tags: IAMTag.parse(input["Tags"]))
        instanceProfiles[name] = profile
        return ["InstanceProfile": instanceProfileJSON(profile)]
    }

    func getInstanceProfile(_ input: JSON) throws(AWSServiceError) -> JSON {
        ["InstanceProfile": instanceProfileJSON(try instanceProfile(named: try required(input, "InstanceProfileName")))]
    }

    func listInstanceProfiles(_ input: JSON) throws(AWSServiceError) -> JSON {
        let prefix = input["PathPrefix"].string ?? "/"
        let profiles = Self.sortedNames(instanceProfiles.keys).compactMap { instanceProfiles[$0] }
            .filter { $0.path.hasPrefix(prefix) }
        return try IAMPaging.page(profiles.map(instanceProfileJSON), key: "InstanceProfiles", input: input)
    }

    func listInstanceProfilesForRole(_ input: JSON) throws(AWSServiceError) -> JSON {
        let role = try role(named: try required(input, "RoleName"))
        let profiles = Self.sortedNames(instanceProfiles.keys).compactMap { instanceProfiles[$0] }
            .filter { $0.roleNames.contains(role.name) }
        return try IAMPaging.page(profiles.map(instanceProfileJSON), key: "InstanceProfiles", input: input)
    }

    func addRoleToInstanceProfile(_ input: JSON) throws(AWSServiceError) -> JSON {
        var profile = try instanceProfile(named: try required(input, "InstanceProfileName"))
        let role = try role(named: try required(input, "RoleName"))
        guard profile.roleNames.isEmpty else {
            throw AWSServiceError.iamLimitExceeded("Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1")
        }
        profile.roleNames = [role.name]
        instanceProfiles[profile.name] = profile
        return [:]
    }

    func removeRoleFromInstanceProfile(_ input: JSON) throws(AWSServiceError) -> JSON {
        var profile = try instanceProfile(named: try required(input, "InstanceProfileName"))
        let roleName = try required(input, "RoleName")
        guard profile.roleNames.contains(roleName) else { throw AWSServiceError.iamRoleNotFound(roleName) }
        profile.roleNames.removeAll { $0 == roleName }
        instanceProfiles[profile.name] = profile
        return [:]
    }

    func deleteInstanceProfile(_ input: JSON) throws(AWSServiceError) -> JSON {
        let profile = try instanceProfile(named: try required(input, "InstanceProfileName"))
        guard profile.roleNames.isEmpty else {
            throw AWSServiceError.iamDeleteConflict("Cannot delete entity, must remove roles from instance profile first.")
        }
        instanceProfiles[profile.name] = nil
        return [:]
    }
}
