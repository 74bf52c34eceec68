import JSONValue

/// Inline role policies: PutRolePolicy, GetRolePolicy, ListRolePolicies, DeleteRolePolicy.
extension IAMBackend {
    func putRolePolicy(_ input: JSON) throws(AWSServiceError) -> JSON {
        var role = try role(named: try required(input, "RoleName"))
        let name = try required(input, "PolicyName")
        try IAMNames.validate(name: name, member: "policyName", maxLength: 128)
        let document = try PolicyDocument.parse(try required(input, "PolicyDocument"), kind: .identity)
        let total = role.inlinePolicies.filter { $0.key != name }.values.reduce(0) { $0 + compactSize($1) } + compactSize(document)
        if total > 10_240 {
            throw AWSServiceError.iamLimitExceeded("Maximum policy size of 10240 bytes exceeded for role \(role.name)")
        }
        role.inlinePolicies[name] = document
        roles[role.name] = role
        return [:]
    }

    /// IAM counts a policy's size without whitespace.
    func compactSize(_ document: PolicyDocument) -> Int {
        document.text.unicodeScalars.filter { !$0.properties.isWhitespace }.count
    }

    func getRolePolicy(_ input: JSON) throws(AWSServiceError) -> JSON {
        let role = try role(named: try required(input, "RoleName"))
        let name = try required(input, "PolicyName")
        guard let document = role.inlinePolicies[name] else {
            throw AWSServiceError.iamNoSuchEntity("The role policy with name \(name) cannot be found.")
        }
        return ["RoleName": .string(role.name), "PolicyName": .string(name), "PolicyDocument": document.json]
    }

    func listRolePolicies(_ input: JSON) throws(AWSServiceError) -> JSON {
        let role = try role(named: try required(input, "RoleName"))
        let names = Self.sortedNames(role.inlinePolicies.keys).map(JSON.string)
        return try IAMPaging.page(names, key: "PolicyNames", input: input)
    }

    func deleteRolePolicy(_ input: JSON) throws(AWSServiceError) -> JSON {
        var role = try role(named: try required(input, "RoleName"))
        let name = try required(input, "PolicyName")
        guard role.inlinePolicies[name] != nil else {
            throw AWSServiceError.iamNoSuchEntity("The role policy with name \(name) cannot be found.")
        }
        role.inlinePolicies[name] = nil
        roles[role.name] = role
        return [:]
    }
}
