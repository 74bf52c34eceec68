/// EC2's error codes and messages, as the service words them.
extension AWSServiceError {
    static func ec2(_ code: String, _ message: String) -> AWSServiceError {
        AWSServiceError(code: code, message: message)
    }

    static func ec2InvalidParameterValue(_ message: String) -> AWSServiceError {
        .ec2("InvalidParameterValue", message)
    }

    static func ec2MissingParameter(_ name: String) -> AWSServiceError {
        .ec2("MissingParameter", "The request must contain the parameter \(name)")
    }

    static func invalidCIDR(_ cidr: String, parameter: String = "cidrBlock") -> AWSServiceError {
        .ec2InvalidParameterValue("Value (\(cidr)) for parameter \(parameter) is invalid. This is not a valid CIDR block.")
    }

    static func vpcNotFound(_ id: String) -> AWSServiceError {
        .ec2("InvalidVpcID.NotFound", "The vpc ID '\(id)' does not exist")
    }

    static func subnetNotFound(_ id: String) -> AWSServiceError {
        .ec2("InvalidSubnetID.NotFound", "The subnet ID '\(id)' does not exist")
    }

    static func securityGroupNotFound(_ id: String) -> AWSServiceError {
        .ec2("InvalidGroup.NotFound", "The security group '\(id)' does not exist")
    }

    static func malformedID(_ kind: String, _ id: String) -> AWSServiceError {
        .ec2("Invalid\(kind).Malformed", "Invalid id: \"\(id)\"")
    }

    static func dependencyViolation(_ message: String) -> AWSServiceError {
        .ec2("DependencyViolation", message)
    }

    /// `The instance ID 'i-1' does not exist` / `The instance IDs 'i-1, i-2' do not exist`.
    static func notFound(code: String, noun: String, ids: [String]) -> AWSServiceError {
        ids.count == 1
            ? .ec2(code, "The \(noun) ID '\(ids[0])' does not exist")
            : .ec2(code, "The \(noun) IDs '\(ids.joined(separator: ", "))' do not exist")
    }
}
