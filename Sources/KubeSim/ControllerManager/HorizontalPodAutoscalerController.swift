import JSONValue
import SimCore

/// The horizontal pod autoscaler controller: every 15 s (the first time 15 s after an HPA
/// appears) it reads the target's scale and, for CPU utilization metrics, the pods' usage from
/// the Metrics API against their requests; it scales the target as the real controller does
/// (tolerance 10 %, at most double or +4 a step, the highest recommendation of the last five
/// minutes when going down, min and max; or, with a `behavior`, its stabilization windows and
/// rate policies) and reports conditions, metrics and events in its words. Metrics it cannot read or compute say why, as `kubectl describe hpa` shows.
final class HorizontalPodAutoscalerController {
    static let source = EventRecorder.Source(component: "horizontal-pod-autoscaler")
    static let syncPeriod = SimDuration.seconds(Int64(15))
    static let downscaleWindow = SimDuration.seconds(Int64(300))
    static let tolerance = 0.1

    /// What the Metrics API answers for a namespace's pods: one resource's use by pod name, in
    /// thousandths (millicores, or bytes × 1000), with the scrape's time and window; or the
    /// error a client gets.
    enum PodMetrics {
        case usage([String: Int64], timestamp: SimTime, window: SimDuration)
        case failure(String)
    }

    private let server: APIServer
    private let events: EventRecorder
    /// The Metrics API (metrics-server), once the cluster around it is made.
    var metrics: (_ namespace: String, _ resource: String) -> PodMetrics = { _, _ in
        .failure("unable to fetch metrics from resource metrics API: the server could not find the requested resource (get pods.metrics.k8s.io)")
    }
    private var timers: [String: TimerID] = [:]
    private var recommendations: [String: [(replicas: Int, at: SimTime)]] = [:]
    /// Rescales made for HPAs with a `behavior`, up and down: what their rate policies count.
    private var scaleEvents: [String: (up: [(change: Int, at: SimTime)], down: [(change: Int, at: SimTime)])] = [:]

    init(server: APIServer, events: EventRecorder) {
        self.server = server
        self.events = events
        server.watch(.horizontalPodAutoscaler) { [weak self] event in
            guard let self else { return }
            let key = ObjectKey.make(event.object.namespace, event.object.name)
            if event.type == .deleted {
                if let timer = self.timers.removeValue(forKey: key) { self.server.simulation.cancel(timer) }
                self.recommendations[key] = nil
                self.scaleEvents[key] = nil
            } else if self.timers[key] == nil {
                self.schedule(key)
            }
        }
    }

    private func schedule(_ key: String) {
        timers[key] = server.simulation.schedule(after: Self.syncPeriod) { [weak self] in
            guard let self else { return }
            self.timers[key] = nil
            let (namespace, name) = ObjectKey.split(key)
            guard let hpa = self.server.object(.horizontalPodAutoscaler, namespace: namespace, name: name) else { return }
            self.reconcile(hpa, key: key)
            self.schedule(key)
        }
    }

    /// One pass of reconcileAutoscaler.
    private func reconcile(_ hpa: JSON, key: String) {
        var status = Status(hpa["status"], now: server.now)
        let spec = hpa["spec"]
        let kind = spec["scaleTargetRef"]["kind"].string ?? ""
        let targetName = spec["scaleTargetRef"]["name"].string ?? ""
        let type = [ResourceType.deployment, .replicaSet, .statefulSet].first { $0.kind == kind }
        guard let type, let target = server.object(type, namespace: hpa.namespace, name: targetName) else {
            let group = (spec["scaleTargetRef"]["apiVersion"].string ?? "").split(separator: "/").dropLast().joined(separator: "/")
            let message = type.map { "\($0.resource).\($0.group) \"\(targetName)\" not found" }
                ?? "no matches for kind \"\(kind)\" in group \"\(group)\""
            events.record(hpa, type: "Warning", reason: "FailedGetScale", message: message, source: Self.source)
            status.set("AbleToScale", false, "FailedGetScale", "the HPA controller was unable to get the target's current scale: \(message)")
            write(hpa, status)
            return
        }
        status.set("AbleToScale", true, "SucceededGetScale", "the HPA controller was able to get the target's current scale")
        let current = target["spec"]["replicas"].int ?? 1
        if recommendations[key] == nil { recommendations[key] = [(current, server.now)] }
        let minReplicas = spec["minReplicas"].int ?? 1
        let maxReplicas = spec["maxReplicas"].int ?? 0
        var desired = 0
        var reason = ""
        var metricStatuses: [JSON] = []
        var rescale = true
        if current == 0 && minReplicas != 0 {
            rescale = false
            status.set("ScalingActive", false, "ScalingDisabled", "scaling is disabled since the replica count of the target is zero")
        } else if current > maxReplicas {
            (desired, reason) = (maxReplicas, "Current number of replicas above Spec.MaxReplicas")
        } else if current < minReplicas {
            (desired, reason) = (minReplicas, "Current number of replicas below Spec.MinReplicas")
        } else {
            let selector = LabelSelector(json: target["spec"]["selector"])
            let computed = computeReplicas(hpa, current: current, selector: selector, status: &status)
            metricStatuses = computed.statuses
            guard let proposal = computed.replicas else {
                status.currentReplicas = current
                status.currentMetrics = metricStatuses
                write(hpa, status)
                events.record(hpa, type: "Warning", reason: "FailedComputeMetricsReplicas", message: computed.error,
                              source: Self.source)
                return
            }
            desired = proposal
            if desired > current { reason = "\(computed.metricName) above target" }
            if desired < current { reason = "All metrics below target" }
            let behavior = spec["behavior"]
            desired = behavior.object == nil
                ? normalize(key: key, current: current, proposal: desired, min: minReplicas, max: maxReplicas, status: &status)
                : normalize(key: key, behavior: behavior, current: current, proposal: desired, min: minReplicas,
                            max: maxReplicas, status: &status)
            rescale = desired != current
        }
        if rescale {
            server.modify(type, namespace: target.namespace, name: target.name) { $0["spec"]["replicas"] = .int(desired) }
            status.set("AbleToScale", true, "SucceededRescale", "the HPA controller was able to update the target scale to \(desired)")
            events.record(hpa, reason: "SuccessfulRescale", message: "New size: \(desired); reason: \(reason)", source: Self.source)
            status.lastScaleTime = server.now
            if spec["behavior"].object != nil { storeScaleEvent(key: key, from: current, to: desired, behavior: spec["behavior"]) }
        } else {
            desired = current
        }
        status.currentReplicas = current
        status.desiredReplicas = desired
        status.currentMetrics = metricStatuses
        write(hpa, status)
    }

    /// computeReplicasForMetrics, for the metrics Shipyard measures (CPU and memory use against
    /// requests); others are invalid metrics here.
    private func computeReplicas(_ hpa: JSON, current: Int, selector: LabelSelector, status: inout Status)
        -> (replicas: Int?, metricName: String, statuses: [JSON], error: String)
    {
        let specs = hpa["spec"]["metrics"].array ?? []
        var statuses = [JSON](repeating: ["type": ""], count: specs.count)
        var best: (replicas: Int, name: String)?
        var invalid = 0
        var firstError = ""
        var firstCondition: (reason: String, message: String)?
        for (index, metric) in specs.enumerated() {
            let resource = metric["resource"]
            guard metric["type"].string == "Resource", let name = resource["name"].string,
                let target = resource["target"]["averageUtilization"].int
            else {
                invalid += 1
                if firstError.isEmpty { firstError = "Shipyard measures only CPU and memory utilization metrics" }
                continue
            }
            switch resourceReplicas(hpa, current: current, target: target, resource: name, selector: selector) {
            case .failure(let message):
                let wrapped = "failed to get \(name) utilization: \(message)"
                events.record(hpa, type: "Warning", reason: "FailedGetResourceMetric", message: wrapped, source: Self.source)
                if invalid == 0 {
                    firstError = "failed to get \(name) resource metric value: \(wrapped)"
                    firstCondition = ("FailedGetResourceMetric", "the HPA was unable to compute the replica count: \(wrapped)")
                }
                invalid += 1
            case .success(let replicas, let utilization, let raw):
                statuses[index] = ["type": "Resource",
                                   "resource": ["name": .string(name),
                                                "current": ["averageValue": .string(Self.milliQuantity(raw)),
                                                            "averageUtilization": .int(utilization)]]]
                let metricName = "\(name) resource utilization (percentage of request)"
                if best == nil || replicas > best?.replicas ?? 0 { best = (replicas, metricName) }
            }
        }
        if invalid >= specs.count || (invalid > 0 && (best?.replicas ?? 0) < current) {
            if let firstCondition { status.set("ScalingActive", false, firstCondition.reason, firstCondition.message) }
            return (nil, "", statuses,
                    "invalid metrics (\(invalid) invalid out of \(specs.count)), first error is: \(firstError)")
        }
        let name = best?.name ?? ""
        status.set("ScalingActive", true, "ValidMetricFound",
                   "the HPA was able to successfully calculate a replica count from \(name)")
        return (best?.replicas, name, statuses, "")
    }

    enum ResourceReplicas {
        case success(replicas: Int, utilization: Int, raw: Int64)
        case failure(String)
    }

    /// The replica calculator's GetResourceReplicas: usage over requests of the ready pods,
    /// missing and unready pods counted as the real one counts them.
    private func resourceReplicas(_ hpa: JSON, current: Int, target: Int, resource: String,
                                  selector: LabelSelector) -> ResourceReplicas {
        var usage: [String: Int64]
        let scrape: SimTime
        let window: SimDuration
        switch metrics(hpa.namespace, resource) {
        case .failure(let message): return .failure("unable to get metrics for resource \(resource): \(message)")
        case .usage(let found, let timestamp, let length): (usage, scrape, window) = (found, timestamp, length)
        }
        let pods = server.list(.pod, namespace: hpa.namespace, labelSelector: selector)
        let selected = Set(pods.map(\.name))
        usage = usage.filter { selected.contains($0.key) }
        guard !usage.isEmpty else {
            return .failure("unable to get metrics for resource \(resource): no metrics returned from resource metrics API")
        }
        guard !pods.isEmpty else { return .failure("no pods returned by selector while calculating replica count") }
        var ready = 0
        var unready: Set<String> = []
        var missing: Set<String> = []
        for pod in pods {
            let phase = pod["status"]["phase"].string ?? ""
            if pod.isTerminating || phase == "Failed" {
                usage[pod.name] = nil
                continue
            }
            if phase == "Pending" { unready.insert(pod.name); continue }
            guard usage[pod.name] != nil else { missing.insert(pod.name); continue }
            if resource == "cpu" {
                let condition = (pod["status"]["conditions"].array ?? []).first { $0["type"].string == "Ready" }
                let started = pod["status"]["startTime"].string.flatMap(SimTime.init(rfc3339:))
                let transition = condition?["lastTransitionTime"].string.flatMap(SimTime.init(rfc3339:))
                var isUnready = true
                if let condition, let started, let transition {
                    let isReady = condition["status"].string == "True"
                    if started + .seconds(Int64(300)) > server.now {
                        isUnready = !isReady || scrape < transition + window
                    } else {
                        isUnready = !isReady && started + .seconds(Int64(30)) > transition
                    }
                }
                if isUnready { unready.insert(pod.name); continue }
            }
            ready += 1
        }
        for name in unready { usage[name] = nil }
        guard !usage.isEmpty else { return .failure("did not receive metrics for targeted pods (pods might be unready)") }
        var requests: [String: Int64] = [:]
        for pod in pods.sorted(by: { $0.name < $1.name }) {
            var total: Int64 = 0
            for container in pod["spec"]["containers"].array ?? [] {
                guard let text = container["resources"]["requests"][resource].string, let quantity = Quantity(text) else {
                    return .failure("missing request for \(resource) in container \(container["name"].string ?? "") of Pod \(pod.name)")
                }
                total += quantity.milli
            }
            requests[pod.name] = total
        }
        guard let (ratio, utilization, raw) = Self.utilization(usage, requests, target: target) else {
            return .failure("no metrics returned matched known pods")
        }
        let scaleUpWithUnready = !unready.isEmpty && ratio > 1.0
        if !scaleUpWithUnready, missing.isEmpty {
            if abs(1.0 - ratio) <= Self.tolerance { return .success(replicas: current, utilization: utilization, raw: raw) }
            return .success(replicas: Int((ratio * Double(ready)).rounded(.up)), utilization: utilization, raw: raw)
        }
        for name in missing {
            if ratio < 1.0 {
                usage[name] = (requests[name] ?? 0) * Int64(max(100, target)) / 100
            } else if ratio > 1.0 {
                usage[name] = 0
            }
        }
        if scaleUpWithUnready { for name in unready { usage[name] = 0 } }
        guard let (newRatio, _, _) = Self.utilization(usage, requests, target: target) else {
            return .failure("no metrics returned matched known pods")
        }
        if abs(1.0 - newRatio) <= Self.tolerance || (ratio < 1.0 && newRatio > 1.0) || (ratio > 1.0 && newRatio < 1.0) {
            return .success(replicas: current, utilization: utilization, raw: raw)
        }
        let replicas = Int((newRatio * Double(usage.count)).rounded(.up))
        if (newRatio < 1.0 && replicas > current) || (newRatio > 1.0 && replicas < current) {
            return .success(replicas: current, utilization: utilization, raw: raw)
        }
        return .success(replicas: replicas, utilization: utilization, raw: raw)
    }

    /// GetResourceUtilizationRatio: the ratio to the target, the utilization in percent (as
    /// an integer), and the average use per pod in millicores.
    private static func utilization(_ usage: [String: Int64], _ requests: [String: Int64], target: Int)
        -> (Double, Int, Int64)?
    {
        var used: Int64 = 0
        var requested: Int64 = 0
        var entries: Int64 = 0
        for (name, value) in usage {
            guard let request = requests[name] else { continue }
            used += value
            requested += request
            entries += 1
        }
        guard requested > 0 else { return nil }
        let utilization = Int(used * 100 / requested)
        return (Double(utilization) / Double(target), utilization, used / entries)
    }

    /// normalizeDesiredReplicas, for HPAs without a `behavior`: the highest recommendation of
    /// the last five minutes when going down, at most double (or 4) when going up, within
    /// min and max.
    private func normalize(key: String, current: Int, proposal: Int, min: Int, max: Int, status: inout Status) -> Int {
        var stabilized = proposal
        let since = server.now - Self.downscaleWindow
        var kept = recommendations[key] ?? []
        for recommendation in kept where recommendation.at > since && recommendation.replicas > stabilized {
            stabilized = recommendation.replicas
        }
        if let stale = kept.firstIndex(where: { $0.at <= since }) {
            kept[stale] = (proposal, server.now)
        } else {
            kept.append((proposal, server.now))
        }
        recommendations[key] = kept
        if stabilized != proposal {
            status.set("AbleToScale", true, "ScaleDownStabilized",
                       "recent recommendations were higher than current one, applying the highest recent recommendation")
        } else {
            status.set("AbleToScale", true, "ReadyForNewScale", "recommended size matches current size")
        }
        let scaleUpLimit = Swift.max(2 * current, 4)
        var limit = (replicas: max, reason: "TooManyReplicas", message: "the desired replica count is more than the maximum replica count")
        if max > scaleUpLimit {
            limit = (scaleUpLimit, "ScaleUpLimit", "the desired replica count is increasing faster than the maximum scale rate")
        }
        if stabilized < min {
            status.set("ScalingLimited", true, "TooFewReplicas", "the desired replica count is less than the minimum replica count")
            return min
        }
        if stabilized > limit.replicas {
            status.set("ScalingLimited", true, limit.reason, limit.message)
            return limit.replicas
        }
        status.set("ScalingLimited", false, "DesiredWithinRange", "the desired count is within the acceptable range")
        return stabilized
    }

    /// normalizeDesiredReplicasWithBehaviors: each direction's stabilization window, then its
    /// rate policies (pods or percent per period, the largest change unless `selectPolicy`
    /// says Min or Disabled), within min and max.
    private func normalize(key: String, behavior: JSON, current: Int, proposal: Int, min: Int, max: Int,
                           status: inout Status) -> Int {
        let up = behavior["scaleUp"]
        let down = behavior["scaleDown"]
        let upCutoff = server.now - .seconds(Int64(up["stabilizationWindowSeconds"].int ?? 0))
        let downCutoff = server.now - .seconds(Int64(down["stabilizationWindowSeconds"].int ?? 300))
        var upRecommendation = proposal
        var downRecommendation = proposal
        var kept = recommendations[key] ?? []
        var oldSample: Int?
        for (index, recommendation) in kept.enumerated() {
            if recommendation.at > upCutoff { upRecommendation = Swift.min(recommendation.replicas, upRecommendation) }
            if recommendation.at > downCutoff { downRecommendation = Swift.max(recommendation.replicas, downRecommendation) }
            if recommendation.at < upCutoff, recommendation.at < downCutoff { oldSample = index }
        }
        let stabilized = Swift.min(Swift.max(current, upRecommendation), downRecommendation)
        if let oldSample { kept[oldSample] = (proposal, server.now) } else { kept.append((proposal, server.now)) }
        recommendations[key] = kept
        if stabilized != proposal {
            if proposal >= current {
                status.set("AbleToScale", true, "ScaleUpStabilized",
                           "recent recommendations were lower than current one, applying the lowest recent recommendation")
            } else {
                status.set("AbleToScale", true, "ScaleDownStabilized",
                           "recent recommendations were higher than current one, applying the highest recent recommendation")
            }
        } else {
            status.set("AbleToScale", true, "ReadyForNewScale", "recommended size matches current size")
        }
        var limited: (replicas: Int, reason: String, message: String)?
        let history = scaleEvents[key] ?? ([], [])
        if stabilized > current {
            let limit = Swift.max(rateLimit(up, current: current, history: history, growing: true), current)
            let allowed = max > limit
                ? (limit, "ScaleUpLimit", "the desired replica count is increasing faster than the maximum scale rate")
                : (max, "TooManyReplicas", "the desired replica count is more than the maximum replica count")
            if stabilized > allowed.0 { limited = allowed }
        } else if stabilized < current {
            let limit = Swift.min(rateLimit(down, current: current, history: history, growing: false), current)
            let allowed = min < limit
                ? (limit, "ScaleDownLimit", "the desired replica count is decreasing faster than the maximum scale rate")
                : (min, "TooFewReplicas", "the desired replica count is less than the minimum replica count")
            if stabilized < allowed.0 { limited = allowed }
        }
        if let limited {
            status.set("ScalingLimited", true, limited.reason, limited.message)
            return limited.replicas
        }
        status.set("ScalingLimited", false, "DesiredWithinRange", "the desired count is within the acceptable range")
        return stabilized
    }

    /// calculateScaleUpLimitWithScalingRules and calculateScaleDownLimitWithBehaviors: where the
    /// policies let the count go from where it stood at the start of each policy's period.
    private func rateLimit(_ rules: JSON, current: Int, history: (up: [(change: Int, at: SimTime)], down: [(change: Int, at: SimTime)]),
                           growing: Bool) -> Int {
        let select = rules["selectPolicy"].string ?? "Max"
        if select == "Disabled" { return current }
        // Max picks the largest change: the highest limit going up, the lowest going down.
        let pickHigher = (select == "Min") != growing
        var result: Int?
        for policy in rules["policies"].array ?? [] {
            let period = SimDuration.seconds(Int64(policy["periodSeconds"].int ?? 15))
            let since = server.now - period
            let added = history.up.filter { $0.at > since }.reduce(0) { $0 + $1.change }
            let removed = history.down.filter { $0.at > since }.reduce(0) { $0 + $1.change }
            let start = current - added + removed
            let value = policy["value"].int ?? 0
            let proposed: Int
            if policy["type"].string == "Pods" {
                proposed = growing ? start + value : start - value
            } else {
                proposed = growing ? Int((Double(start) * (1 + Double(value) / 100)).rounded(.up))
                    : Int(Double(start) * (1 - Double(value) / 100))
            }
            result = result.map { pickHigher ? Swift.max($0, proposed) : Swift.min($0, proposed) } ?? proposed
        }
        return result ?? current
    }

    /// storeScaleEvent: the change, kept as long as the longest policy period looks back.
    private func storeScaleEvent(key: String, from current: Int, to desired: Int, behavior: JSON) {
        var history = scaleEvents[key] ?? ([], [])
        let longest = { (rules: JSON) in (rules["policies"].array ?? []).compactMap { $0["periodSeconds"].int }.max() ?? 0 }
        let upSince = server.now - .seconds(Int64(longest(behavior["scaleUp"])))
        let downSince = server.now - .seconds(Int64(longest(behavior["scaleDown"])))
        history.up.removeAll { $0.at <= upSince }
        history.down.removeAll { $0.at <= downSince }
        if desired > current {
            history.up.append((desired - current, server.now))
        } else {
            history.down.append((current - desired, server.now))
        }
        scaleEvents[key] = history
    }

    private func write(_ hpa: JSON, _ status: Status) {
        server.modify(.horizontalPodAutoscaler, namespace: hpa.namespace, name: hpa.name) { object in
            guard object.uid == hpa.uid else { return }
            object["status"] = status.json
        }
    }

    /// `NewMilliQuantity(n, DecimalSI).String()`: whole numbers plain, others in millis.
    static func milliQuantity(_ milli: Int64) -> String { milli % 1000 == 0 ? String(milli / 1000) : "\(milli)m" }

    /// An HPA's status as the controller builds it: conditions keep their transition time
    /// while their status holds.
    struct Status {
        var conditions: [JSON]
        var currentMetrics: [JSON]?
        var currentReplicas: Int
        var desiredReplicas: Int
        var lastScaleTime: SimTime?
        let now: SimTime

        init(_ status: JSON, now: SimTime) {
            conditions = status["conditions"].array ?? []
            currentMetrics = status["currentMetrics"].array
            currentReplicas = status["currentReplicas"].int ?? 0
            desiredReplicas = status["desiredReplicas"].int ?? 0
            lastScaleTime = status["lastScaleTime"].string.flatMap(SimTime.init(rfc3339:))
            self.now = now
        }

        mutating func set(_ type: String, _ isTrue: Bool, _ reason: String, _ message: String) {
            let value = isTrue ? "True" : "False"
            let index = conditions.firstIndex { $0["type"].string == type }
            let transition = index.flatMap { conditions[$0]["status"].string == value ? conditions[$0]["lastTransitionTime"] : nil }
                ?? .string(now.rfc3339)
            let condition: JSON = ["type": .string(type), "status": .string(value), "lastTransitionTime": transition,
                                   "reason": .string(reason), "message": .string(message)]
            if let index { conditions[index] = condition } else { conditions.append(condition) }
        }

        var json: JSON {
            var object = JSONObject()
            if !conditions.isEmpty { object["conditions"] = .array(conditions) }
            if let currentMetrics, !currentMetrics.isEmpty { object["currentMetrics"] = .array(currentMetrics) }
            object["currentReplicas"] = .int(currentReplicas)
            object["desiredReplicas"] = .int(desiredReplicas)
            if let lastScaleTime { object["lastScaleTime"] = .string(lastScaleTime.rfc3339) }
            return .object(object)
        }
    }
}
