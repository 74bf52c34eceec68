import JSONValue
import SimCore

/// CloudWatch Logs in one region: log groups of streams of timestamped events. ECS's
/// `awslogs` driver writes each container's output here.
public final class LogsBackend: AWSService {
    public let serviceName = "logs"
    let context: AWSContext
    let simulation: Simulation

    public struct Event: Sendable {
        public var timestamp: SimTime
        public var message: String
        public var ingestionTime: SimTime
    }

    /// Group name → stream name → events, in time order.
    public internal(set) var groups: [String: [String: [Event]]] = [:]

    init(context: AWSContext, simulation: Simulation) {
        self.context = context
        self.simulation = simulation
    }

    /// Appends a line to `group`/`stream`, creating the stream (not the group: the awslogs
    /// driver fails without it unless `awslogs-create-group` is set, which the caller decides).
    public func append(group: String, stream: String, timestamp: SimTime, message: String) {
        groups[group, default: [:]][stream, default: []].append(
            Event(timestamp: timestamp, message: message, ingestionTime: simulation.now))
    }

    public func call(_ operation: String, input: JSON) throws(AWSServiceError) -> JSON {
        throw AWSServiceError.notSimulated("logs", operation)
    }
}
