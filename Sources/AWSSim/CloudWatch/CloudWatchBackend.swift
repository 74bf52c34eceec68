import JSONValue
import SimCore

/// Amazon CloudWatch metrics in one region, as AWS publishes them for the account: the
/// `AWS/Usage` call counts of the services Shipyard simulates (ECR's registry calls among
/// them) and EventBridge's `AWS/Events`. A minute's value is published once the minute is over.
public final class CloudWatchBackend: AWSService {
    public let serviceName = "cloudwatch"
    let context: AWSContext
    let simulation: Simulation
    unowned let cloud: AWSCloud
    /// How long ListMetrics keeps listing a metric after its last value.
    static let listedFor = SimDuration.hours(24 * 14)

    init(context: AWSContext, simulation: Simulation, cloud: AWSCloud) {
        self.context = context
        self.simulation = simulation
        self.cloud = cloud
    }

    public func call(_ operation: String, input: JSON) throws(AWSServiceError) -> JSON {
        switch operation {
        case "ListMetrics": return listMetrics(input)
        case "GetMetricStatistics": return try getMetricStatistics(input)
        default: throw AWSServiceError.notSimulated("cloudwatch", operation)
        }
    }

    /// The samples published by now: those of minutes that have ended.
    func publishedSamples() -> [MetricSample] {
        (UsageMetrics.samples(cloud.callLog, region: context.region) + cloud.region(context.region).eventBridge.samples())
            .filter { $0.time + .minutes(1) <= simulation.now }
    }

    /// ListMetrics: every metric with a value in the last two weeks (the last three hours with
    /// `--recently-active PT3H`) that has the namespace, name and dimensions asked for.
    func listMetrics(_ input: JSON) -> JSON {
        let filters = (input["Dimensions"].array ?? []).map { (name: $0["Name"].string ?? "", value: $0["Value"].string) }
        let window = input["RecentlyActive"].string == "PT3H" ? SimDuration.hours(3) : Self.listedFor
        var seen: Set<Metric> = []
        var metrics: [Metric] = []
        for sample in publishedSamples() where sample.time + window > simulation.now {
            let metric = sample.metric
            guard input["Namespace"].string.map({ $0 == metric.namespace }) ?? true,
                input["MetricName"].string.map({ $0 == metric.name }) ?? true,
                metric.has(filters), seen.insert(metric).inserted
            else { continue }
            metrics.append(metric)
        }
        let listed: [JSON] = metrics.map { metric in
            ["Namespace": .string(metric.namespace), "MetricName": .string(metric.name),
             "Dimensions": .array(metric.dimensions.map { ["Name": .string($0.name), "Value": .string($0.value)] })]
        }
        return ["Metrics": .array(listed)]
    }
}
