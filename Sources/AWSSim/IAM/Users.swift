import JSONValue

/// Users: the learner's own IAM user (`get-user`, `list-users`) and its policies.
extension IAMBackend {
    var learnerArn: String { "arn:aws:iam::\(accountID):user/\(learnerUserName)" }

    /// How CloudTrail and STS describe the learner.
    public var learnerCaller: AWSCaller {
        AWSCaller(type: "IAMUser", principalID: users[learnerUserName]?.id ?? "", arn: learnerArn, accountID: accountID,
                  accessKeyID: learnerAccessKeyID, userName: learnerUserName)
    }

    /// Auto Scaling acting through its service-linked role.
    var autoScalingServiceCaller: AWSCaller {
        AWSCaller(type: "AssumedRole", principalID: "AROA" + String(repeating: "X", count: 17) + ":AutoScaling",
                  arn: "arn:aws:sts::\(accountID):assumed-role/AWSServiceRoleForAutoScaling/AutoScaling",
                  accountID: accountID, accessKeyID: "", userName: "AutoScaling", invokedBy: "autoscaling.amazonaws.com",
                  issuerArn: "arn:aws:iam::\(accountID):role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling")
    }

    func userJSON(_ user: IAMUser) -> JSON {
        var object = JSONObject()
        object["Path"] = .string(user.path)
        object["UserName"] = .string(user.name)
        object["UserId"] = .string(user.id)
        object["Arn"] = .string(user.arn)
        object["CreateDate"] = EpochJSON.seconds(user.createDate)
        if !user.tags.isEmpty { object["Tags"] = .array(user.tags.map(\.json)) }
        return .object(object)
    }

    func user(named name: String) throws(AWSServiceError) -> IAMUser {
        guard let user = users[name] else { throw AWSServiceError.iamUserNotFound(name) }
        return user
    }

    /// Without a name, GetUser describes the caller.
    func getUser(_ input: JSON) throws(AWSServiceError) -> JSON {
        ["User": userJSON(try user(named: input["UserName"].string ?? learnerUserName))]
    }

    func listUsers(_ input: JSON) throws(AWSServiceError) -> JSON {
        let prefix = input["PathPrefix"].string ?? "/"
        let listed = Self.sortedNames(users.keys).compactMap { users[$0] }.filter { $0.path.hasPrefix(prefix) }
        return try IAMPaging.page(listed.map(userJSON), key: "Users", input: input)
    }

    func listAttachedUserPolicies(_ input: JSON) throws(AWSServiceError) -> JSON {
        let user = try user(named: try required(input, "UserName"))
        return try attachedPoliciesJSON(user.attachedPolicies, input: input)
    }

    func listUserPolicies(_ input: JSON) throws(AWSServiceError) -> JSON {
        let user = try user(named: try required(input, "UserName"))
        return try IAMPaging.page(Self.sortedNames(user.inlinePolicies.keys).map(JSON.string), key: "PolicyNames",
                                  input: input)
    }
}
