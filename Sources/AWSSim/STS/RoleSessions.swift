import JSONValue
import SimCore

/// Temporary credentials for a role session, as STS issues them and as the ECS agent serves
/// them to a task (`/v2/credentials/…`).
public struct RoleSession: Sendable {
    public var roleArn: String
    public var sessionName: String
    public var assumedRoleID: String
    public var arn: String
    public var accessKeyID: String
    public var secretAccessKey: String
    public var sessionToken: String
    public var expiration: SimTime
}

extension STSBackend {
    func assumeRole(_ input: JSON) throws(AWSServiceError) -> JSON {
        let caller = currentCaller()
        guard let roleArn = input["RoleArn"].string, let sessionName = input["RoleSessionName"].string else {
            throw AWSServiceError(code: "ValidationError", message: "RoleArn and RoleSessionName are required")
        }
        try validateSessionName(sessionName)
        let denied = AWSServiceError(
            code: "AccessDenied",
            message: "User: \(caller.arn) is not authorized to perform: sts:AssumeRole on resource: \(roleArn)",
            httpStatus: 403)
        guard let role = iam.role(arn: roleArn), role.arn == roleArn else { throw denied }
        let principal = PrincipalMatch.aws(arn: caller.arn, accountID: caller.accountID)
        guard iam.trustAllows(roleArn: roleArn, principal: principal),
            iam.isAllowed(principalArn: caller.arn, action: "sts:AssumeRole", resource: roleArn)
        else { throw denied }
        let duration = input["DurationSeconds"].int ?? 3600
        if duration < 900 {
            throw AWSServiceError(code: "ValidationError", message: "1 validation error detected: Value '\(duration)' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900")
        }
        if duration > role.maxSessionDuration {
            throw AWSServiceError(code: "ValidationError", message: "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.")
        }
        let session = issue(role: role, sessionName: sessionName, duration: .seconds(Int64(duration)))
        iam.noteRoleUsed(arn: role.arn, region: "us-east-1")
        var output = JSONObject()
        output["Credentials"] = credentialsJSON(session)
        output["AssumedRoleUser"] = ["AssumedRoleId": .string(session.assumedRoleID), "Arn": .string(session.arn)]
        return .object(output)
    }

    func validateSessionName(_ name: String) throws(AWSServiceError) {
        let allowed = name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                || "_+=,.@-".unicodeScalars.contains(scalar))
        }
        guard allowed, (2...64).contains(name.count) else {
            throw AWSServiceError(code: "ValidationError", message: "1 validation error detected: Value '\(name)' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*")
        }
    }

    func credentialsJSON(_ session: RoleSession) -> JSON {
        ["AccessKeyId": .string(session.accessKeyID), "SecretAccessKey": .string(session.secretAccessKey),
         "SessionToken": .string(session.sessionToken), "Expiration": EpochJSON.seconds(session.expiration)]
    }

    func issue(role: IAMRole, sessionName: String, duration: SimDuration) -> RoleSession {
        let random = simulation.random.stream("sts-credentials")
        let upper = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        let base64 = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        let session = RoleSession(
            roleArn: role.arn, sessionName: sessionName, assumedRoleID: "\(role.id):\(sessionName)",
            arn: "arn:aws:sts::\(accountID):assumed-role/\(role.name)/\(sessionName)",
            accessKeyID: "ASIA" + random.string(length: 16, alphabet: upper),
            secretAccessKey: random.string(length: 40, alphabet: base64),
            sessionToken: "IQoJb3JpZ2luX2VjE" + random.string(length: 300, alphabet: base64),
            expiration: simulation.now + duration)
        sessions[session.accessKeyID] = session
        return session
    }

    /// Credentials a service obtains for a role on a principal's behalf — ECS for a task role
    /// (`ecs-tasks.amazonaws.com`), EC2 for an instance profile (`ec2.amazonaws.com`) — or
    /// nil when the role does not exist or its trust policy does not trust that service.
    public func credentials(forRole roleArn: String, sessionName: String, service: String,
                            duration: SimDuration = .hours(6)) -> RoleSession? {
        guard let role = iam.role(arn: roleArn), iam.trustAllows(roleArn: roleArn, principal: .service(service))
        else { return nil }
        iam.noteRoleUsed(arn: role.arn, region: "us-east-1")
        return issue(role: role, sessionName: sessionName, duration: duration)
    }
}

extension STSBackend {
    /// Who an access key belongs to: the learner's own key, or a session STS issued (as
    /// `aws sts get-caller-identity` run with exported `AssumeRole` credentials would show).
    /// The shell can set `AWSCloud.caller` from it; nil for keys nobody issued.
    /// Whether STS issued this key (expired or not): a caller presenting it is that session.
    public func issued(accessKeyID key: String) -> Bool { sessions[key] != nil }

    public func caller(forAccessKeyID key: String) -> AWSCaller? {
        if key == iam.learnerAccessKeyID { return iam.learnerCaller }
        guard let session = sessions[key], session.expiration > simulation.now else { return nil }
        return AWSCaller(type: "AssumedRole", principalID: session.assumedRoleID, arn: session.arn, accountID: accountID,
                         accessKeyID: session.accessKeyID, userName: session.sessionName, issuerArn: session.roleArn)
    }
}
