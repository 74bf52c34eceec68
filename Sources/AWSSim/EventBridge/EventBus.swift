import JSONValue
import SimCore

/// Events on the default bus: made by AWS services or PutEvents, matched against the rules,
/// delivered to their targets; and TestEventPattern, which matches one event without sending it.
extension EventBridgeBackend {
    /// The fields TestEventPattern requires of its event.
    static let requiredEventFields = ["id", "account", "source", "time", "region", "resources", "detail-type"]

    func testEventPattern(_ input: JSON) throws(AWSServiceError) -> JSON {
        let pattern: EventPattern
        do throws(EventPattern.Invalid) {
            pattern = try EventPattern(input["EventPattern"].string ?? "")
        } catch {
            throw Self.invalidPattern(error)
        }
        guard let event = JSONParser.parseOrNil(input["Event"].string ?? ""), let fields = event.object,
            Self.requiredEventFields.allSatisfy(fields.contains)
        else {
            throw AWSServiceError(code: "ValidationException", message: "Parameter Event is not valid.")
        }
        return ["Result": .bool(pattern.matches(event))]
    }

    /// PutEvents: each entry becomes an event on the default bus, or says why it could not.
    func putEvents(_ input: JSON) -> JSON {
        var results: [JSON] = []
        var failed = 0
        for entry in input["Entries"].array ?? [] {
            func fail(_ code: String, _ message: String) {
                failed += 1
                results.append(["ErrorCode": .string(code), "ErrorMessage": .string(message)])
            }
            guard let source = entry["Source"].string, !source.isEmpty else {
                fail("InvalidArgument", "Parameter Source is not valid. Reason: Source is a required argument.")
                continue
            }
            guard let detailType = entry["DetailType"].string, !detailType.isEmpty else {
                fail("InvalidArgument", "Parameter DetailType is not valid. Reason: DetailType is a required argument.")
                continue
            }
            guard let detailText = entry["Detail"].string else {
                fail("InvalidArgument", "Parameter Detail is not valid. Reason: Detail is a required argument.")
                continue
            }
            guard let detail = JSONParser.parseOrNil(detailText), detail.object != nil else {
                fail("MalformedDetail", "Detail is malformed.")
                continue
            }
            if source.hasPrefix("aws.") {
                fail("NotAuthorizedForSourceException", "Not authorized for the source.")
                continue
            }
            if let bus = entry["EventBusName"].string, (try? checkBus(bus)) == nil {
                fail("InvalidArgument", "Event bus \(bus) does not exist.")
                continue
            }
            let time = EpochJSON.time(entry["Time"]) ?? simulation.now
            let resources = (entry["Resources"].array ?? []).compactMap(\.string)
            let id = publish(source: source, detailType: detailType, detail: detail, resources: resources, time: time)
            results.append(["EventId": .string(id)])
        }
        return ["FailedEntryCount": .int(failed), "Entries": .array(results)]
    }

    /// Puts an event on the default bus and delivers it to the targets of every enabled rule
    /// it matches. Returns the event's ID.
    @discardableResult
    public func publish(source: String, detailType: String, detail: JSON, resources: [String] = [],
                        time: SimTime? = nil) -> String {
        let (id, event) = makeEvent(source: source, detailType: detailType, detail: detail, resources: resources,
                                    time: time ?? simulation.now)
        for name in rules.keys.sorted() {
            guard let rule = rules[name], rule.state.hasPrefix("ENABLED"), let text = rule.pattern,
                let pattern = try? EventPattern(text), pattern.matches(event)
            else { continue }
            activity.append((simulation.now, .matched(rule: name)))
            send(event, id: id, toTargetsOf: rule)
        }
        return id
    }

    /// An event on the default bus, in EventBridge's envelope, and its new ID.
    func makeEvent(source: String, detailType: String, detail: JSON, resources: [String],
                   time: SimTime) -> (id: String, event: JSON) {
        let id = simulation.random.stream("eventbridge-event-ids").uuid()
        let event: JSON = .object(JSONObject([
            ("version", "0"), ("id", .string(id)), ("detail-type", .string(detailType)), ("source", .string(source)),
            ("account", .string(context.accountID)), ("time", .string(time.rfc3339)),
            ("region", .string(context.region)), ("resources", .array(resources.map { .string($0) })), ("detail", detail),
        ]))
        return (id, event)
    }

    /// Delivers an event to each of a rule's targets, counting the deliveries.
    func send(_ event: JSON, id: String, toTargetsOf rule: Rule) {
        for target in rule.targets {
            if let delivered = deliver(event, id: id, to: target) {
                activity.append((simulation.now, .invoked(rule: rule.name, failed: !delivered)))
            }
        }
    }

    /// What a target receives: its constant `Input`, the part `InputPath` names, or the event.
    static func payload(_ event: JSON, for target: JSON) -> String? {
        if let input = target["Input"].string { return input }
        var value = event
        if let path = target["InputPath"].string {
            guard path.hasPrefix("$") else { return nil }
            for key in path.dropFirst().split(separator: ".") { value = value[String(key)] }
            if case .null = value { return nil }
        }
        if let text = value.string { return text }
        return JSONWriter.cloudTrail.write(value)
    }

    /// Delivers to a CloudWatch Logs group target (`arn:aws:logs:…:log-group:NAME`): a stream
    /// named by the event's ID, when the group exists and a resource policy lets EventBridge
    /// write there. Returns whether it was delivered; nil for a target Shipyard does not
    /// simulate, which receives nothing.
    func deliver(_ event: JSON, id: String, to target: JSON) -> Bool? {
        let arn = target["Arn"].string ?? ""
        let prefix = context.arn("logs", "log-group:")
        guard arn.hasPrefix(prefix), let logs else { return nil }
        var group = String(arn.dropFirst(prefix.count))
        if group.hasSuffix(":*") { group.removeLast(2) }
        guard let payload = Self.payload(event, for: target), logs.logGroupExists(group),
            logs.allowsDelivery(by: "events.amazonaws.com", to: group)
        else { return false }
        let time = SimTime(rfc3339: event["time"].string ?? "") ?? simulation.now
        logs.append(group: group, stream: id, timestamp: time, message: payload)
        return true
    }
}
