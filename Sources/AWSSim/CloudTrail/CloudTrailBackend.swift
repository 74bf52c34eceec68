import JSONValue
import SimCore

/// AWS CloudTrail event history in one region: `LookupEvents` over the management events of
/// every API call Shipyard served — the learner's and those services made on the account's
/// behalf. As in AWS, an event shows up some minutes after its call, and global services'
/// events (IAM) appear in us-east-1.
public final class CloudTrailBackend: AWSService {
    public let serviceName = "cloudtrail"
    let context: AWSContext
    let simulation: Simulation
    unowned let cloud: AWSCloud
    /// Calls that are data events, not management events: event history never shows them.
    static let dataEvents: Set<String> = ["logs:PutLogEvents", "logs:GetLogEvents", "logs:FilterLogEvents"]

    init(context: AWSContext, simulation: Simulation, cloud: AWSCloud) {
        self.context = context
        self.simulation = simulation
        self.cloud = cloud
    }

    public func call(_ operation: String, input: JSON) throws(AWSServiceError) -> JSON {
        switch operation {
        case "LookupEvents": return try lookupEvents(input)
        default: throw AWSServiceError.notSimulated("cloudtrail", operation)
        }
    }

    /// How long after a call its event appears in event history: a few minutes, fixed per
    /// event so replays agree.
    static func deliveryDelay(_ record: AWSCallRecord) -> SimDuration {
        .seconds(Int64(120 + Int(fnv1a64(record.eventID) % 180)))
    }

    /// The events visible now in this region, newest first.
    public func visibleEvents() -> [TrailEvent] {
        cloud.callLog.filter { record in
            record.region == context.region && !Self.dataEvents.contains("\(record.service):\(record.operation)")
                && record.time + Self.deliveryDelay(record) <= simulation.now
        }
        .map { TrailEvent(record: $0) }
        .reversed()
    }
}
