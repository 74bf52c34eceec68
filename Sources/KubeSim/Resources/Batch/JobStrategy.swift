import GoPorts
import JSONValue
import SimCore

/// Jobs: the selector and labels the API server generates, defaults, and the printer.
final class JobStrategy: ResourceStrategy {
    var tracksGeneration: Bool { true }

    func applyDefaults(_ job: inout JSON, context: StrategyContext) {
        var spec = job["spec"]
        if spec["completionMode"].isNull { spec["completionMode"] = "NonIndexed" }
        if spec["completions"].isNull && spec["parallelism"].isNull { spec["completions"] = 1 }
        if spec["parallelism"].isNull { spec["parallelism"] = 1 }
        if spec["backoffLimit"].isNull { spec["backoffLimit"] = 6 }
        if spec["suspend"].isNull { spec["suspend"] = false }
        if spec["manualSelector"].isNull, spec["podReplacementPolicy"].isNull {
            spec["podReplacementPolicy"] = "TerminatingOrFailed"
        }
        // A new Job gets a selector on its own uid, and the template the matching labels.
        if context.isCreate, spec["manualSelector"].bool != true, spec["selector"].isNull {
            let uid = job.uid
            let labels: [String: String] = [
                "batch.kubernetes.io/controller-uid": uid, "batch.kubernetes.io/job-name": job.name,
                "controller-uid": uid, "job-name": job.name,
            ]
            spec["selector"] = ["matchLabels": ["batch.kubernetes.io/controller-uid": .string(uid)]]
            for (key, value) in labels { spec["template"]["metadata"]["labels"][key] = .string(value) }
            var jobLabels = job["metadata"]["labels"]
            if jobLabels.isNull {
                for (key, value) in labels { jobLabels[key] = .string(value) }
                job["metadata"]["labels"] = jobLabels
            }
        }
        PodTemplateDefaults.apply(&spec["template"])
        job["spec"] = spec
    }

    func validate(_ job: JSON, context: StrategyContext) -> [FieldError] {
        var errors = PodValidation.validateSpec(job["spec"]["template"]["spec"], path: "spec.template.spec")
        if let policy = job["spec"]["template"]["spec"]["restartPolicy"].string, policy == "Always" {
            errors.append(FieldError("spec.template.spec.restartPolicy",
                                     .unsupported(value: "\"Always\"", supported: ["OnFailure", "Never"])))
        }
        for field in ["completions", "parallelism", "backoffLimit"] {
            if let value = job["spec"][field].int, value < 0 {
                errors.append(FieldError("spec.\(field)", .invalid(value: String(value)), "must be greater than or equal to 0"))
            }
        }
        return errors
    }

    var table: TableConvertor {
        TableConvertor(
            columns: [
                ColumnDefinition("Name", format: "name"), ColumnDefinition("Status"), ColumnDefinition("Completions"),
                ColumnDefinition("Duration"), ColumnDefinition("Age"), ColumnDefinition("Containers", priority: 1),
                ColumnDefinition("Images", priority: 1), ColumnDefinition("Selector", priority: 1),
            ],
            cells: { job, context in
                let (names, images) = PodTemplateDefaults.containers(job)
                return [.string(job.name), .string(JobView(job).statusText), .string(JobView(job).completionsText),
                        .string(JobView(job).duration(now: context.now)),
                        .string(HumanDuration.age(of: job.creationTimestamp, now: context.now)),
                        .string(names), .string(images),
                        .string(PodTemplateDefaults.selectorText(job["spec"]["selector"]))]
            })
    }
}

/// Reads of a Job shared by the printer, describe and the CronJob controller.
public struct JobView {
    public let job: JSON
    public init(_ job: JSON) { self.job = job }

    func hasCondition(_ type: String) -> Bool {
        (job["status"]["conditions"].array ?? []).contains { $0["type"].string == type && $0["status"].string == "True" }
    }

    public var isComplete: Bool { hasCondition("Complete") }
    public var isFailed: Bool { hasCondition("Failed") }
    public var isFinished: Bool { isComplete || isFailed }

    /// Complete > Failed > Terminating > Suspended > FailureTarget > Running.
    public var statusText: String {
        if isComplete { return "Complete" }
        if isFailed { return "Failed" }
        if job.isTerminating { return "Terminating" }
        if hasCondition("Suspended") { return "Suspended" }
        if hasCondition("FailureTarget") { return "FailureTarget" }
        return "Running"
    }

    public var completionsText: String {
        let succeeded = job["status"]["succeeded"].int ?? 0
        if let completions = job["spec"]["completions"].int { return "\(succeeded)/\(completions)" }
        let parallelism = job["spec"]["parallelism"].int ?? 1
        return parallelism > 1 ? "\(succeeded)/1 of \(parallelism)" : "\(succeeded)/1"
    }

    public func duration(now: SimTime) -> String {
        guard let start = job["status"]["startTime"].string.flatMap({ SimTime(rfc3339: $0) }) else { return "" }
        let end = job["status"]["completionTime"].string.flatMap { SimTime(rfc3339: $0) } ?? now
        return HumanDuration.format(end - start)
    }
}
