import JSONValue
import SimCore

/// A simulated AWS service in one account and region: operation name + JSON input → JSON
/// output or a service error, the same surface the AWS JSON protocols carry.
public protocol AWSService: AnyObject {
    /// The endpoint prefix: `ecs`, `ecr`, `eks`, `ec2`.
    var serviceName: String { get }
    func call(_ operation: String, input: JSON) throws(AWSServiceError) -> JSON
}

/// Where a call is made: the account, region and caller.
public struct AWSContext: Sendable {
    public var accountID: String
    public var region: String

    public func arn(_ service: String, _ resource: String) -> String {
        "arn:aws:\(service):\(region):\(accountID):\(resource)"
    }
}

extension AWSServiceError {
    /// For operations Shipyard does not simulate yet: said plainly, never pretended.
    public static func notSimulated(_ service: String, _ operation: String) -> AWSServiceError {
        AWSServiceError(code: "ShipyardNotSimulated",
                        message: "\(service) \(operation) is not simulated by Shipyard yet", httpStatus: 501)
    }
}
