import JSONValue
import SimCore

/// The cronjob controller: at each scheduled minute of the simulated clock, a Job from the
/// template (named `<cronjob>-<minutes since the epoch>`), honouring suspend, concurrency
/// policy and the history limits.
final class CronJobController {
    static let source = EventRecorder.Source(component: "cronjob-controller")
    private let server: APIServer
    private let events: EventRecorder
    private var queue: WorkQueue!
    private var timers: [String: TimerID] = [:]

    init(server: APIServer, events: EventRecorder) {
        self.server = server
        self.events = events
        queue = WorkQueue(simulation: server.simulation) { [weak self] in self?.sync($0) }
        server.watch(.cronJob) { [weak self] event in
            let key = ObjectKey.make(event.object.namespace, event.object.name)
            if event.type == .deleted {
                if let timer = self?.timers.removeValue(forKey: key) { self?.server.simulation.cancel(timer) }
                return
            }
            self?.queue.add(key)
        }
        server.watchOwned(.job, ownerKind: "CronJob") { [weak self] event, owner in
            self?.queue.addForChild(namespace: event.object.namespace, name: owner.name)
        }
    }

    private func ownedJobs(_ cronJob: JSON) -> [JSON] {
        server.index.children(ofOwner: cronJob.uid).filter { $0.prefix == ResourceType.job.etcdPrefix }
            .compactMap { server.object(.job, namespace: $0.namespace, name: $0.name) }
    }

    private func sync(_ key: String) {
        let (namespace, name) = ObjectKey.split(key)
        guard let cronJob = server.object(.cronJob, namespace: namespace, name: name), !cronJob.isTerminating,
            case .success(let schedule) = CronSchedule.parse(cronJob["spec"]["schedule"].string ?? "")
        else { return }
        let now = server.now
        let jobs = ownedJobs(cronJob)
        let active = jobs.filter { !JobView($0).isFinished }

        // Is a run due? The last scheduled time not yet acted on, at or before now.
        let since = cronJob["status"]["lastScheduleTime"].string.flatMap { SimTime(rfc3339: $0) }
            ?? cronJob.creationTimestamp ?? now
        var due: SimTime?
        var cursor = since
        while let next = schedule.next(after: cursor), next <= now {
            due = next
            cursor = next
        }
        if let due, !(cronJob["spec"]["suspend"].bool ?? false) {
            run(cronJob, at: due, active: active)
        }
        cleanupHistory(cronJob)
        updateActive(namespace: namespace, name: name)
        if let next = schedule.next(after: now) {
            if let timer = timers[key] { server.simulation.cancel(timer) }
            timers[key] = server.simulation.schedule(at: next) { [weak self] in self?.queue.add(key) }
        }
    }

    private func run(_ cronJob: JSON, at time: SimTime, active: [JSON]) {
        let policy = cronJob["spec"]["concurrencyPolicy"].string ?? "Allow"
        if policy == "Forbid", !active.isEmpty {
            server.modify(.cronJob, namespace: cronJob.namespace, name: cronJob.name) {
                $0["status"]["lastScheduleTime"] = .string(time.rfc3339)
            }
            events.record(cronJob, type: "Warning", reason: "JobAlreadyActive",
                          message: "Not starting job because prior execution is running and concurrency policy is Forbid",
                          source: Self.source)
            return
        }
        if policy == "Replace" {
            for job in active where (try? server.delete(.job, namespace: job.namespace, name: job.name)) != nil {
                events.record(cronJob, reason: "SuccessfulDelete", message: "Deleted job \(job.name)", source: Self.source)
            }
        }
        let template = cronJob["spec"]["jobTemplate"]
        let jobName = "\(cronJob.name)-\(time.milliseconds / 60_000)"
        var metadata = template["metadata"].object ?? JSONObject()
        metadata.removeValue(forKey: "creationTimestamp")
        metadata["name"] = .string(jobName)
        metadata["namespace"] = .string(cronJob.namespace)
        metadata["annotations"] = ["batch.kubernetes.io/cronjob-scheduled-timestamp": .string(time.rfc3339)]
        metadata["ownerReferences"] = [OwnerReference(apiVersion: "batch/v1", kind: "CronJob", name: cronJob.name,
                                                      uid: cronJob.uid).json]
        let job: JSON = ["metadata": .object(metadata), "spec": template["spec"]]
        guard (try? server.create(.job, job, namespace: cronJob.namespace)) != nil else { return }
        events.record(cronJob, reason: "SuccessfulCreate", message: "Created job \(jobName)", source: Self.source)
        server.modify(.cronJob, namespace: cronJob.namespace, name: cronJob.name) {
            $0["status"]["lastScheduleTime"] = .string(time.rfc3339)
        }
    }

    private func cleanupHistory(_ cronJob: JSON) {
        let jobs = ownedJobs(cronJob).sorted { ($0.creationTimestamp?.milliseconds ?? 0) < ($1.creationTimestamp?.milliseconds ?? 0) }
        let successful = jobs.filter { JobView($0).isComplete }
        let failed = jobs.filter { JobView($0).isFailed }
        let keepSuccessful = cronJob["spec"]["successfulJobsHistoryLimit"].int ?? 3
        let keepFailed = cronJob["spec"]["failedJobsHistoryLimit"].int ?? 1
        for job in successful.dropLast(keepSuccessful) + failed.dropLast(keepFailed) {
            if (try? server.delete(.job, namespace: job.namespace, name: job.name)) != nil {
                events.record(cronJob, reason: "SawCompletedJob", message: "Saw completed job: \(job.name), condition: \(JobView(job).isComplete ? "Complete" : "Failed")",
                              source: Self.source)
            }
        }
        if let latest = successful.last, let finished = latest["status"]["completionTime"].string {
            server.modify(.cronJob, namespace: cronJob.namespace, name: cronJob.name) {
                $0["status"]["lastSuccessfulTime"] = .string(finished)
            }
        }
    }

    private func updateActive(namespace: String, name: String) {
        guard let cronJob = server.object(.cronJob, namespace: namespace, name: name) else { return }
        let active = ownedJobs(cronJob).filter { !JobView($0).isFinished }
            .sorted { ($0.creationTimestamp?.milliseconds ?? 0) < ($1.creationTimestamp?.milliseconds ?? 0) }
        server.modify(.cronJob, namespace: namespace, name: name) { cronJob in
            if active.isEmpty {
                cronJob["status"].remove("active")
            } else {
                cronJob["status"]["active"] = .array(active.map {
                    ["apiVersion": "batch/v1", "kind": "Job", "name": .string($0.name), "namespace": .string($0.namespace),
                     "resourceVersion": .string($0.resourceVersion), "uid": .string($0.uid)]
                })
            }
            if cronJob["status"].isNull { cronJob["status"] = .object(JSONObject()) }
        }
    }
}
