import ContainerImages
import SimCore

/// The `awslogs` log driver: each container's output goes to its CloudWatch Logs stream
/// (`prefix/container/task-id`), line by line at the time the process printed it.
extension ECSBackend {
    /// Ships a container's output up to `end` to its awslogs stream, and schedules the next
    /// shipment for when the process next prints.
    func flushLogs(_ id: String, container index: Int, through end: SimTime) {
        guard var task = tasks[id], task.containers.indices.contains(index) else { return }
        let container = task.containers[index]
        guard let plan = container.plan, let start = container.processStartedAt,
            let log = container.definition.logConfiguration, log.driver == "awslogs",
            let group = log.options["awslogs-group"], let logs
        else { return }
        let stream = log.options["awslogs-stream-prefix"].map { "\($0)/\(container.name)/\(task.id)" }
            ?? (container.runtimeID ?? task.id)
        let upTo = (end - start).seconds
        for line in plan.lines(after: container.loggedThrough, through: upTo, limit: 10_000) {
            logs.append(group: group, stream: stream, timestamp: start + .seconds(line.at), message: line.text)
        }
        task.containers[index].loggedThrough = upTo
        if let timer = task.containers[index].logTimer { simulation.cancel(timer) }
        task.containers[index].logTimer = nil
        if container.lastStatus == "RUNNING", let next = plan.nextLineTime(after: upTo) {
            task.containers[index].logTimer = simulation.schedule(at: start + .seconds(next)) { [weak self] in
                guard let self else { return }
                self.flushLogs(id, container: index, through: self.simulation.now)
            }
        }
        tasks[id] = task
    }
}

extension ProcessPlan {
    /// Lines printed after `start` seconds and up to `end`, with the same timing rule as
    /// `output(within:)` (the repeating part begins at the last one-off line), computed
    /// without replaying the whole history.
    func lines(after start: Double, through end: Double, limit: Int) -> [Line] {
        guard end > start else { return [] }
        var result = lines.filter { $0.at > start && $0.at <= end }
        guard let repeating, repeating.period > 0, !repeating.lines.isEmpty else { return result }
        let origin = lines.last?.at ?? 0
        let latest = repeating.lines.map(\.at).max() ?? 0
        var iteration = max(0, ((start - origin - latest) / repeating.period).rounded(.down))
        while origin + iteration * repeating.period <= end, result.count < limit {
            for line in repeating.lines {
                let at = origin + iteration * repeating.period + line.at
                if at > start, at <= end { result.append(Line(at: at, text: line.text, isError: line.isError)) }
            }
            iteration += 1
        }
        return result
    }

    /// When the process next prints after `time` seconds, if it ever does.
    func nextLineTime(after time: Double) -> Double? {
        if let next = lines.first(where: { $0.at > time }) { return next.at }
        guard let repeating, repeating.period > 0, !repeating.lines.isEmpty else { return nil }
        let origin = lines.last?.at ?? 0
        let offsets = repeating.lines.map(\.at)
        let iteration = max(0, ((time - origin - (offsets.max() ?? 0)) / repeating.period).rounded(.down))
        for k in 0..<3 {
            let base = origin + (iteration + Double(k)) * repeating.period
            if let at = offsets.map({ base + $0 }).filter({ $0 > time }).min() { return at }
        }
        return nil
    }
}
