import JSONValue

/// `kubectl describe storageclass` (kubectl `describeStorageClass`). Annotations and
/// parameters print on one line as `k=v,k2=v2` here, unlike other kinds.
enum StorageClassDescriber {
    static func describe(_ ctx: DescribeContext, _ w: DescribeWriter) {
        let md = ctx.metadata, sc = ctx.object
        let annotations = md["annotations"]
        let isDefault = annotations["storageclass.kubernetes.io/is-default-class"].str == "true"
            || annotations["storageclass.beta.kubernetes.io/is-default-class"].str == "true"
        w.write(0, "Name:\t\(ctx.name)\n")
        w.write(0, "IsDefaultClass:\t\(isDefault ? "Yes" : "No")\n")
        w.write(0, "Annotations:\t\(Selectors.formatLabels(annotations))\n")
        w.write(0, "Provisioner:\t\(sc["provisioner"].str)\n")
        w.write(0, "Parameters:\t\(Selectors.formatLabels(sc["parameters"]))\n")
        w.write(0, "AllowVolumeExpansion:\t\(CommonPrinters.titleBoolPtr(sc["allowVolumeExpansion"]))\n")
        let options = sc["mountOptions"].items
        if options.isEmpty {
            w.write(0, "MountOptions:\t<none>\n")
        } else {
            w.write(0, "MountOptions:\n")
            for o in options { w.write(1, "\(o.str)\n") }
        }
        if sc["reclaimPolicy"].isSet { w.write(0, "ReclaimPolicy:\t\(sc["reclaimPolicy"].str)\n") }
        if sc["volumeBindingMode"].isSet { w.write(0, "VolumeBindingMode:\t\(sc["volumeBindingMode"].str)\n") }
        if sc["allowedTopologies"].isSet {
            w.write(0, "AllowedTopologies:\t")
            let terms = sc["allowedTopologies"].items
            if terms.isEmpty {
                w.writeLine("<none>")
            } else {
                w.writeLine("")
                for (i, term) in terms.enumerated() {
                    w.write(1, "Term \(i):\t")
                    let reqs = term["matchLabelExpressions"].items
                    if reqs.isEmpty {
                        w.writeLine("<none>")
                        continue
                    }
                    for (j, req) in reqs.enumerated() {
                        if j != 0 { w.write(1, "\t") }
                        var expr = "\(req["key"].str) in"
                        let values = req["values"].items.map(\.str)
                        if !values.isEmpty { expr += " [\(values.joined(separator: ", "))]" }
                        w.write(0, "\(expr)\n")
                    }
                }
            }
        }
        ctx.events(w)
    }
}
