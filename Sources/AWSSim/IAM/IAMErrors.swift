/// IAM's error codes and messages, as the service words them.
extension AWSServiceError {
    static func iamNoSuchEntity(_ message: String) -> AWSServiceError {
        AWSServiceError(code: "NoSuchEntity", message: message, httpStatus: 404)
    }

    static func iamRoleNotFound(_ name: String) -> AWSServiceError {
        .iamNoSuchEntity("The role with name \(name) cannot be found.")
    }

    static func iamUserNotFound(_ name: String) -> AWSServiceError {
        .iamNoSuchEntity("The user with name \(name) cannot be found.")
    }

    static func iamInstanceProfileNotFound(_ name: String) -> AWSServiceError {
        .iamNoSuchEntity("Instance Profile \(name) cannot be found.")
    }

    static func iamAlreadyExists(_ message: String) -> AWSServiceError {
        AWSServiceError(code: "EntityAlreadyExists", message: message, httpStatus: 409)
    }

    static func iamDeleteConflict(_ message: String) -> AWSServiceError {
        AWSServiceError(code: "DeleteConflict", message: message, httpStatus: 409)
    }

    static func iamLimitExceeded(_ message: String) -> AWSServiceError {
        AWSServiceError(code: "LimitExceeded", message: message, httpStatus: 409)
    }

    static func iamInvalidInput(_ message: String) -> AWSServiceError {
        AWSServiceError(code: "InvalidInput", message: message, httpStatus: 400)
    }

    static func malformedPolicy(_ message: String) -> AWSServiceError {
        AWSServiceError(code: "MalformedPolicyDocument", message: message, httpStatus: 400)
    }

    /// The AWS query protocol's constraint violation (`1 validation error detected: …`).
    static func validation(_ violations: [String]) -> AWSServiceError {
        let count = violations.count
        let noun = count == 1 ? "error" : "errors"
        return AWSServiceError(code: "ValidationError",
                               message: "\(count) validation \(noun) detected: " + violations.joined(separator: "; "))
    }
}
