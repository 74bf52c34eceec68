import SimCore

/// The error a service returns when IAM refuses a call, worded as each protocol words it:
///
/// - JSON services (ECS, CloudWatch Logs, CloudTrail): `AccessDeniedException`;
/// - query services (IAM, STS, Auto Scaling): `AccessDenied`;
/// - EC2: `UnauthorizedOperation`, the sentence after `You are not authorized to perform this
///   operation.`, and for calls that change something an encoded authorization failure message
///   (which `sts decode-authorization-message` would decode).
///
/// The sentence is IAM's: `User: ARN is not authorized to perform: ACTION on resource: RESOURCE
/// because no identity-based policy allows the ACTION action`, or `… with an explicit deny in an
/// identity-based policy: POLICY-ARN`. Sources: Resources/README.md beside the permissions table.
enum AccessDenied {
    static func error(caller: AWSCaller, action: String, resource: String, denial: AccessDenial, operation: String,
                      service: OperationPermissions.Service, random: RandomStream) -> AWSServiceError {
        let shownResource = resource == "*" && !service.wildcardResourceInMessage ? nil : resource
        let text = sentence(principal: caller.arn, action: action, resource: shownResource,
                            denial: service.statesReason ? denial : nil)
        switch service.wire {
        case .json:
            return AWSServiceError(code: "AccessDeniedException", message: text, httpStatus: 400)
        case .query:
            return AWSServiceError(code: "AccessDenied", message: text, httpStatus: 403)
        case .ec2:
            var message = "You are not authorized to perform this operation. " + text
            if !service.noEncodedMessageFor.contains(where: { operation.hasPrefix($0) }) {
                message += ". Encoded authorization failure message: " + encodedMessage(for: text, random: random)
            }
            return AWSServiceError(code: "UnauthorizedOperation", message: message, httpStatus: 403)
        }
    }

    /// IAM's sentence; `resource` nil leaves out `on resource:` (services that authorize a
    /// list call against `*` and do not say so), `denial` nil the reason (STS).
    static func sentence(principal: String, action: String, resource: String?, denial: AccessDenial?) -> String {
        var text = "User: \(principal) is not authorized to perform: \(action)"
        if let resource { text += " on resource: \(resource)" }
        switch denial {
        case nil:
            break
        case .implicit(let type):
            text += " because no \(type.name) allows the \(action) action"
        case .explicit(let type, let policyArn):
            text += " with an explicit deny in \(type.withArticle)"
            if let policyArn { text += ": \(policyArn)" }
        }
        return text
    }

    /// An opaque, URL-safe blob as long as an encrypted record of the decision would be.
    /// AWS encrypts the decision context; Shipyard draws the characters from the world's
    /// seed, so replays print the same blob.
    static func encodedMessage(for sentence: String, random: RandomStream) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        let recordLength = 360 + sentence.utf8.count
        return random.string(length: (recordLength + 2) / 3 * 4, alphabet: alphabet)
    }
}
