import JSONValue

/// `kubectl describe persistentvolumeclaim` (kubectl `describePersistentVolumeClaim`).
/// `Used By` needs the namespace's pods: those mounting the claim, then pods owning it.
enum PersistentVolumeClaimDescriber {
    static func describe(_ ctx: DescribeContext, _ w: DescribeWriter) {
        printClaim(w, metadata: ctx.metadata, spec: ctx.spec, status: ctx.status, full: true) { ctx.age($0) }
        CommonPrinters.podNames(w, "Used By", usedBy(ctx))
        let conditions = ctx.status["conditions"].items
        if !conditions.isEmpty {
            w.write(0, "Conditions:\n")
            w.write(1, "Type\tStatus\tLastProbeTime\tLastTransitionTime\tReason\tMessage\n")
            w.write(1, "----\t------\t-----------------\t------------------\t------\t-------\n")
            for c in conditions {
                w.write(1, "\(c["type"].str) \t\(c["status"].str) \t\(CommonPrinters.date(c["lastProbeTime"])) \t\(CommonPrinters.date(c["lastTransitionTime"])) \t\(c["reason"].str) \t\(c["message"].str)\n")
            }
        }
        ctx.events(w)
    }

    /// `getPodsForPVC`.
    static func usedBy(_ ctx: DescribeContext) -> [JSON] {
        let all = ctx.related("pods", namespace: ctx.namespace)
        var pods: [JSON] = []
        for pod in all {
            for v in pod["spec"]["volumes"].items where v["persistentVolumeClaim"]["claimName"].string == ctx.name {
                pods.append(pod)
            }
        }
        for ref in ctx.metadata["ownerReferences"].items where ref["kind"].str == "Pod" {
            guard let owner = all.first(where: { $0["metadata"]["uid"].str == ref["uid"].str }) else { continue }
            if !pods.contains(where: { $0["metadata"]["uid"].str == owner["metadata"]["uid"].str }) {
                pods.append(owner)
            }
        }
        return pods
    }

    /// `GetPersistentVolumeClaimClass`: the beta annotation, else `spec.storageClassName`.
    static func storageClass(metadata: JSON, spec: JSON) -> String {
        metadata["annotations"]["volume.beta.kubernetes.io/storage-class"].string ?? spec["storageClassName"].str
    }

    /// `printPersistentVolumeClaim` (also used for ephemeral volume templates, `full: false`).
    static func printClaim(_ w: DescribeWriter, metadata md: JSON, spec: JSON, status: JSON, full: Bool, age: (JSON) -> String) {
        if full {
            w.write(0, "Name:\t\(md["name"].str)\n")
            w.write(0, "Namespace:\t\(md["namespace"].str)\n")
        }
        w.write(0, "StorageClass:\t\(storageClass(metadata: md, spec: spec))\n")
        if full {
            if md["deletionTimestamp"].isSet {
                w.write(0, "Status:\tTerminating (lasts \(age(md["deletionTimestamp"])))\n")
            } else {
                w.write(0, "Status:\t\(status["phase"].str)\n")
            }
        }
        w.write(0, "Volume:\t\(spec["volumeName"].str)\n")
        CommonPrinters.labels(w, "Labels", md["labels"])
        CommonPrinters.annotations(w, "Annotations", md["annotations"])
        if full { w.write(0, "Finalizers:\t\(GoFormat.list(md["finalizers"].items.map(\.str)))\n") }
        var capacity = "", modes = ""
        if !spec["volumeName"].str.isEmpty {
            modes = PersistentVolumeDescriber.accessModes(status["accessModes"])
            capacity = (Quantity(json: status["capacity"]["storage"]) ?? .zero).string
        }
        w.write(0, "Capacity:\t\(capacity)\n")
        w.write(0, "Access Modes:\t\(modes)\n")
        if spec["volumeMode"].isSet { w.write(0, "VolumeMode:\t\(spec["volumeMode"].str)\n") }
        let ds = spec["dataSource"]
        if ds.isSet {
            w.write(0, "DataSource:\n")
            if ds["apiGroup"].isSet { w.write(1, "APIGroup:\t\(ds["apiGroup"].str)\n") }
            w.write(1, "Kind:\t\(ds["kind"].str)\n")
            w.write(1, "Name:\t\(ds["name"].str)\n")
        }
    }
}
