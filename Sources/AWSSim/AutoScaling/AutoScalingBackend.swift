import JSONValue
import SimCore

public final class AutoScalingBackend: AWSService {
    public let serviceName = "autoscaling"
    let context: AWSContext
    let simulation: Simulation
    let ec2: EC2Backend
    var recordServiceCall: ((String, JSON, JSON, AWSServiceError?) -> Void)?

    init(context: AWSContext, simulation: Simulation, ec2: EC2Backend) {
        self.context = context
        self.simulation = simulation
        self.ec2 = ec2
    }

    public func call(_ operation: String, input: JSON) throws(AWSServiceError) -> JSON {
        throw AWSServiceError.notSimulated("autoscaling", operation)
    }
}
