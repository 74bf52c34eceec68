/// ECS's error codes and messages, beside the service that raises them.
extension AWSServiceError {
    static let clusterNotFound = AWSServiceError(code: "ClusterNotFoundException", message: "Cluster not found.")

    static func ecsInvalidParameter(_ message: String) -> AWSServiceError {
        AWSServiceError(code: "InvalidParameterException", message: message)
    }

    static func ecsClient(_ message: String) -> AWSServiceError {
        AWSServiceError(code: "ClientException", message: message)
    }
}
