import GoPorts
import JSONValue

/// PersistentVolumeClaims: Filesystem by default, the default StorageClass when none is named
/// (the DefaultStorageClass admission plugin), the pvc-protection finalizer, born Pending, a
/// spec that only grows its request once bound, and kubectl's table.
final class PersistentVolumeClaimStrategy: ResourceStrategy {
    func applyDefaults(_ claim: inout JSON, context: StrategyContext) {
        if claim["spec"]["volumeMode"].isNull { claim["spec"]["volumeMode"] = "Filesystem" }
        if let storage = claim["spec"]["resources"]["requests"].object?["storage"] {
            claim["spec"]["resources"]["requests"]["storage"] = StorageFacts.canonical(storage)
        }
        guard context.isCreate else { return }
        if claim["spec"]["storageClassName"].isNull,
            claim["metadata"]["annotations"][StorageFacts.betaStorageClassAnnotation].isNull,
            let defaultClass = context.server.defaultStorageClass()
        {
            claim["spec"]["storageClassName"] = .string(defaultClass.name)
        }
        if !claim.finalizers.contains(StorageFacts.pvcProtection) {
            claim["metadata"]["finalizers"] = .array((claim["metadata"]["finalizers"].array ?? []) + [.string(StorageFacts.pvcProtection)])
        }
        claim["status"] = ["phase": "Pending"]
    }

    func validate(_ claim: JSON, context: StrategyContext) -> [FieldError] {
        let spec = claim["spec"]
        var errors: [FieldError] = []
        let modes = (spec["accessModes"].array ?? []).compactMap(\.string)
        if modes.isEmpty {
            errors.append(FieldError("spec.accessModes", .required, "at least 1 access mode is required"))
        }
        errors += PersistentVolumeStrategy.accessModeErrors(modes, path: "spec.accessModes")
        let path = "spec.resources[storage]"
        if let storage = spec["resources"]["requests"].object?["storage"] {
            if let bytes = StorageFacts.bytes(storage) {
                if bytes <= 0 {
                    errors.append(FieldError(path, .invalid(value: "\"\(storage.string ?? String(bytes))\""), "must be greater than zero"))
                }
            }
        } else {
            errors.append(FieldError(path, .required))
        }
        if let mode = spec["volumeMode"].string, !["Block", "Filesystem"].contains(mode) {
            errors.append(FieldError("spec.volumeMode", .unsupported(value: "\"\(mode)\"", supported: ["Block", "Filesystem"])))
        }
        return errors
    }

    func validateUpdate(_ claim: JSON, old: JSON, context: StrategyContext) -> [FieldError] {
        var errors = validate(claim, context: context)
        var newSpec = claim["spec"]
        var oldSpec = old["spec"]
        // The binder fills volumeName once; a bound claim's request may grow.
        if (oldSpec["volumeName"].string ?? "").isEmpty { oldSpec.set("volumeName", newSpec.object?["volumeName"]) }
        if claim["status"]["phase"].string == "Bound", newSpec["resources"]["requests"].object != nil {
            newSpec["resources"]["requests"].set("storage", oldSpec["resources"]["requests"].object?["storage"])
        }
        newSpec.set("volumeAttributesClassName", oldSpec.object?["volumeAttributesClassName"])
        if newSpec != oldSpec {
            errors.append(FieldError("spec", .forbidden,
                                     "spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims\n"
                                        + ClaimSpecDiff.render(old: oldSpec, new: newSpec)))
        }
        let oldSize = StorageFacts.bytes(old["spec"]["resources"]["requests"]["storage"]) ?? 0
        if let newSize = StorageFacts.bytes(claim["spec"]["resources"]["requests"]["storage"]), newSize < oldSize {
            errors.append(FieldError("spec.resources.requests.storage", .forbidden, "field can not be less than status.capacity"))
        }
        return errors
    }

    var table: TableConvertor {
        TableConvertor(
            columns: [
                ColumnDefinition("Name", format: "name"), ColumnDefinition("Status"), ColumnDefinition("Volume"),
                ColumnDefinition("Capacity"), ColumnDefinition("Access Modes"), ColumnDefinition("StorageClass"),
                ColumnDefinition("VolumeAttributesClass"), ColumnDefinition("Age"),
                ColumnDefinition("VolumeMode", priority: 1),
            ],
            cells: { claim, context in
                let spec = claim["spec"]
                let volumeName = spec["volumeName"].string ?? ""
                let phase = claim.isTerminating ? "Terminating" : (claim["status"]["phase"].string ?? "")
                let bound = !volumeName.isEmpty
                return [.string(claim.name), .string(phase), .string(volumeName),
                        .string(bound ? (claim["status"]["capacity"]["storage"].string ?? "0") : ""),
                        .string(bound ? StorageFacts.accessModesString(claim["status"]["accessModes"]) : ""),
                        .string(StorageFacts.claimClass(claim)),
                        .string(spec["volumeAttributesClassName"].string ?? "<unset>"),
                        .string(HumanDuration.age(of: claim.creationTimestamp, now: context.now)),
                        .string(spec["volumeMode"].string ?? "<unset>")]
            })
    }
}
