import JSONValue
import SimCore

/// The account's resource policies for CloudWatch Logs: what lets AWS services write to its
/// log groups. EventBridge delivers to a log group only when one lets `events.amazonaws.com`
/// create streams and put events there (the console adds such a policy by itself; with the
/// CLI it is `aws logs put-resource-policy`).
extension LogsBackend {
    struct ResourcePolicy {
        var name: String
        var document: String
        var lastUpdated: SimTime
    }

    func putResourcePolicy(_ input: JSON) throws(AWSServiceError) -> JSON {
        guard let name = input["policyName"].string, let document = input["policyDocument"].string else {
            throw AWSServiceError(code: "InvalidParameterException",
                                  message: "policyName and policyDocument are required for an account-level policy")
        }
        let policy = ResourcePolicy(name: name, document: document, lastUpdated: simulation.now)
        if let index = resourcePolicies.firstIndex(where: { $0.name == name }) {
            resourcePolicies[index] = policy
        } else {
            resourcePolicies.append(policy)
        }
        return ["resourcePolicy": Self.json(policy)]
    }

    func describeResourcePolicies(_ input: JSON) -> JSON {
        ["resourcePolicies": .array(resourcePolicies.map(Self.json))]
    }

    func deleteResourcePolicy(_ input: JSON) throws(AWSServiceError) -> JSON {
        let name = input["policyName"].string ?? ""
        guard let index = resourcePolicies.firstIndex(where: { $0.name == name }) else {
            throw AWSServiceError(code: "ResourceNotFoundException", message: "Policy with name [\(name)] does not exist")
        }
        resourcePolicies.remove(at: index)
        return [:]
    }

    static func json(_ policy: ResourcePolicy) -> JSON {
        ["policyName": .string(policy.name), "policyDocument": .string(policy.document),
         "lastUpdatedTime": .int(Int(policy.lastUpdated.milliseconds))]
    }

    /// Whether the resource policies let `service` (`events.amazonaws.com`) create a stream in
    /// `group` and put events in it: some statement allows both, and none denies either.
    public func allowsDelivery(by service: String, to group: String) -> Bool {
        let streamARN = groupARN(group) + ":log-stream:*"
        let actions = ["logs:CreateLogStream", "logs:PutLogEvents"]
        var allowed = Set<String>()
        for policy in resourcePolicies {
            guard let document = try? JSONParser.parse(policy.document) else { continue }
            let statements = document["Statement"].array ?? [document["Statement"]]
            for statement in statements {
                let principals = Self.strings(statement["Principal"]["Service"]) + Self.strings(statement["Principal"])
                guard principals.contains(service) || principals.contains("*"),
                    Self.strings(statement["Resource"]).contains(where: {
                        Wildcard.matches($0, streamARN, caseInsensitive: false)
                            || Wildcard.matches($0, groupARN(group) + ":*", caseInsensitive: false)
                    })
                else { continue }
                let granted = actions.filter { action in
                    Self.strings(statement["Action"]).contains { Wildcard.matches($0, action, caseInsensitive: true) }
                }
                if statement["Effect"].string == "Deny", !granted.isEmpty { return false }
                if statement["Effect"].string == "Allow" { allowed.formUnion(granted) }
            }
        }
        return allowed.count == actions.count
    }

    private static func strings(_ value: JSON) -> [String] { value.string.map { [$0] } ?? (value.array ?? []).compactMap(\.string) }
}
