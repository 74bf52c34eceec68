/// EKS's error codes and messages, as the service words them.
extension AWSServiceError {
    static func eksClusterNotFound(_ name: String) -> AWSServiceError {
        AWSServiceError(code: "ResourceNotFoundException", message: "No cluster found for name: \(name).", httpStatus: 404)
    }

    static func eksNodegroupNotFound(_ name: String) -> AWSServiceError {
        AWSServiceError(code: "ResourceNotFoundException", message: "No node group found for name: \(name).", httpStatus: 404)
    }

    static func eksClusterExists(_ name: String) -> AWSServiceError {
        AWSServiceError(code: "ResourceInUseException", message: "Cluster already exists with name: \(name)", httpStatus: 409)
    }

    static func eksNodegroupExists(_ name: String, cluster: String) -> AWSServiceError {
        AWSServiceError(code: "ResourceInUseException",
                        message: "NodeGroup already exists with name \(name) and cluster name \(cluster)", httpStatus: 409)
    }

    static let eksClusterHasNodegroups = AWSServiceError(
        code: "ResourceInUseException", message: "Cluster has nodegroups attached", httpStatus: 409)

    static func eksInvalidParameter(_ message: String) -> AWSServiceError {
        AWSServiceError(code: "InvalidParameterException", message: message)
    }

    static func eksInvalidRequest(_ message: String) -> AWSServiceError {
        AWSServiceError(code: "InvalidRequestException", message: message)
    }

    /// A role EKS (or EC2, for nodes) cannot assume.
    static func eksRoleNotAssumable(_ arn: String) -> AWSServiceError {
        .eksInvalidParameter("Role with arn: \(arn) could not be assumed because it does not exist or the trusted entity is not correct")
    }
}
