import JSONValue

/// `kubectl describe persistentvolume` (kubectl `describePersistentVolume`).
enum PersistentVolumeDescriber {
    static func describe(_ ctx: DescribeContext, _ w: DescribeWriter) {
        let md = ctx.metadata, spec = ctx.spec, status = ctx.status
        w.write(0, "Name:\t\(ctx.name)\n")
        CommonPrinters.labels(w, "Labels", md["labels"])
        CommonPrinters.annotations(w, "Annotations", md["annotations"])
        w.write(0, "Finalizers:\t\(GoFormat.list(md["finalizers"].items.map(\.str)))\n")
        let storageClass = md["annotations"]["volume.beta.kubernetes.io/storage-class"].string ?? spec["storageClassName"].str
        w.write(0, "StorageClass:\t\(storageClass)\n")
        if md["deletionTimestamp"].isSet {
            w.write(0, "Status:\tTerminating (lasts \(ctx.age(md["deletionTimestamp"])))\n")
        } else {
            w.write(0, "Status:\t\(status["phase"].str)\n")
        }
        if spec["claimRef"].isSet {
            w.write(0, "Claim:\t\(spec["claimRef"]["namespace"].str)/\(spec["claimRef"]["name"].str)\n")
        } else {
            w.write(0, "Claim:\t\n")
        }
        w.write(0, "Reclaim Policy:\t\(spec["persistentVolumeReclaimPolicy"].str)\n")
        w.write(0, "Access Modes:\t\(accessModes(spec["accessModes"]))\n")
        if spec["volumeMode"].isSet { w.write(0, "VolumeMode:\t\(spec["volumeMode"].str)\n") }
        w.write(0, "Capacity:\t\((Quantity(json: spec["capacity"]["storage"]) ?? .zero).string)\n")
        nodeAffinity(spec["nodeAffinity"], w)
        w.write(0, "Message:\t\(status["message"].str)\n")
        w.write(0, "Source:\n")
        if spec["local"].isSet {
            w.write(2, "Type:\tLocalVolume (a persistent volume backed by local storage on a node)\n    Path:\t\(spec["local"]["path"].str)\n")
        } else if spec["csi"].isSet {
            let c = spec["csi"]
            w.write(2, "Type:\tCSI (a Container Storage Interface (CSI) volume source)\n    Driver:\t\(c["driver"].str)\n    FSType:\t\(c["fsType"].str)\n    VolumeHandle:\t\(c["volumeHandle"].str)\n    ReadOnly:\t\(GoFormat.bool(c["readOnly"].flag))\n")
            Volumes.csiAttributes(c["volumeAttributes"], w)
        } else if spec["hostPath"].isSet {
            Volumes.hostPath(spec["hostPath"], w)
        } else if spec["gcePersistentDisk"].isSet {
            Volumes.gcePD(spec["gcePersistentDisk"], w)
        } else if spec["awsElasticBlockStore"].isSet {
            Volumes.awsEBS(spec["awsElasticBlockStore"], w)
        } else if spec["nfs"].isSet {
            Volumes.nfs(spec["nfs"], w)
        } else {
            w.write(1, "<unknown>\n")
        }
        ctx.events(w)
    }

    /// `storageutil.GetAccessModesAsString`: RWO, ROX, RWX, RWOP in that order.
    static func accessModes(_ modes: JSON) -> String {
        let set = Set(modes.items.map(\.str))
        return [("ReadWriteOnce", "RWO"), ("ReadOnlyMany", "ROX"), ("ReadWriteMany", "RWX"), ("ReadWriteOncePod", "RWOP")]
            .filter { set.contains($0.0) }.map(\.1).joined(separator: ",")
    }

    /// `printVolumeNodeAffinity`.
    static func nodeAffinity(_ affinity: JSON, _ w: DescribeWriter) {
        w.write(0, "Node Affinity:\t")
        guard affinity["required"].isSet else {
            w.writeLine("<none>")
            return
        }
        w.writeLine("")
        w.write(1, "Required Terms:\t")
        let terms = affinity["required"]["nodeSelectorTerms"].items
        if terms.isEmpty {
            w.writeLine("<none>")
            return
        }
        w.writeLine("")
        for (i, term) in terms.enumerated() {
            w.write(2, "Term \(i):\t")
            let reqs = term["matchExpressions"].items
            if reqs.isEmpty {
                w.writeLine("<none>")
                continue
            }
            for (j, req) in reqs.enumerated() {
                if j != 0 { w.write(2, "\t") }
                var expr = "\(req["key"].str) \(req["operator"].str.lowercased())"
                let values = req["values"].items.map(\.str)
                if !values.isEmpty { expr += " [\(values.joined(separator: ", "))]" }
                w.write(0, "\(expr)\n")
            }
        }
    }
}
