import GoPorts
import JSONValue

/// PersistentVolumes: Retain and Filesystem by default, born Pending with the pv-protection
/// finalizer (the StorageObjectInUseProtection admission plugin), one volume source, a
/// source that never changes, and kubectl's table.
final class PersistentVolumeStrategy: ResourceStrategy {
    /// The volume sources a PersistentVolume may have, as `PersistentVolumeSource` names them.
    static let sources = [
        "hostPath", "gcePersistentDisk", "awsElasticBlockStore", "glusterfs", "flocker", "nfs", "rbd", "quobyte",
        "cephfs", "iscsi", "cinder", "fc", "flexVolume", "azureFile", "vsphereVolume", "photonPersistentDisk",
        "portworxVolume", "azureDisk", "scaleIO", "local", "storageos", "csi",
    ]

    func applyDefaults(_ volume: inout JSON, context: StrategyContext) {
        var spec = volume["spec"]
        if spec["persistentVolumeReclaimPolicy"].isNull { spec["persistentVolumeReclaimPolicy"] = "Retain" }
        if spec["volumeMode"].isNull { spec["volumeMode"] = "Filesystem" }
        if spec["hostPath"].object != nil, spec["hostPath"]["type"].isNull { spec["hostPath"]["type"] = "" }
        if let capacity = spec["capacity"].object, let storage = capacity["storage"] {
            spec["capacity"]["storage"] = StorageFacts.canonical(storage)
        }
        volume["spec"] = spec
        if context.isCreate {
            if !volume.finalizers.contains(StorageFacts.pvProtection) {
                volume["metadata"]["finalizers"] = .array((volume["metadata"]["finalizers"].array ?? []) + [.string(StorageFacts.pvProtection)])
            }
            volume["status"] = ["phase": "Pending", "lastPhaseTransitionTime": .string(context.now.rfc3339)]
        }
    }

    func validate(_ volume: JSON, context: StrategyContext) -> [FieldError] {
        let spec = volume["spec"]
        var errors: [FieldError] = []
        let modes = (spec["accessModes"].array ?? []).compactMap(\.string)
        if modes.isEmpty { errors.append(FieldError("spec.accessModes", .required)) }
        errors += Self.accessModeErrors(modes, path: "spec.accessModes")
        let capacity = spec["capacity"].object
        if (capacity?.count ?? 0) == 0 { errors.append(FieldError("spec.capacity", .required)) }
        if capacity?["storage"] == nil || (capacity?.count ?? 0) > 1 {
            let shown = capacity == nil ? "core.ResourceList(nil)" : (capacity?.count == 0 ? "core.ResourceList{}" : "core.ResourceList{...}")
            errors.append(FieldError("spec.capacity", .unsupported(value: shown, supported: ["storage"])))
        }
        if let storage = capacity?["storage"] {
            if let bytes = StorageFacts.bytes(storage) {
                if bytes <= 0 {
                    errors.append(FieldError("spec.capacity[storage]", .invalid(value: "\"\(storage.string ?? String(bytes))\""),
                                             "must be greater than zero"))
                }
            }
        }
        if let policy = spec["persistentVolumeReclaimPolicy"].string, !["Delete", "Recycle", "Retain"].contains(policy) {
            errors.append(FieldError("spec.persistentVolumeReclaimPolicy",
                                     .unsupported(value: "\"\(policy)\"", supported: ["Delete", "Recycle", "Retain"])))
        }
        let present = Self.sources.filter { !spec[$0].isNull }
        for extra in present.dropFirst() {
            errors.append(FieldError("spec.\(extra)", .forbidden, "may not specify more than 1 volume type"))
        }
        if present.isEmpty {
            errors.append(FieldError("spec", .required, "must specify a volume type"))
        }
        if present.first == "hostPath", (spec["hostPath"]["path"].string ?? "").isEmpty {
            errors.append(FieldError("spec.hostPath.path", .required))
        }
        if present.first == "local", spec["nodeAffinity"]["required"].isNull {
            errors.append(FieldError("spec.nodeAffinity", .required, "Local volume requires node affinity"))
        }
        if let mode = spec["volumeMode"].string, !["Block", "Filesystem"].contains(mode) {
            errors.append(FieldError("spec.volumeMode", .unsupported(value: "\"\(mode)\"", supported: ["Block", "Filesystem"])))
        }
        return errors
    }

    func validateUpdate(_ volume: JSON, old: JSON, context: StrategyContext) -> [FieldError] {
        var errors = validate(volume, context: context)
        let changed = Self.sources.contains { volume["spec"][$0] != old["spec"][$0] }
        if changed {
            errors.append(FieldError("spec.persistentvolumesource", .forbidden,
                                     "spec.persistentvolumesource is immutable after creation"))
        }
        if volume["spec"]["volumeMode"] != old["spec"]["volumeMode"] {
            errors.append(FieldError("volumeMode", .invalid(value: "\"\(volume["spec"]["volumeMode"].string ?? "")\""),
                                     "field is immutable"))
        }
        return errors
    }

    /// Unknown modes, and ReadWriteOncePod mixed with others.
    static func accessModeErrors(_ modes: [String], path: String) -> [FieldError] {
        var errors: [FieldError] = []
        for mode in modes where !StorageFacts.accessModes.contains(mode) {
            errors.append(FieldError(path, .unsupported(value: "\"\(mode)\"", supported: StorageFacts.accessModes)))
        }
        let known = modes.filter(StorageFacts.accessModes.contains)
        if known.contains("ReadWriteOncePod"), known.contains(where: { $0 != "ReadWriteOncePod" }) {
            errors.append(FieldError(path, .forbidden, "may not use ReadWriteOncePod with other access modes"))
        }
        return errors
    }

    var table: TableConvertor {
        TableConvertor(
            columns: [
                ColumnDefinition("Name", format: "name"), ColumnDefinition("Capacity"), ColumnDefinition("Access Modes"),
                ColumnDefinition("Reclaim Policy"), ColumnDefinition("Status"), ColumnDefinition("Claim"),
                ColumnDefinition("StorageClass"), ColumnDefinition("VolumeAttributesClass"), ColumnDefinition("Reason"),
                ColumnDefinition("Age"), ColumnDefinition("VolumeMode", priority: 1),
            ],
            cells: { volume, context in
                let spec = volume["spec"]
                let claimRef = spec["claimRef"]
                let claim = claimRef.object == nil
                    ? "" : "\(claimRef["namespace"].string ?? "")/\(claimRef["name"].string ?? "")"
                let phase = volume.isTerminating ? "Terminating" : (volume["status"]["phase"].string ?? "")
                return [.string(volume.name), .string(spec["capacity"]["storage"].string ?? "0"),
                        .string(StorageFacts.accessModesString(spec["accessModes"])),
                        .string(spec["persistentVolumeReclaimPolicy"].string ?? ""), .string(phase), .string(claim),
                        .string(StorageFacts.volumeClass(volume)),
                        .string(spec["volumeAttributesClassName"].string ?? "<unset>"),
                        .string(volume["status"]["reason"].string ?? ""),
                        .string(HumanDuration.age(of: volume.creationTimestamp, now: context.now)),
                        .string(spec["volumeMode"].string ?? "<unset>")]
            })
    }
}
