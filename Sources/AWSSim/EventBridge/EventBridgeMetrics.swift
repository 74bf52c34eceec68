import SimCore

/// The `AWS/Events` namespace for the default bus, as the EventBridge User Guide lists it:
/// `MatchedEvents` (events that matched a rule), `TriggeredRules` (rules that ran),
/// `Invocations` (targets invoked, delivered or not) and `FailedInvocations` (deliveries that
/// failed: a log group that is gone, or one its resource policy keeps EventBridge out of), each
/// in Count by `RuleName`, and MatchedEvents and Invocations also without dimensions. Like EventBridge,
/// nothing is published for a minute without any. Targets Shipyard does not simulate are not
/// counted.
extension EventBridgeBackend {
    static let namespace = "AWS/Events"

    /// What happened on the bus, as the metrics count it.
    enum Activity {
        case matched(rule: String)
        /// A scheduled rule ran.
        case scheduled(rule: String)
        case invoked(rule: String, failed: Bool)
    }

    func samples() -> [MetricSample] {
        func metric(_ name: String, rule: String?) -> Metric {
            Metric(namespace: Self.namespace, name: name,
                   dimensions: rule.map { [.init(name: "RuleName", value: $0)] } ?? [])
        }
        var occurrences: [(metric: Metric, time: SimTime)] = []
        for (time, activity) in activity {
            switch activity {
            case .matched(let rule):
                occurrences += [(metric("MatchedEvents", rule: nil), time), (metric("MatchedEvents", rule: rule), time),
                                (metric("TriggeredRules", rule: rule), time)]
            case .scheduled(let rule):
                occurrences.append((metric("TriggeredRules", rule: rule), time))
            case .invoked(let rule, let failed):
                occurrences += [(metric("Invocations", rule: nil), time), (metric("Invocations", rule: rule), time)]
                if failed { occurrences.append((metric("FailedInvocations", rule: rule), time)) }
            }
        }
        return MetricSample.perMinute(occurrences, unit: "Count")
    }
}
