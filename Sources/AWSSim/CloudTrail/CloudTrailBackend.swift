import JSONValue
import SimCore

public final class CloudTrailBackend: AWSService {
    public let serviceName = "cloudtrail"
    let context: AWSContext
    let simulation: Simulation
    unowned let cloud: AWSCloud

    init(context: AWSContext, simulation: Simulation, cloud: AWSCloud) {
        self.context = context
        self.simulation = simulation
        self.cloud = cloud
    }

    public func call(_ operation: String, input: JSON) throws(AWSServiceError) -> JSON {
        throw AWSServiceError.notSimulated("cloudtrail", operation)
    }
}
