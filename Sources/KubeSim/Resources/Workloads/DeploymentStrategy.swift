import GoPorts
import JSONValue

final class DeploymentStrategy: ResourceStrategy {
    var tracksGeneration: Bool { true }

    func applyDefaults(_ d: inout JSON, context: StrategyContext) {
        if d["spec"]["replicas"].isNull { d["spec"]["replicas"] = 1 }
        if d["spec"]["revisionHistoryLimit"].isNull { d["spec"]["revisionHistoryLimit"] = 10 }
        if d["spec"]["progressDeadlineSeconds"].isNull { d["spec"]["progressDeadlineSeconds"] = 600 }
        if d["spec"]["strategy"]["type"].isNull { d["spec"]["strategy"]["type"] = "RollingUpdate" }
        if d["spec"]["strategy"]["type"].string == "RollingUpdate" {
            if d["spec"]["strategy"]["rollingUpdate"]["maxSurge"].isNull {
                d["spec"]["strategy"]["rollingUpdate"]["maxSurge"] = "25%"
            }
            if d["spec"]["strategy"]["rollingUpdate"]["maxUnavailable"].isNull {
                d["spec"]["strategy"]["rollingUpdate"]["maxUnavailable"] = "25%"
            }
        }
        PodTemplateDefaults.apply(&d["spec"]["template"])
    }

    func validate(_ d: JSON, context: StrategyContext) -> [FieldError] {
        var errors = PodTemplateDefaults.validate(d)
        if d["spec"]["strategy"]["type"].string == "RollingUpdate" {
            errors += RollingUpdateValidation.deployment(d["spec"]["strategy"]["rollingUpdate"],
                                                         path: "spec.strategy.rollingUpdate")
        }
        return errors
    }

    func validateUpdate(_ d: JSON, old: JSON, context: StrategyContext) -> [FieldError] {
        validate(d, context: context) + SelectorImmutability.validate(d, old: old)
    }

    var table: TableConvertor {
        TableConvertor(
            columns: [
                ColumnDefinition("Name", format: "name"), ColumnDefinition("Ready"), ColumnDefinition("Up-to-date", type: "integer"),
                ColumnDefinition("Available", type: "integer"), ColumnDefinition("Age"),
                ColumnDefinition("Containers", priority: 1), ColumnDefinition("Images", priority: 1),
                ColumnDefinition("Selector", priority: 1),
            ],
            cells: { d, context in
                let status = d["status"]
                let (names, images) = PodTemplateDefaults.containers(d)
                return [.string(d.name), .string("\(status["readyReplicas"].int ?? 0)/\(d["spec"]["replicas"].int ?? 0)"),
                        .int(status["updatedReplicas"].int ?? 0), .int(status["availableReplicas"].int ?? 0),
                        .string(HumanDuration.age(of: d.creationTimestamp, now: context.now)), .string(names),
                        .string(images), .string(PodTemplateDefaults.selectorText(d["spec"]["selector"]))]
            })
    }
}

final class ReplicaSetStrategy: ResourceStrategy {
    var tracksGeneration: Bool { true }

    func applyDefaults(_ rs: inout JSON, context: StrategyContext) {
        if rs["spec"]["replicas"].isNull { rs["spec"]["replicas"] = 1 }
        PodTemplateDefaults.apply(&rs["spec"]["template"])
    }

    func validate(_ rs: JSON, context: StrategyContext) -> [FieldError] { PodTemplateDefaults.validate(rs) }

    func validateUpdate(_ rs: JSON, old: JSON, context: StrategyContext) -> [FieldError] {
        validate(rs, context: context) + SelectorImmutability.validate(rs, old: old)
    }

    var table: TableConvertor {
        TableConvertor(
            columns: [
                ColumnDefinition("Name", format: "name"), ColumnDefinition("Desired", type: "integer"),
                ColumnDefinition("Current", type: "integer"), ColumnDefinition("Ready", type: "integer"),
                ColumnDefinition("Age"), ColumnDefinition("Containers", priority: 1),
                ColumnDefinition("Images", priority: 1), ColumnDefinition("Selector", priority: 1),
            ],
            cells: { rs, context in
                let (names, images) = PodTemplateDefaults.containers(rs)
                return [.string(rs.name), .int(rs["spec"]["replicas"].int ?? 0), .int(rs["status"]["replicas"].int ?? 0),
                        .int(rs["status"]["readyReplicas"].int ?? 0),
                        .string(HumanDuration.age(of: rs.creationTimestamp, now: context.now)), .string(names),
                        .string(images), .string(PodTemplateDefaults.selectorText(rs["spec"]["selector"]))]
            })
    }
}

final class DaemonSetStrategy: ResourceStrategy {
    /// apps/v1's spelling of the internal `spec.templateGeneration`: 1 at creation, one more
    /// at each change of the template.
    static let templateGenerationAnnotation = "deprecated.daemonset.template.generation"

    var tracksGeneration: Bool { true }

    func applyDefaults(_ ds: inout JSON, context: StrategyContext) {
        if context.isCreate { ds["metadata"]["annotations"][Self.templateGenerationAnnotation] = "1" }
        if ds["spec"]["revisionHistoryLimit"].isNull { ds["spec"]["revisionHistoryLimit"] = 10 }
        if ds["spec"]["updateStrategy"]["type"].isNull { ds["spec"]["updateStrategy"]["type"] = "RollingUpdate" }
        if ds["spec"]["updateStrategy"]["type"].string == "RollingUpdate" {
            if ds["spec"]["updateStrategy"]["rollingUpdate"]["maxUnavailable"].isNull {
                ds["spec"]["updateStrategy"]["rollingUpdate"]["maxUnavailable"] = 1
            }
            if ds["spec"]["updateStrategy"]["rollingUpdate"]["maxSurge"].isNull {
                ds["spec"]["updateStrategy"]["rollingUpdate"]["maxSurge"] = 0
            }
        }
        PodTemplateDefaults.apply(&ds["spec"]["template"])
    }

    func validate(_ ds: JSON, context: StrategyContext) -> [FieldError] {
        var errors = PodTemplateDefaults.validate(ds)
        if ds["spec"]["updateStrategy"]["type"].string == "RollingUpdate" {
            errors += RollingUpdateValidation.daemonSet(ds["spec"]["updateStrategy"]["rollingUpdate"],
                                                        path: "spec.updateStrategy.rollingUpdate")
        }
        return errors
    }

    func validateUpdate(_ ds: JSON, old: JSON, context: StrategyContext) -> [FieldError] {
        validate(ds, context: context) + SelectorImmutability.validate(ds, old: old)
    }

    func prepareForUpdate(_ ds: inout JSON, old: JSON) {
        let previous = old.annotations[Self.templateGenerationAnnotation].flatMap { Int($0) } ?? 1
        let generation = ds["spec"]["template"] == old["spec"]["template"] ? previous : previous + 1
        ds["metadata"]["annotations"][Self.templateGenerationAnnotation] = .string(String(generation))
    }

    var table: TableConvertor {
        TableConvertor(
            columns: [
                ColumnDefinition("Name", format: "name"), ColumnDefinition("Desired", type: "integer"),
                ColumnDefinition("Current", type: "integer"), ColumnDefinition("Ready", type: "integer"),
                ColumnDefinition("Up-to-date", type: "integer"), ColumnDefinition("Available", type: "integer"),
                ColumnDefinition("Node Selector"), ColumnDefinition("Age"),
                ColumnDefinition("Containers", priority: 1), ColumnDefinition("Images", priority: 1),
                ColumnDefinition("Selector", priority: 1),
            ],
            cells: { ds, context in
                let status = ds["status"]
                let (names, images) = PodTemplateDefaults.containers(ds)
                let selector = stringMap(ds["spec"]["template"]["spec"]["nodeSelector"])
                return [.string(ds.name), .int(status["desiredNumberScheduled"].int ?? 0),
                        .int(status["currentNumberScheduled"].int ?? 0), .int(status["numberReady"].int ?? 0),
                        .int(status["updatedNumberScheduled"].int ?? 0), .int(status["numberAvailable"].int ?? 0),
                        .string(selector.isEmpty ? "<none>" : selector.selectorString),
                        .string(HumanDuration.age(of: ds.creationTimestamp, now: context.now)), .string(names),
                        .string(images), .string(PodTemplateDefaults.selectorText(ds["spec"]["selector"]))]
            })
    }
}
