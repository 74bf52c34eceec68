/// EKS's error codes and messages, as the service words them.
extension AWSServiceError {
    /// HTTP 404: what was named is not there.
    static func eksNotFound(_ message: String) -> AWSServiceError {
        AWSServiceError(code: "ResourceNotFoundException", message: message, httpStatus: 404)
    }

    /// HTTP 409: the name is taken, or something still depends on the resource.
    static func eksInUse(_ message: String) -> AWSServiceError {
        AWSServiceError(code: "ResourceInUseException", message: message, httpStatus: 409)
    }

    static func eksClusterNotFound(_ name: String) -> AWSServiceError { .eksNotFound("No cluster found for name: \(name).") }

    static func eksNodegroupNotFound(_ name: String) -> AWSServiceError { .eksNotFound("No node group found for name: \(name).") }

    static func eksClusterExists(_ name: String) -> AWSServiceError { .eksInUse("Cluster already exists with name: \(name)") }

    static func eksNodegroupExists(_ name: String, cluster: String) -> AWSServiceError {
        .eksInUse("NodeGroup already exists with name \(name) and cluster name \(cluster)")
    }

    static let eksClusterHasNodegroups = AWSServiceError.eksInUse("Cluster has nodegroups attached")
    static let eksClusterHasFargateProfiles = AWSServiceError.eksInUse("Cluster has fargate profiles attached")

    /// A real EKS choice Shipyard does not simulate (another Kubernetes version, another add-on).
    static func eksNotSimulated(_ message: String) -> AWSServiceError {
        AWSServiceError(code: "ShipyardNotSimulated", message: message)
    }

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
