import JSONValue

/// ECS's error codes and messages, beside the service that raises them. Messages are AWS's
/// own wording where it is known from AWS documentation or real responses.
extension AWSServiceError {
    static let clusterNotFound = AWSServiceError(code: "ClusterNotFoundException", message: "Cluster not found.")
    static let serviceNotFound = AWSServiceError(code: "ServiceNotFoundException", message: "Service not found.")
    static let serviceNotActive = AWSServiceError(code: "ServiceNotActiveException", message: "Service was not ACTIVE.")
    static let taskDefinitionNotFound = AWSServiceError(code: "ClientException", message: "TaskDefinition not found.")
    static let taskDefinitionUndescribable = AWSServiceError(
        code: "ClientException", message: "Unable to describe task definition.")

    static func ecsInvalidParameter(_ message: String) -> AWSServiceError {
        AWSServiceError(code: "InvalidParameterException", message: message)
    }

    static func ecsClient(_ message: String) -> AWSServiceError {
        AWSServiceError(code: "ClientException", message: message)
    }

    static func ecsResourceNotFound(_ message: String) -> AWSServiceError {
        AWSServiceError(code: "ResourceNotFoundException", message: message)
    }

    static func ecsResourceInUse(_ message: String) -> AWSServiceError {
        AWSServiceError(code: "ResourceInUseException", message: message)
    }

    static func ecsLimitExceeded(_ message: String) -> AWSServiceError {
        AWSServiceError(code: "LimitExceededException", message: message)
    }

    /// The JSON protocol's answer to a member of the wrong type.
    static func serialization(_ value: JSON, expected: String) -> AWSServiceError {
        let found: String
        switch value {
        case .string: found = "STRING_VALUE"
        case .int, .double: found = "NUMBER_VALUE"
        case .bool: found = "BOOLEAN_VALUE"
        case .array: found = "Start of list"
        case .object: found = "Start of structure or map"
        case .null: found = "NULL_VALUE"
        }
        let message = (found.hasPrefix("Start") ? "\(found) found where not expected"
            : "\(found) can not be converted to \(expected == "Integer" ? "an" : "a") \(expected)")
        return AWSServiceError(code: "SerializationException", message: message)
    }
}
