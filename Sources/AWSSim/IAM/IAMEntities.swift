import JSONValue
import SimCore

/// A tag on an IAM entity.
struct IAMTag: Sendable {
    var key: String
    var value: String

    var json: JSON { ["Key": .string(key), "Value": .string(value)] }

    static func parse(_ input: JSON) -> [IAMTag] {
        (input.array ?? []).compactMap { tag in
            guard let key = tag["Key"].string else { return nil }
            return IAMTag(key: key, value: tag["Value"].string ?? "")
        }
    }
}

/// An IAM role: who may assume it (its trust policy) and what it may do (inline and attached
/// managed policies).
public struct IAMRole: Sendable {
    public var name: String
    public var id: String
    public var arn: String
    public var path: String
    public var createDate: SimTime
    public var trustPolicy: PolicyDocument
    public var description: String?
    public var maxSessionDuration: Int
    public var permissionsBoundary: String?
    var tags: [IAMTag]
    /// Inline policies by name.
    public var inlinePolicies: [String: PolicyDocument]
    /// Attached managed policy ARNs, in attachment order.
    public var attachedPolicies: [String]
    public var lastUsed: (date: SimTime, region: String)?
}

/// An IAM user (the learner is one).
public struct IAMUser: Sendable {
    public var name: String
    public var id: String
    public var arn: String
    public var path: String
    public var createDate: SimTime
    var tags: [IAMTag]
    public var inlinePolicies: [String: PolicyDocument]
    public var attachedPolicies: [String]
}

/// A customer managed policy with its versions (AWS managed ones live in the catalogue).
struct IAMManagedPolicy: Sendable {
    struct Version: Sendable {
        var id: String
        var document: PolicyDocument
        var createDate: SimTime
    }

    var name: String
    var id: String
    var arn: String
    var path: String
    var description: String?
    var createDate: SimTime
    var updateDate: SimTime
    var versions: [Version]
    var defaultVersionID: String
    var nextVersion: Int
    var tags: [IAMTag]

    var defaultDocument: PolicyDocument? { versions.first { $0.id == defaultVersionID }?.document }
}

/// An instance profile: the container EC2 uses to hand a role to an instance.
public struct IAMInstanceProfile: Sendable {
    public var name: String
    public var id: String
    public var arn: String
    public var path: String
    public var createDate: SimTime
    /// At most one role (IAM's quota of roles per instance profile).
    public var roleNames: [String]
    var tags: [IAMTag]
}
