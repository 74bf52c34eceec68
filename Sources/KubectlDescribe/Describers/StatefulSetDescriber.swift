import JSONValue

/// `kubectl describe statefulset` (kubectl `describeStatefulSet`), with its volume claim
/// templates.
enum StatefulSetDescriber {
    static func describe(_ ctx: DescribeContext, _ w: DescribeWriter) {
        let md = ctx.metadata, spec = ctx.spec, status = ctx.status
        let selector = Selectors.string(spec["selector"])
        let counts = Workloads.podCounts(ctx, selector: selector)
        w.write(0, "Name:\t\(ctx.name)\n")
        w.write(0, "Namespace:\t\(ctx.namespace)\n")
        w.write(0, "CreationTimestamp:\t\(CommonPrinters.date(md["creationTimestamp"]))\n")
        w.write(0, "Selector:\t\(selector)\n")
        CommonPrinters.labels(w, "Labels", md["labels"])
        CommonPrinters.annotations(w, "Annotations", md["annotations"])
        w.write(0, "Replicas:\t\(spec["replicas"].int ?? 1) desired | \(status["replicas"].num) total\n")
        w.write(0, "Update Strategy:\t\(spec["updateStrategy"]["type"].str)\n")
        let ru = spec["updateStrategy"]["rollingUpdate"]
        if ru.isSet, ru["partition"].isSet {
            w.write(1, "Partition:\t\(ru["partition"].num)\n")
            if ru["maxUnavailable"].isSet {
                w.write(1, "MaxUnavailable:\t\(Workloads.intOrString(ru["maxUnavailable"]))\n")
            }
        }
        w.write(0, "Pods Status:\t\(Workloads.podsStatusLine(counts))\n")
        PodTemplate.describe(spec["template"], w)
        claimTemplates(spec["volumeClaimTemplates"].items, w)
        ctx.events(w)
    }

    /// `describeVolumeClaimTemplates`.
    static func claimTemplates(_ templates: [JSON], _ w: DescribeWriter) {
        if templates.isEmpty {
            w.write(0, "Volume Claims:\t<none>\n")
            return
        }
        w.write(0, "Volume Claims:\n")
        for pvc in templates {
            let md = pvc["metadata"]
            w.write(1, "Name:\t\(md["name"].str)\n")
            w.write(1, "StorageClass:\t\(PersistentVolumeClaimDescriber.storageClass(metadata: md, spec: pvc["spec"]))\n")
            CommonPrinters.labels(w, "Labels", md["labels"], initialIndent: "  ")
            CommonPrinters.labels(w, "Annotations", md["annotations"], initialIndent: "  ")
            if let q = Quantity(json: pvc["spec"]["resources"]["requests"]["storage"]) {
                w.write(1, "Capacity:\t\(q.string)\n")
            } else {
                w.write(1, "Capacity:\t<default>\n")
            }
            w.write(1, "Access Modes:\t\(GoFormat.list(pvc["spec"]["accessModes"].items.map(\.str)))\n")
        }
    }
}
