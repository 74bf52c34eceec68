import JSONValue

/// IAM's grammar checks for policy documents, in the order IAM applies them, each failure
/// with the message IAM gives (`MalformedPolicyDocument`).
enum PolicyGrammar {
    static let topLevelKeys: Set<String> = ["Version", "Id", "Statement"]
    static let statementKeys: Set<String> = [
        "Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Principal", "NotPrincipal", "Condition",
    ]
    static let syntax = AWSServiceError.malformedPolicy("Syntax errors in policy.")

    /// The statements of a document, or IAM's syntax error.
    static func statements(of object: JSONObject, kind: PolicyDocument.Kind) throws(AWSServiceError) -> [PolicyStatement] {
        for key in object.keys where !topLevelKeys.contains(key) { throw syntax }
        if let version = object["Version"], version.string == nil { throw syntax }
        if let id = object["Id"], id.string == nil { throw syntax }
        let raw: [JSON]
        switch object["Statement"] {
        case .object(let single)?: raw = [.object(single)]
        case .array(let list)?: raw = list
        default: throw syntax
        }
        if raw.isEmpty {
            throw kind == .trust ? .malformedPolicy("Could not parse the policy: Statement is empty!") : syntax
        }
        var statements: [PolicyStatement] = []
        for (index, element) in raw.enumerated() {
            guard let statement = element.object else { throw syntax }
            statements.append(try parseStatement(statement, index: index, kind: kind))
        }
        return statements
    }

    private static func parseStatement(_ object: JSONObject, index: Int, kind: PolicyDocument.Kind) throws(AWSServiceError) -> PolicyStatement {
        for key in object.keys where !statementKeys.contains(key) { throw syntax }
        if object["Action"] != nil && object["NotAction"] != nil { throw syntax }
        if object["Resource"] != nil && object["NotResource"] != nil { throw syntax }
        if let sid = object["Sid"], sid.string == nil { throw syntax }
        guard let effectValue = object["Effect"] else {
            throw kind == .trust ? .malformedPolicy("Missing required field Effect") : syntax
        }
        guard let effectText = effectValue.string, let effect = PolicyStatement.Effect(rawValue: effectText) else {
            throw syntax
        }
        let conditions = try parseConditions(object["Condition"])
        return PolicyStatement(
            sid: object["Sid"]?.string, effect: effect,
            actions: try strings(object["Action"]), notActions: try strings(object["NotAction"]),
            resources: try strings(object["Resource"]), notResources: try strings(object["NotResource"]),
            principals: try principals(object["Principal"]), notPrincipals: try principals(object["NotPrincipal"]),
            conditions: conditions, index: index)
    }

    /// A string or a list of strings.
    private static func strings(_ value: JSON?) throws(AWSServiceError) -> [String]? {
        switch value {
        case nil: return nil
        case .string(let s)?: return [s]
        case .array(let items)?:
            var out: [String] = []
            for item in items {
                guard let s = item.string else { throw syntax }
                out.append(s)
            }
            return out
        default: throw syntax
        }
    }

    private static func principals(_ value: JSON?) throws(AWSServiceError) -> [String: [String]]? {
        switch value {
        case nil: return nil
        case .string(let s)?:
            guard s == "*" else { throw AWSServiceError.malformedPolicy("Invalid principal in policy: \"\(s)\"") }
            return ["AWS": ["*"]]
        case .object(let object)?:
            var out: [String: [String]] = [:]
            for (key, entry) in object.pairs {
                guard let list = try strings(entry) else { throw syntax }
                out[key] = list
            }
            return out
        default: throw syntax
        }
    }

    private static func parseConditions(_ value: JSON?) throws(AWSServiceError) -> [PolicyCondition] {
        guard let value else { return [] }
        guard let block = value.object else { throw syntax }
        var conditions: [PolicyCondition] = []
        for (operatorName, entries) in block.pairs {
            guard let op = PolicyCondition.Operator(operatorName), let keys = entries.object else { throw syntax }
            for (key, values) in keys.pairs {
                let list: [String]
                switch values {
                case .string(let s): list = [s]
                case .bool(let b): list = [b ? "true" : "false"]
                case .int(let i): list = [String(i)]
                case .double(let d): list = [String(d)]
                case .array(let items):
                    var out: [String] = []
                    for item in items {
                        switch item {
                        case .string(let s): out.append(s)
                        case .bool(let b): out.append(b ? "true" : "false")
                        case .int(let i): out.append(String(i))
                        default: throw syntax
                        }
                    }
                    list = out
                default: throw syntax
                }
                conditions.append(PolicyCondition(op: op, key: key, values: list))
            }
        }
        return conditions
    }

    // MARK: Identity policies

    static func validateIdentity(_ document: PolicyDocument) throws(AWSServiceError) {
        let version = document.json["Version"].string
        if let version, version != "2012-10-17" && version != "2008-10-17" { throw syntax }
        if version != "2012-10-17" {
            throw AWSServiceError.malformedPolicy("Policy document must be version 2012-10-17 or greater.")
        }
        var sids: Set<String> = []
        for statement in document.statements {
            if statement.principals != nil || statement.notPrincipals != nil {
                throw AWSServiceError.malformedPolicy("Policy document should not specify a principal.")
            }
            if let sid = statement.sid, !sid.isEmpty {
                if sids.contains(sid) {
                    throw AWSServiceError.malformedPolicy("Statement IDs (SID) in a single policy must be unique.")
                }
                sids.insert(sid)
            }
        }
        for statement in document.statements where (statement.actions ?? statement.notActions ?? []).isEmpty {
            _ = statement
            throw AWSServiceError.malformedPolicy("Policy statement must contain actions.")
        }
        for statement in document.statements {
            let resources = statement.resources ?? statement.notResources ?? []
            if resources.isEmpty { throw AWSServiceError.malformedPolicy("Policy statement must contain resources.") }
            for resource in resources { try validateResource(resource) }
        }
        for statement in document.statements {
            for action in statement.actions ?? statement.notActions ?? [] { try validateAction(action) }
        }
    }

    static func validateResource(_ resource: String) throws(AWSServiceError) {
        if resource == "*" { return }
        guard resource.hasPrefix("arn:") else {
            throw AWSServiceError.malformedPolicy("Resource \(resource) must be in ARN format or \"*\".")
        }
        let parts = resource.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        if parts.count < 3 {
            throw AWSServiceError.malformedPolicy("Resource vendor must be fully qualified and cannot contain regexes.")
        }
        if parts.count < 6 { throw AWSServiceError.malformedPolicy("The policy failed legacy parsing") }
        let partition = String(parts[1])
        if !["aws", "aws-cn", "aws-us-gov", "*"].contains(partition) {
            throw AWSServiceError.malformedPolicy("Partition \"\(partition)\" is not valid for resource \"\(resource)\".")
        }
    }

    static func validateAction(_ action: String) throws(AWSServiceError) {
        if action == "*" { return }
        let parts = action.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count < 2 {
            throw AWSServiceError.malformedPolicy("Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.")
        }
        if parts.count > 2 { throw AWSServiceError.malformedPolicy("Actions/Condition can contain only one colon.") }
        let vendor = parts[0]
        let valid = !vendor.isEmpty && vendor.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        if !valid { throw AWSServiceError.malformedPolicy("Vendor \(vendor) is not valid") }
    }

    // MARK: Trust policies

    static let stsTrustActions: Set<String> = [
        "sts:assumerole", "sts:assumerolewithsaml", "sts:assumerolewithwebidentity", "sts:tagsession",
        "sts:setsourceidentity", "sts:setcontext", "sts:*",
    ]

    static func validateTrust(_ document: PolicyDocument) throws(AWSServiceError) {
        if let version = document.json["Version"].string, version != "2012-10-17" && version != "2008-10-17" {
            throw syntax
        }
        for statement in document.statements {
            if statement.notPrincipals != nil {
                throw AWSServiceError.malformedPolicy(statement.effect == .allow
                    ? "Allow with NotPrincipal is not allowed." : "AssumeRole policy must not contain NotPrincipal field.")
            }
            guard let principals = statement.principals else {
                throw AWSServiceError.malformedPolicy("Missing required field Principal")
            }
            if principals.isEmpty {
                throw AWSServiceError.malformedPolicy("Missing required field Principal cannot be empty!")
            }
            let actions = statement.actions ?? statement.notActions ?? []
            if actions.isEmpty { throw AWSServiceError.malformedPolicy("Missing required field Action") }
            for action in actions where !stsTrustActions.contains(action.lowercased()) {
                throw AWSServiceError.malformedPolicy("AssumeRole policy may only specify STS AssumeRole actions.")
            }
            if statement.resources != nil { throw AWSServiceError.malformedPolicy("Has prohibited field Resource") }
            if statement.notResources != nil {
                throw AWSServiceError.malformedPolicy("AssumeRole policy must not contain resources.")
            }
        }
    }
}
