import JSONValue
import SimCore

/// Amazon EventBridge in one region: the account's default event bus, its rules (an event
/// pattern or a schedule, ENABLED or DISABLED) and their targets. Events from AWS services
/// (ECR's image pushes and deletions) and from PutEvents go to every enabled rule whose
/// pattern they match, and on to the rule's targets: a CloudWatch Logs group gets each event
/// as a log event in a stream named by the event's ID, when a resource policy lets EventBridge
/// write there. Scheduled rules send their targets a `Scheduled Event` on each run
/// (`RuleSchedules`); other kinds of target receive nothing.
public final class EventBridgeBackend: AWSService {
    public let serviceName = "events"
    let context: AWSContext
    let simulation: Simulation
    /// Where log-group targets write.
    weak var logs: LogsBackend?

    struct Rule {
        var name: String
        var pattern: String?
        var schedule: String?
        var state: String
        var description: String?
        var roleArn: String?
        var targets: [JSON] = []
    }

    /// Rules by name (ListRules gives them in name order).
    var rules: [String: Rule] = [:]
    /// Matches and deliveries, when each happened (what `AWS/Events` counts).
    var activity: [(time: SimTime, activity: Activity)] = []
    /// Each scheduled rule's next run.
    var scheduleTimers: [String: TimerID] = [:]
    static let busName = "default"

    init(context: AWSContext, simulation: Simulation) {
        self.context = context
        self.simulation = simulation
    }

    public func call(_ operation: String, input: JSON) throws(AWSServiceError) -> JSON {
        if operation != "TestEventPattern", operation != "PutEvents" { try checkBus(input["EventBusName"].string) }
        switch operation {
        case "PutRule": return try putRule(input)
        case "DescribeRule": return try describeRule(input)
        case "ListRules": return listRules(input)
        case "DeleteRule": return try deleteRule(input)
        case "EnableRule": return try setState(input, "ENABLED")
        case "DisableRule": return try setState(input, "DISABLED")
        case "PutTargets": return try putTargets(input)
        case "ListTargetsByRule": return try listTargetsByRule(input)
        case "RemoveTargets": return try removeTargets(input)
        case "TestEventPattern": return try testEventPattern(input)
        case "PutEvents": return putEvents(input)
        default: throw AWSServiceError.notSimulated("events", operation)
        }
    }

    func ruleArn(_ name: String) -> String { context.arn("events", "rule/\(name)") }

    /// Only the default bus exists; it is named `default` or by its ARN.
    func checkBus(_ name: String?) throws(AWSServiceError) {
        guard let name, name != Self.busName, name != context.arn("events", "event-bus/default") else { return }
        let shown = name.split(separator: "/").last.map(String.init) ?? name
        throw AWSServiceError(code: "ResourceNotFoundException", message: "Event bus \(shown) does not exist.")
    }

    func rule(_ name: String) throws(AWSServiceError) -> Rule {
        guard let rule = rules[name] else {
            throw AWSServiceError(code: "ResourceNotFoundException",
                                  message: "Rule \(name) does not exist on EventBus \(Self.busName).")
        }
        return rule
    }

    static func invalidPattern(_ error: EventPattern.Invalid) -> AWSServiceError {
        AWSServiceError(code: "InvalidEventPatternException", message: "Event pattern is not valid. Reason: \(error.reason)")
    }

    // MARK: Rules

    func putRule(_ input: JSON) throws(AWSServiceError) -> JSON {
        let name = input["Name"].string ?? ""
        if name.isEmpty || !name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }) {
            throw AWSServiceError(code: "ValidationException",
                                  message: "1 validation error detected: Value '\(name)' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+")
        }
        let pattern = input["EventPattern"].string
        let schedule = input["ScheduleExpression"].string
        guard pattern != nil || schedule != nil else {
            throw AWSServiceError(code: "ValidationException",
                                  message: "Parameter(s) EventPattern or ScheduleExpression must be specified.")
        }
        if let pattern {
            do throws(EventPattern.Invalid) { _ = try EventPattern(pattern) } catch { throw Self.invalidPattern(error) }
        }
        if let schedule, Self.schedule(schedule) == nil {
            throw AWSServiceError(code: "ValidationException", message: "Parameter ScheduleExpression is not valid.")
        }
        var rule = rules[name] ?? Rule(name: name, state: "ENABLED")
        rule.pattern = pattern
        rule.schedule = schedule
        rule.state = input["State"].string ?? rule.state
        rule.description = input["Description"].string ?? rule.description
        rule.roleArn = input["RoleArn"].string ?? rule.roleArn
        let rescheduled = rules[name]?.schedule != schedule
        rules[name] = rule
        if rescheduled { scheduleRuns(of: name) }
        return ["RuleArn": .string(ruleArn(name))]
    }

    /// A rule as DescribeRule (`full`) or ListRules shows it, members in their shapes' order.
    func json(_ rule: Rule, full: Bool) -> JSON {
        var object = JSONObject()
        object["Name"] = .string(rule.name)
        object["Arn"] = .string(ruleArn(rule.name))
        if let pattern = rule.pattern { object["EventPattern"] = .string(pattern) }
        if full, let schedule = rule.schedule { object["ScheduleExpression"] = .string(schedule) }
        object["State"] = .string(rule.state)
        if let description = rule.description { object["Description"] = .string(description) }
        if !full, let schedule = rule.schedule { object["ScheduleExpression"] = .string(schedule) }
        if let role = rule.roleArn { object["RoleArn"] = .string(role) }
        object["EventBusName"] = .string(Self.busName)
        if full { object["CreatedBy"] = .string(context.accountID) }
        return .object(object)
    }

    func describeRule(_ input: JSON) throws(AWSServiceError) -> JSON {
        json(try rule(input["Name"].string ?? ""), full: true)
    }

    func listRules(_ input: JSON) -> JSON {
        let prefix = input["NamePrefix"].string ?? ""
        let listed = rules.keys.sorted().filter { $0.hasPrefix(prefix) }.compactMap { rules[$0] }.map { json($0, full: false) }
        return page(listed, key: "Rules", input: input)
    }

    /// A page of at most `Limit` (100) items, with a NextToken for the rest.
    func page(_ items: [JSON], key: String, input: JSON) -> JSON {
        Pagination.page(items, key: key, input: input, tokenKey: "NextToken", limitKey: "Limit")
    }

    func deleteRule(_ input: JSON) throws(AWSServiceError) -> JSON {
        let name = input["Name"].string ?? ""
        guard let rule = rules[name] else { return [:] }
        if !rule.targets.isEmpty, input["Force"].bool != true {
            throw AWSServiceError(code: "ValidationException", message: "Rule can't be deleted since it has targets.")
        }
        rules[name] = nil
        if let timer = scheduleTimers.removeValue(forKey: name) { simulation.cancel(timer) }
        return [:]
    }

    func setState(_ input: JSON, _ state: String) throws(AWSServiceError) -> JSON {
        let name = input["Name"].string ?? ""
        _ = try rule(name)
        rules[name]?.state = state
        return [:]
    }

    // MARK: Targets

    func putTargets(_ input: JSON) throws(AWSServiceError) -> JSON {
        let name = input["Rule"].string ?? ""
        var rule = try rule(name)
        for target in input["Targets"].array ?? [] {
            let id = target["Id"].string ?? ""
            if let index = rule.targets.firstIndex(where: { $0["Id"].string == id }) {
                rule.targets[index] = target
            } else {
                rule.targets.append(target)
            }
        }
        rules[name] = rule
        return ["FailedEntryCount": 0, "FailedEntries": []]
    }

    func listTargetsByRule(_ input: JSON) throws(AWSServiceError) -> JSON {
        page(try rule(input["Rule"].string ?? "").targets, key: "Targets", input: input)
    }

    func removeTargets(_ input: JSON) throws(AWSServiceError) -> JSON {
        let name = input["Rule"].string ?? ""
        var rule = try rule(name)
        let ids = Set((input["Ids"].array ?? []).compactMap(\.string))
        rule.targets.removeAll { ids.contains($0["Id"].string ?? "") }
        rules[name] = rule
        return ["FailedEntryCount": 0, "FailedEntries": []]
    }
}
