import GoPorts
import JSONValue

final class StatefulSetStrategy: ResourceStrategy {
    var tracksGeneration: Bool { true }

    func applyDefaults(_ sts: inout JSON, context: StrategyContext) {
        if sts["spec"]["replicas"].isNull { sts["spec"]["replicas"] = 1 }
        if sts["spec"]["podManagementPolicy"].isNull { sts["spec"]["podManagementPolicy"] = "OrderedReady" }
        if sts["spec"]["revisionHistoryLimit"].isNull { sts["spec"]["revisionHistoryLimit"] = 10 }
        // A strategy given without its type gets RollingUpdate and a partition of 0; one that
        // names RollingUpdate without `rollingUpdate` stays without it, as apps/v1 defaults.
        if sts["spec"]["updateStrategy"]["type"].isNull {
            sts["spec"]["updateStrategy"]["type"] = "RollingUpdate"
            if sts["spec"]["updateStrategy"]["rollingUpdate"].isNull {
                sts["spec"]["updateStrategy"]["rollingUpdate"] = .object(JSONObject())
            }
        }
        if sts["spec"]["updateStrategy"]["type"].string == "RollingUpdate",
            sts["spec"]["updateStrategy"]["rollingUpdate"].object != nil,
            sts["spec"]["updateStrategy"]["rollingUpdate"]["partition"].isNull
        {
            sts["spec"]["updateStrategy"]["rollingUpdate"]["partition"] = 0
        }
        if sts["spec"]["persistentVolumeClaimRetentionPolicy"].isNull {
            sts["spec"]["persistentVolumeClaimRetentionPolicy"] = ["whenDeleted": "Retain", "whenScaled": "Retain"]
        }
        PodTemplateDefaults.apply(&sts["spec"]["template"])
        // A claim template is a typed PersistentVolumeClaim on the server: it shows its kind,
        // an empty creation time, the Filesystem volume mode and a Pending phase.
        if var templates = sts["spec"]["volumeClaimTemplates"].array {
            for index in templates.indices where templates[index].object != nil {
                if templates[index]["apiVersion"].isNull { templates[index]["apiVersion"] = "v1" }
                if templates[index]["kind"].isNull { templates[index]["kind"] = "PersistentVolumeClaim" }
                if templates[index]["metadata"].object?["creationTimestamp"] == nil {
                    templates[index]["metadata"]["creationTimestamp"] = .null
                }
                if templates[index]["spec"]["volumeMode"].isNull { templates[index]["spec"]["volumeMode"] = "Filesystem" }
                if templates[index]["status"]["phase"].isNull { templates[index]["status"]["phase"] = "Pending" }
            }
            sts["spec"]["volumeClaimTemplates"] = .array(templates)
        }
    }

    func validate(_ sts: JSON, context: StrategyContext) -> [FieldError] {
        var errors = PodTemplateDefaults.validate(sts)
        if sts["spec"]["updateStrategy"]["type"].string == "RollingUpdate",
            let partition = sts["spec"]["updateStrategy"]["rollingUpdate"]["partition"].int, partition < 0
        {
            errors.append(FieldError("spec.updateStrategy.rollingUpdate.partition", .invalid(value: String(partition)),
                                     "must be greater than or equal to 0"))
        }
        return errors
    }

    var table: TableConvertor {
        TableConvertor(
            columns: [ColumnDefinition("Name", format: "name"), ColumnDefinition("Ready"), ColumnDefinition("Age"),
                      ColumnDefinition("Containers", priority: 1), ColumnDefinition("Images", priority: 1)],
            cells: { sts, context in
                let (names, images) = PodTemplateDefaults.containers(sts)
                return [.string(sts.name), .string("\(sts["status"]["readyReplicas"].int ?? 0)/\(sts["spec"]["replicas"].int ?? 0)"),
                        .string(HumanDuration.age(of: sts.creationTimestamp, now: context.now)), .string(names), .string(images)]
            })
    }
}
