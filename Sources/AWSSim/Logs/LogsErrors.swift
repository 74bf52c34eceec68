/// CloudWatch Logs' error codes and messages.
extension AWSServiceError {
    static let logGroupNotFound = AWSServiceError(code: "ResourceNotFoundException",
                                                  message: "The specified log group does not exist.")
    static let logStreamNotFound = AWSServiceError(code: "ResourceNotFoundException",
                                                   message: "The specified log stream does not exist.")

    static func logsInvalidParameter(_ message: String) -> AWSServiceError {
        AWSServiceError(code: "InvalidParameterException", message: message)
    }

    /// The JSON protocol's constraint violation, as CloudWatch Logs words it.
    static func logsConstraint(_ value: String, member: String, _ constraint: String) -> AWSServiceError {
        .logsInvalidParameter("1 validation error detected: Value '\(value)' at '\(member)' failed to satisfy constraint: \(constraint)")
    }
}

/// Log group and stream naming rules.
enum LogNames {
    static func validateGroup(_ name: String) throws(AWSServiceError) {
        let allowed = name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-/#".contains($0)) }
        if name.isEmpty || name.count > 512 || !allowed {
            throw AWSServiceError.logsConstraint(name, member: "logGroupName",
                                                 "Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+")
        }
    }

    static func validateStream(_ name: String) throws(AWSServiceError) {
        if name.isEmpty || name.count > 512 || name.contains(":") || name.contains("*") {
            throw AWSServiceError.logsConstraint(name, member: "logStreamName",
                                                 "Member must satisfy regular expression pattern: [^:*]*")
        }
    }
}
