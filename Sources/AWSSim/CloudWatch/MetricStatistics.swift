import JSONValue
import SimCore

/// GetMetricStatistics: one metric's samples gathered into periods, each period's statistics.
extension CloudWatchBackend {
    static let statisticNames = ["SampleCount", "Average", "Sum", "Minimum", "Maximum"]
    /// The most datapoints one request may ask for.
    static let datapointLimit = 1440

    func getMetricStatistics(_ input: JSON) throws(AWSServiceError) -> JSON {
        let statistics = (input["Statistics"].array ?? []).compactMap(\.string)
        let percentiles = (input["ExtendedStatistics"].array ?? []).compactMap(\.string)
        if statistics.isEmpty == percentiles.isEmpty {
            throw AWSServiceError(code: "InvalidParameterCombination",
                                  message: statistics.isEmpty ? "Must specify either Statistics or ExtendedStatistics"
                                      : "Must specify either Statistics or ExtendedStatistics, but not both.")
        }
        if let unknown = statistics.first(where: { !Self.statisticNames.contains($0) }) {
            throw AWSServiceError(code: "ValidationError",
                                  message: "1 validation error detected: Value '[\(unknown)]' at 'statistics' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [\(Self.statisticNames.joined(separator: ", "))]]")
        }
        for name in percentiles where Self.percentile(name) == nil {
            throw AWSServiceError(code: "InvalidParameterValue",
                                  message: "The value \(name) for parameter ExtendedStatistics is not supported.")
        }
        guard let start = EpochJSON.time(input["StartTime"]), let end = EpochJSON.time(input["EndTime"]) else {
            throw AWSServiceError(code: "InvalidParameterValue", message: "The parameter StartTime is not a valid timestamp.")
        }
        guard start < end else {
            throw AWSServiceError(code: "InvalidParameterValue",
                                  message: "The parameter StartTime must be less than the parameter EndTime.")
        }
        // Any period beyond a century asks for one datapoint; bounded, the arithmetic cannot overflow.
        let period = Int64(min(max(1, input["Period"].int ?? 60), 3_155_760_000)) * 1000
        let from = Self.roundedStart(start, now: simulation.now)
        let requested = (end.milliseconds - from.milliseconds + period - 1) / period
        if requested > Self.datapointLimit {
            throw AWSServiceError(code: "InvalidParameterCombination",
                                  message: "You have requested up to \(requested) datapoints, which exceeds the limit of \(Self.datapointLimit). You may reduce the datapoints requested by increasing Period, or decreasing the time range.")
        }
        let dimensions = (input["Dimensions"].array ?? []).map {
            Metric.Dimension(name: $0["Name"].string ?? "", value: $0["Value"].string ?? "")
        }
        let unit = input["Unit"].string
        let samples = publishedSamples().filter { sample in
            sample.metric.namespace == input["Namespace"].string && sample.metric.name == input["MetricName"].string
                && sample.metric.isNamed(by: dimensions) && (unit == nil || unit == sample.unit)
                && sample.time >= from && sample.time < end
        }
        var periods: [Int64: [MetricSample]] = [:]
        for sample in samples {
            periods[(sample.time.milliseconds - from.milliseconds) / period, default: []].append(sample)
        }
        let datapoints: [JSON] = periods.keys.sorted().compactMap { index in
            guard let inPeriod = periods[index], let first = inPeriod.first else { return nil }
            let values = inPeriod.map(\.value)
            var point = JSONObject()
            point["Timestamp"] = EpochJSON.seconds(SimTime(milliseconds: from.milliseconds + index * period))
            for name in Self.statisticNames where statistics.contains(name) {
                point[name] = .double(Self.statistic(name, values))
            }
            point["Unit"] = .string(first.unit)
            if !percentiles.isEmpty {
                var extended = JSONObject()
                for name in percentiles {
                    if let p = Self.percentile(name) { extended[name] = .double(Self.nearestRank(p, values)) }
                }
                point["ExtendedStatistics"] = .object(extended)
            }
            return .object(point)
        }
        return ["Label": .string(input["MetricName"].string ?? ""), "Datapoints": .array(datapoints)]
    }

    /// CloudWatch rounds a start time down: to the minute within 15 days, to five minutes
    /// within 63 days, to the hour before that.
    static func roundedStart(_ start: SimTime, now: SimTime) -> SimTime {
        let age = now - start
        let step: Int64 = age < .hours(24 * 15) ? 60_000 : age < .hours(24 * 63) ? 300_000 : 3_600_000
        let ms = start.milliseconds
        return SimTime(milliseconds: ms - ((ms % step) + step) % step)
    }

    static func statistic(_ name: String, _ values: [Double]) -> Double {
        let sum = values.reduce(0, +)
        switch name {
        case "SampleCount": return Double(values.count)
        case "Average": return values.isEmpty ? 0 : sum / Double(values.count)
        case "Minimum": return values.min() ?? 0
        case "Maximum": return values.max() ?? 0
        default: return sum
        }
    }

    /// `p90`, `p99.9`: the percentile asked for, between 0 and 100.
    static func percentile(_ name: String) -> Double? {
        guard name.first == "p", let value = Double(name.dropFirst()), (0...100).contains(value) else { return nil }
        return value
    }

    /// The smallest value with at least `p` percent of the values at or below it.
    static func nearestRank(_ p: Double, _ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}
