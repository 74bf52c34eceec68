import JSONValue
import SimCore

/// AWS Security Token Service: who am I (`GetCallerIdentity`) and temporary credentials for
/// roles (`AssumeRole`). aws-cli v2 calls STS's regional endpoints, so STS calls are recorded
/// in the region they name; the sessions it issues are the account's.
public final class STSBackend: AWSService {
    public let serviceName = "sts"
    let accountID: String
    let simulation: Simulation
    let iam: IAMBackend
    /// Sessions issued, by access key ID.
    public internal(set) var sessions: [String: RoleSession] = [:]
    /// The identity of whoever is calling (the learner unless the shell says otherwise).
    var currentCaller: () -> AWSCaller = { AWSCaller(type: "", principalID: "", arn: "", accountID: "", accessKeyID: "", userName: "") }

    init(accountID: String, simulation: Simulation, iam: IAMBackend) {
        self.accountID = accountID
        self.simulation = simulation
        self.iam = iam
    }

    public func call(_ operation: String, input: JSON) throws(AWSServiceError) -> JSON {
        switch operation {
        case "GetCallerIdentity": return getCallerIdentity()
        case "AssumeRole": return try assumeRole(input)
        case "GetAccessKeyInfo": return try getAccessKeyInfo(input)
        default: throw AWSServiceError.notSimulated("sts", operation)
        }
    }

    func getCallerIdentity() -> JSON {
        let caller = currentCaller()
        return ["UserId": .string(caller.principalID), "Account": .string(caller.accountID), "Arn": .string(caller.arn)]
    }

    func getAccessKeyInfo(_ input: JSON) throws(AWSServiceError) -> JSON {
        guard let key = input["AccessKeyId"].string, key.count >= 16 else {
            throw AWSServiceError(code: "ValidationError", message: "1 validation error detected: Value at 'accessKeyId' failed to satisfy constraint: Member must have length greater than or equal to 16")
        }
        return ["Account": .string(accountID)]
    }
}
