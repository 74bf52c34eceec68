import JSONValue
import SimCore

/// CloudWatch Logs in one region: log groups of streams of timestamped events. ECS's
/// `awslogs` driver writes each container's output here; the Logs API reads it back.
public final class LogsBackend: AWSService {
    public let serviceName = "logs"
    let context: AWSContext
    let simulation: Simulation

    public struct Event: Sendable {
        public var timestamp: SimTime
        public var message: String
        public var ingestionTime: SimTime
    }

    /// A log group's settings.
    public struct GroupInfo: Sendable {
        public var name: String
        public var creationTime: SimTime
        public var retentionInDays: Int?
        public var logGroupClass: String
        public var kmsKeyID: String?
        var tags: [(key: String, value: String)]
    }

    /// A log stream's settings.
    public struct StreamInfo: Sendable {
        public var name: String
        public var creationTime: SimTime
        /// Bumped by every PutLogEvents; its token is derived from it.
        var uploads: Int
    }

    /// Group name → stream name → events, in time order.
    public internal(set) var groups: [String: [String: [Event]]] = [:]
    public internal(set) var groupInfo: [String: GroupInfo] = [:]
    var streamInfo: [String: [String: StreamInfo]] = [:]
    /// The account's resource policies in this region, in the order they were first put.
    var resourcePolicies: [ResourcePolicy] = []

    init(context: AWSContext, simulation: Simulation) {
        self.context = context
        self.simulation = simulation
    }

    /// Appends a line to `group`/`stream`, creating the stream (and, if nobody created it,
    /// the group: the awslogs driver fails without it unless `awslogs-create-group` is set,
    /// which the caller decides with `logGroupExists`).
    public func append(group: String, stream: String, timestamp: SimTime, message: String) {
        if groupInfo[group] == nil { _ = try? createLogGroup(name: group) }
        if streamInfo[group]?[stream] == nil {
            streamInfo[group, default: [:]][stream] = StreamInfo(name: stream, creationTime: simulation.now, uploads: 0)
        }
        insert([Event(timestamp: timestamp, message: message, ingestionTime: simulation.now)], group: group, stream: stream)
    }

    /// Whether a log group exists (the awslogs driver needs one unless it may create it).
    public func logGroupExists(_ name: String) -> Bool { groupInfo[name] != nil }

    /// Creates a log group, as `awslogs-create-group` and CreateLogGroup do.
    public func createLogGroup(name: String, tags: [(key: String, value: String)] = []) throws(AWSServiceError) {
        try LogNames.validateGroup(name)
        if groupInfo[name] != nil {
            throw AWSServiceError(code: "ResourceAlreadyExistsException", message: "The specified log group already exists")
        }
        groupInfo[name] = GroupInfo(name: name, creationTime: simulation.now, retentionInDays: nil,
                                    logGroupClass: "STANDARD", kmsKeyID: nil, tags: tags)
        groups[name] = groups[name] ?? [:]
        streamInfo[name] = streamInfo[name] ?? [:]
    }

    /// Adds events keeping the stream in timestamp order (later arrivals with equal
    /// timestamps go after earlier ones).
    func insert(_ events: [Event], group: String, stream: String) {
        var list = groups[group]?[stream] ?? []
        for event in events {
            if let last = list.last, last.timestamp > event.timestamp {
                let index = list.firstIndex { $0.timestamp > event.timestamp } ?? list.count
                list.insert(event, at: index)
            } else {
                list.append(event)
            }
        }
        groups[group, default: [:]][stream] = list
    }

    public func call(_ operation: String, input: JSON) throws(AWSServiceError) -> JSON {
        switch operation {
        case "CreateLogGroup": return try createLogGroupOperation(input)
        case "DeleteLogGroup": return try deleteLogGroup(input)
        case "DescribeLogGroups": return try describeLogGroups(input)
        case "CreateLogStream": return try createLogStream(input)
        case "DeleteLogStream": return try deleteLogStream(input)
        case "DescribeLogStreams": return try describeLogStreams(input)
        case "PutLogEvents": return try putLogEvents(input)
        case "GetLogEvents": return try getLogEvents(input)
        case "FilterLogEvents": return try filterLogEvents(input)
        case "PutRetentionPolicy": return try putRetentionPolicy(input)
        case "DeleteRetentionPolicy": return try deleteRetentionPolicy(input)
        case "TagLogGroup": return try tagLogGroup(input)
        case "UntagLogGroup": return try untagLogGroup(input)
        case "ListTagsLogGroup": return try listTagsLogGroup(input)
        case "TagResource": return try tagResource(input)
        case "UntagResource": return try untagResource(input)
        case "ListTagsForResource": return try listTagsForResource(input)
        case "PutResourcePolicy": return try putResourcePolicy(input)
        case "DescribeResourcePolicies": return describeResourcePolicies(input)
        case "DeleteResourcePolicy": return try deleteResourcePolicy(input)
        default: throw AWSServiceError.notSimulated("logs", operation)
        }
    }

    func groupARN(_ name: String) -> String { context.arn("logs", "log-group:\(name)") }
}
