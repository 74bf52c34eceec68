import GoPorts
import JSONValue

/// StorageClasses (storage.k8s.io/v1): Delete and Immediate unless told otherwise, a
/// provisioner that cannot change, and kubectl's table with `(default)` after the default's name.
final class StorageClassStrategy: ResourceStrategy {
    func applyDefaults(_ storageClass: inout JSON, context: StrategyContext) {
        if storageClass["reclaimPolicy"].isNull { storageClass["reclaimPolicy"] = "Delete" }
        if storageClass["volumeBindingMode"].isNull { storageClass["volumeBindingMode"] = "Immediate" }
    }

    func validate(_ storageClass: JSON, context: StrategyContext) -> [FieldError] {
        var errors: [FieldError] = []
        if (storageClass["provisioner"].string ?? "").isEmpty {
            errors.append(FieldError("provisioner", .required))
        }
        if let policy = storageClass["reclaimPolicy"].string, !["Delete", "Retain"].contains(policy) {
            errors.append(FieldError("reclaimPolicy", .unsupported(value: "\"\(policy)\"", supported: ["Delete", "Retain"])))
        }
        if let mode = storageClass["volumeBindingMode"].string, !["Immediate", "WaitForFirstConsumer"].contains(mode) {
            errors.append(FieldError("volumeBindingMode",
                                     .unsupported(value: "\"\(mode)\"", supported: ["Immediate", "WaitForFirstConsumer"])))
        }
        return errors
    }

    func validateUpdate(_ storageClass: JSON, old: JSON, context: StrategyContext) -> [FieldError] {
        var errors = validate(storageClass, context: context)
        if storageClass["parameters"] != old["parameters"] {
            errors.append(FieldError("parameters", .forbidden, "updates to parameters are forbidden."))
        }
        if storageClass["provisioner"] != old["provisioner"] {
            errors.append(FieldError("provisioner", .forbidden, "updates to provisioner are forbidden."))
        }
        if storageClass["reclaimPolicy"] != old["reclaimPolicy"] {
            errors.append(FieldError("reclaimPolicy", .forbidden, "updates to reclaimPolicy are forbidden."))
        }
        if storageClass["volumeBindingMode"] != old["volumeBindingMode"] {
            errors.append(FieldError("volumeBindingMode", .invalid(value: "\"\(storageClass["volumeBindingMode"].string ?? "")\""),
                                     "field is immutable"))
        }
        return errors
    }

    var table: TableConvertor {
        TableConvertor(
            columns: [
                ColumnDefinition("Name", format: "name"), ColumnDefinition("Provisioner"), ColumnDefinition("ReclaimPolicy"),
                ColumnDefinition("VolumeBindingMode"), ColumnDefinition("AllowVolumeExpansion"), ColumnDefinition("Age"),
            ],
            cells: { storageClass, context in
                let name = storageClass.name + (StorageFacts.isDefaultClass(storageClass) ? " (default)" : "")
                return [.string(name), .string(storageClass["provisioner"].string ?? ""),
                        .string(storageClass["reclaimPolicy"].string ?? "Delete"),
                        .string(storageClass["volumeBindingMode"].string ?? "Immediate"),
                        .bool(storageClass["allowVolumeExpansion"].bool ?? false),
                        .string(HumanDuration.age(of: storageClass.creationTimestamp, now: context.now))]
            })
    }
}
