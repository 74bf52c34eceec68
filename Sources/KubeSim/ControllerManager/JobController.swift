import JSONValue
import SimCore

/// The job controller: runs pods until `completions` have succeeded, at most `parallelism` at
/// a time, and gives up after `backoffLimit` failures.
final class JobController {
    static let source = EventRecorder.Source(component: "job-controller")
    private let server: APIServer
    private let events: EventRecorder
    private var queue: WorkQueue!

    init(server: APIServer, events: EventRecorder) {
        self.server = server
        self.events = events
        queue = WorkQueue(simulation: server.simulation) { [weak self] in self?.sync($0) }
        server.watch(.job) { [weak self] event in
            guard event.type != .deleted else { return }
            self?.queue.add(ObjectKey.make(event.object.namespace, event.object.name))
        }
        server.watchOwned(.pod, ownerKind: "Job") { [weak self] event, owner in
            self?.queue.addForChild(namespace: event.object.namespace, name: owner.name)
        }
    }

    private func sync(_ key: String) {
        let (namespace, name) = ObjectKey.split(key)
        guard let job = server.object(.job, namespace: namespace, name: name), !job.isTerminating else { return }
        let now = server.now
        let pods = server.index.children(ofOwner: job.uid).filter { $0.prefix == ResourceType.pod.etcdPrefix }
            .compactMap { server.object(.pod, namespace: $0.namespace, name: $0.name) }
        let succeeded = pods.filter { $0["status"]["phase"].string == "Succeeded" }.count
        let failedPods = pods.filter { $0["status"]["phase"].string == "Failed" }
        // status.failed only grows, even when failed pods are deleted.
        let failed = max(failedPods.count, job["status"]["failed"].int ?? 0)
        let active = pods.filter(PodTemplate.isActive)
        let ready = active.filter(PodTemplate.isReady).count
        let spec = job["spec"]
        let completions = spec["completions"].int
        let parallelism = spec["parallelism"].int ?? 1
        let backoffLimit = spec["backoffLimit"].int ?? 6
        let suspended = spec["suspend"].bool ?? false
        let view = JobView(job)
        var finishedNow: (type: String, reason: String, message: String)?

        if !view.isFinished {
            if let completions, succeeded >= completions {
                finishedNow = ("Complete", "CompletionsReached", "Reached expected number of succeeded pods")
            } else if completions == nil, succeeded > 0, active.isEmpty {
                finishedNow = ("Complete", "CompletionsReached", "Reached expected number of succeeded pods")
            } else if failed > backoffLimit || Self.pastBackoffLimitOnFailure(spec, pods: pods, limit: backoffLimit) {
                finishedNow = ("Failed", "BackoffLimitExceeded", "Job has reached the specified backoff limit")
            } else if let deadline = spec["activeDeadlineSeconds"].int,
                let start = job["status"]["startTime"].string.flatMap({ SimTime(rfc3339: $0) }),
                now - start >= .seconds(Int64(deadline))
            {
                finishedNow = ("Failed", "DeadlineExceeded", "Job was active longer than specified deadline")
            }
        }

        if finishedNow?.type == "Failed" || view.isFailed || suspended {
            for pod in active where (try? server.delete(.pod, namespace: namespace, name: pod.name)) != nil {
                events.record(job, reason: "SuccessfulDelete", message: "Deleted pod: \(pod.name)", source: Self.source)
            }
        } else if !view.isFinished && finishedNow == nil {
            let remaining = completions.map { max(0, $0 - succeeded) } ?? (succeeded > 0 ? 0 : parallelism)
            let wanted = min(parallelism, remaining)
            let wait = Self.remainingBackoff(pods: pods, now: now)
            if (active.count < wanted) && wait > .zero {
                queue.add(key, after: wait)
            } else if active.count < wanted {
                for _ in 0..<(wanted - active.count) {
                    let pod = PodTemplate.pod(from: spec["template"], owner: job, namePrefix: "\(job.name)-")
                    if let created = try? server.create(.pod, pod, namespace: namespace) {
                        events.record(job, reason: "SuccessfulCreate", message: "Created pod: \(created.name)",
                                      source: Self.source)
                    }
                }
            }
        }

        let activeNow = server.index.children(ofOwner: job.uid).filter { $0.prefix == ResourceType.pod.etcdPrefix }
            .compactMap { server.object(.pod, namespace: $0.namespace, name: $0.name) }.filter(PodTemplate.isActive).count
        server.modify(.job, namespace: namespace, name: name) { job in
            var status = job["status"].object ?? JSONObject()
            if status["startTime"] == nil, !suspended { status["startTime"] = .string(now.rfc3339) }
            status.set("active", activeNow > 0 && finishedNow == nil ? .int(activeNow) : nil)
            status.set("succeeded", succeeded > 0 ? .int(succeeded) : nil)
            status.set("failed", failed > 0 ? .int(failed) : nil)
            status["ready"] = .int(finishedNow == nil ? ready : 0)
            status["terminating"] = 0
            status["uncountedTerminatedPods"] = .object(JSONObject())
            if let finishedNow {
                var conditions = status["conditions"]?.array ?? []
                let criteria = finishedNow.type == "Complete"
                    ? ("SuccessCriteriaMet", "CompletionsReached", "Reached expected number of succeeded pods")
                    : ("FailureTarget", finishedNow.reason, finishedNow.message)
                for (type, reason, message) in [criteria, finishedNow] {
                    conditions.append(["lastProbeTime": .string(now.rfc3339), "lastTransitionTime": .string(now.rfc3339),
                                       "message": .string(message), "reason": .string(reason), "status": "True",
                                       "type": .string(type)])
                }
                status["conditions"] = .array(conditions)
                if finishedNow.type == "Complete" { status["completionTime"] = .string(now.rfc3339) }
            }
            job["status"] = .object(status)
        }
        if let finishedNow {
            if finishedNow.type == "Complete" {
                events.record(job, reason: "Completed", message: "Job completed", source: Self.source)
            } else {
                events.record(job, type: "Warning", reason: finishedNow.reason, message: finishedNow.message,
                              source: Self.source)
            }
        }
        if let deadline = spec["activeDeadlineSeconds"].int, finishedNow == nil, !view.isFinished {
            queue.add(key, after: .seconds(Int64(deadline)))
        }
    }
}

extension JobController {
    static let podFailureBackoff = SimDuration.seconds(Int64(10))
    /// kube-controller-manager's MaxJobPodFailureBackOff in v1.32 (the docs still say six minutes).
    static let maxPodFailureBackoff = SimDuration.minutes(10)

    /// With `restartPolicy: OnFailure` the containers' restarts count against the limit.
    static func pastBackoffLimitOnFailure(_ spec: JSON, pods: [JSON], limit: Int) -> Bool {
        guard spec["template"]["spec"]["restartPolicy"].string == "OnFailure" else { return false }
        var restarts = 0
        for pod in pods where ["Running", "Pending"].contains(pod["status"]["phase"].string ?? "") {
            for key in ["initContainerStatuses", "containerStatuses"] {
                restarts += (pod["status"][key].array ?? []).map { $0["restartCount"].int ?? 0 }.reduce(0, +)
            }
        }
        return limit == 0 ? restarts > 0 : restarts >= limit
    }

    /// How long the controller still waits before replacing a failed pod: 10 s after the first
    /// failure since the last success, doubling with each further one, capped at ten minutes.
    static func remainingBackoff(pods: [JSON], now: SimTime) -> SimDuration {
        let lastSuccess = pods.filter { $0["status"]["phase"].string == "Succeeded" }.compactMap(finishedAt).max()
        let failures = pods.filter { $0["status"]["phase"].string == "Failed" }.compactMap(finishedAt)
            .filter { failure in lastSuccess.map { failure > $0 } ?? true }
        guard let lastFailure = failures.max() else { return .zero }
        var backoff = podFailureBackoff
        for _ in 1..<failures.count where backoff < maxPodFailureBackoff { backoff = backoff + backoff }
        backoff = min(backoff, maxPodFailureBackoff)
        let elapsed = now - lastFailure
        return elapsed >= backoff ? .zero : .millis(backoff.milliseconds - elapsed.milliseconds)
    }

    /// When the pod's last container finished.
    static func finishedAt(_ pod: JSON) -> SimTime? {
        (pod["status"]["containerStatuses"].array ?? []).compactMap {
            $0["state"]["terminated"]["finishedAt"].string.flatMap { SimTime(rfc3339: $0) }
        }.max()
    }
}

extension JSONObject {
    /// Sets a member, or removes it when `value` is nil.
    mutating func set(_ key: String, _ value: JSON?) { self[key] = value }
}
