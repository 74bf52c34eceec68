import JSONValue
import SimCore

/// AWS Identity and Access Management for the account: roles, users, managed and inline
/// policies, instance profiles, and the policy evaluator that answers "may X do Y on Z?".
/// IAM is global, so there is one per account, not per region.
public final class IAMBackend: AWSService {
    public let serviceName = "iam"
    public let accountID: String
    let simulation: Simulation
    var roles: [String: IAMRole] = [:]
    var users: [String: IAMUser] = [:]
    var customerPolicies: [String: IAMManagedPolicy] = [:]
    var instanceProfiles: [String: IAMInstanceProfile] = [:]
    /// The learner's own identity: IAM user `learner` with AdministratorAccess and an access key.
    public let learnerUserName = "learner"
    public let learnerAccessKeyID: String
    public let learnerSecretAccessKey: String

    init(accountID: String, simulation: Simulation) {
        self.accountID = accountID
        self.simulation = simulation
        let ids = simulation.random.stream("iam-ids")
        let keyAlphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        learnerAccessKeyID = "AKIA" + ids.string(length: 16, alphabet: keyAlphabet)
        learnerSecretAccessKey = ids.string(
            length: 40, alphabet: Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))
        let admin = "arn:aws:iam::aws:policy/AdministratorAccess"
        users[learnerUserName] = IAMUser(
            name: learnerUserName, id: IAMNames.uniqueID(prefix: "AIDA", random: ids),
            arn: "arn:aws:iam::\(accountID):user/\(learnerUserName)", path: "/",
            createDate: simulation.now - .hours(24 * 30), tags: [], inlinePolicies: [:], attachedPolicies: [admin])
    }

    public func call(_ operation: String, input: JSON) throws(AWSServiceError) -> JSON {
        switch operation {
        case "CreateRole": return try createRole(input)
        case "GetRole": return try getRole(input)
        case "ListRoles": return try listRoles(input)
        case "DeleteRole": return try deleteRole(input)
        case "UpdateRole": return try updateRole(input)
        case "UpdateRoleDescription": return try updateRoleDescription(input)
        case "UpdateAssumeRolePolicy": return try updateAssumeRolePolicy(input)
        case "TagRole": return try tagRole(input)
        case "UntagRole": return try untagRole(input)
        case "ListRoleTags": return try listRoleTags(input)
        case "PutRolePolicy": return try putRolePolicy(input)
        case "GetRolePolicy": return try getRolePolicy(input)
        case "ListRolePolicies": return try listRolePolicies(input)
        case "DeleteRolePolicy": return try deleteRolePolicy(input)
        case "AttachRolePolicy": return try attachRolePolicy(input)
        case "DetachRolePolicy": return try detachRolePolicy(input)
        case "ListAttachedRolePolicies": return try listAttachedRolePolicies(input)
        case "CreatePolicy": return try createPolicy(input)
        case "GetPolicy": return try getPolicy(input)
        case "GetPolicyVersion": return try getPolicyVersion(input)
        case "ListPolicyVersions": return try listPolicyVersions(input)
        case "CreatePolicyVersion": return try createPolicyVersion(input)
        case "DeletePolicyVersion": return try deletePolicyVersion(input)
        case "ListPolicies": return try listPolicies(input)
        case "DeletePolicy": return try deletePolicy(input)
        case "ListEntitiesForPolicy": return try listEntitiesForPolicy(input)
        case "CreateInstanceProfile": return try createInstanceProfile(input)
        case "GetInstanceProfile": return try getInstanceProfile(input)
        case "ListInstanceProfiles": return try listInstanceProfiles(input)
        case "ListInstanceProfilesForRole": return try listInstanceProfilesForRole(input)
        case "AddRoleToInstanceProfile": return try addRoleToInstanceProfile(input)
        case "RemoveRoleFromInstanceProfile": return try removeRoleFromInstanceProfile(input)
        case "DeleteInstanceProfile": return try deleteInstanceProfile(input)
        case "GetUser": return try getUser(input)
        case "ListUsers": return try listUsers(input)
        case "ListAttachedUserPolicies": return try listAttachedUserPolicies(input)
        case "ListUserPolicies": return try listUserPolicies(input)
        case "SimulatePrincipalPolicy": return try simulatePrincipalPolicy(input)
        case "SimulateCustomPolicy": return try simulateCustomPolicy(input)
        case "CreateServiceLinkedRole": return try createServiceLinkedRole(input)
        default: throw AWSServiceError.notSimulated("iam", operation)
        }
    }

    /// A required string member; botocore checks presence, the service checks length.
    func required(_ input: JSON, _ member: String) throws(AWSServiceError) -> String {
        guard let value = input[member].string else {
            throw AWSServiceError(code: "ValidationError", message: "The request must contain the parameter \(member).")
        }
        return value
    }

    func ids() -> RandomStream { simulation.random.stream("iam-ids") }

    /// Entity names are unique regardless of case (`Web` clashes with `web`).
    func existingKey<T>(_ name: String, in map: [String: T]) -> String? {
        if map[name] != nil { return name }
        let lowered = name.lowercased()
        return map.keys.first { $0.lowercased() == lowered }
    }

    /// Sorted as IAM lists entities: by name, case-insensitively.
    static func sortedNames(_ names: some Collection<String>) -> [String] {
        names.sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
    }
}
