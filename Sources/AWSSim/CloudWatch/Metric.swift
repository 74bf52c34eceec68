import SimCore

/// A CloudWatch metric: namespace, name and dimensions, in the order CloudWatch lists them.
/// Each combination of dimensions is a metric of its own.
public struct Metric: Hashable, Sendable {
    public struct Dimension: Hashable, Sendable {
        public var name: String
        public var value: String
    }

    public var namespace: String
    public var name: String
    public var dimensions: [Dimension]

    /// Whether the metric has every dimension `filters` names, with its value where one is given
    /// (ListMetrics' `--dimensions`).
    func has(_ filters: [(name: String, value: String?)]) -> Bool {
        filters.allSatisfy { filter in
            dimensions.contains { $0.name == filter.name && (filter.value == nil || $0.value == filter.value) }
        }
    }

    /// Whether `dimensions` name exactly this metric's dimensions, in any order
    /// (GetMetricStatistics' rule: all of them, and no others).
    func isNamed(by dimensions: [Dimension]) -> Bool {
        Set(dimensions) == Set(self.dimensions) && dimensions.count == self.dimensions.count
    }
}

/// One value published for a metric at one time: what statistics are computed over.
public struct MetricSample: Sendable {
    public var metric: Metric
    public var time: SimTime
    public var value: Double
    /// `None` for a metric with no unit (CallCount).
    public var unit: String
}

extension MetricSample {
    /// One sample per metric and minute in which it happened: the minute's start, and how many
    /// times. Metrics in order of first happening, minutes in time order.
    static func perMinute(_ occurrences: [(metric: Metric, time: SimTime)], unit: String) -> [MetricSample] {
        var counts: [Metric: [Int64: Int]] = [:]
        var order: [Metric] = []
        for (metric, time) in occurrences {
            let minute = time.milliseconds - time.milliseconds % 60_000
            if counts[metric] == nil { order.append(metric) }
            counts[metric, default: [:]][minute, default: 0] += 1
        }
        return order.flatMap { metric in
            (counts[metric] ?? [:]).sorted { $0.key < $1.key }.map {
                MetricSample(metric: metric, time: SimTime(milliseconds: $0.key), value: Double($0.value), unit: unit)
            }
        }
    }
}
