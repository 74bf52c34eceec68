import GoPorts
import JSONValue
import SimCore

final class CronJobStrategy: ResourceStrategy {
    var tracksGeneration: Bool { true }

    func applyDefaults(_ cronJob: inout JSON, context: StrategyContext) {
        var spec = cronJob["spec"]
        if spec["concurrencyPolicy"].isNull { spec["concurrencyPolicy"] = "Allow" }
        if spec["suspend"].isNull { spec["suspend"] = false }
        if spec["successfulJobsHistoryLimit"].isNull { spec["successfulJobsHistoryLimit"] = 3 }
        if spec["failedJobsHistoryLimit"].isNull { spec["failedJobsHistoryLimit"] = 1 }
        if spec["jobTemplate"].object != nil, spec["jobTemplate"]["metadata"].object?["creationTimestamp"] == nil {
            spec["jobTemplate"]["metadata"]["creationTimestamp"] = .null
        }
        PodTemplateDefaults.apply(&spec["jobTemplate"]["spec"]["template"])
        cronJob["spec"] = spec
    }

    func validate(_ cronJob: JSON, context: StrategyContext) -> [FieldError] {
        var errors: [FieldError] = []
        let schedule = cronJob["spec"]["schedule"].string ?? ""
        if schedule.isEmpty {
            errors.append(FieldError("spec.schedule", .required))
        } else if case .failure(let problem) = CronSchedule.parse(schedule) {
            errors.append(FieldError("spec.schedule", .invalid(value: "\"\(schedule)\""), problem.message))
        }
        errors += PodValidation.validateSpec(cronJob["spec"]["jobTemplate"]["spec"]["template"]["spec"],
                                             path: "spec.jobTemplate.spec.template.spec")
        return errors
    }

    var table: TableConvertor {
        TableConvertor(
            columns: [
                ColumnDefinition("Name", format: "name"), ColumnDefinition("Schedule"), ColumnDefinition("Timezone"),
                ColumnDefinition("Suspend", type: "boolean"), ColumnDefinition("Active", type: "integer"),
                ColumnDefinition("Last Schedule"), ColumnDefinition("Age"),
                ColumnDefinition("Containers", priority: 1), ColumnDefinition("Images", priority: 1),
                ColumnDefinition("Selector", priority: 1),
            ],
            cells: { cronJob, context in
                let spec = cronJob["spec"]
                let containers = spec["jobTemplate"]["spec"]["template"]["spec"]["containers"].array ?? []
                let last = cronJob["status"]["lastScheduleTime"].string.flatMap { SimTime(rfc3339: $0) }
                return [.string(cronJob.name), .string(spec["schedule"].string ?? ""),
                        .string(spec["timeZone"].string ?? "<none>"),
                        .string((spec["suspend"].bool ?? false) ? "True" : "False"),
                        .int(cronJob["status"]["active"].array?.count ?? 0),
                        .string(last.map { HumanDuration.format(context.now - $0) } ?? "<none>"),
                        .string(HumanDuration.age(of: cronJob.creationTimestamp, now: context.now)),
                        .string(containers.compactMap { $0["name"].string }.joined(separator: ",")),
                        .string(containers.compactMap { $0["image"].string }.joined(separator: ",")),
                        .string(PodTemplateDefaults.selectorText(spec["jobTemplate"]["spec"]["selector"]))]
            })
    }
}
