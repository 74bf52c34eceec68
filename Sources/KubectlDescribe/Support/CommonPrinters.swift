import GoPorts
import JSONValue

/// The multi-line field printers shared by every describer (kubectl `pkg/describe`):
/// labels, annotations, taints, tolerations and pod lists, plus controller references.
///
/// They all write `Title:\t` and then one item per line; continuation lines start with a tab so
/// the tabwriter lines them up under the first item.
enum CommonPrinters {
    /// The lines most describers open with: Name, Namespace, Labels, Annotations.
    static func nameNamespaceLabelsAnnotations(_ ctx: DescribeContext, _ w: DescribeWriter) {
        w.write(0, "Name:\t\(ctx.name)\n")
        w.write(0, "Namespace:\t\(ctx.namespace)\n")
        labels(w, "Labels", ctx.metadata["labels"])
        annotations(w, "Annotations", ctx.metadata["annotations"])
    }

    /// `printLabelsMultilineWithIndent`: sorted `key=value` lines, or `<none>`.
    static func labels(_ w: DescribeWriter, _ title: String, _ labels: JSON, initialIndent: String = "", innerIndent: String = "\t") {
        w.write(0, "\(initialIndent)\(title):\(innerIndent)")
        let pairs = labels.stringMap.sorted { goLess($0.key, $1.key) }
        if pairs.isEmpty {
            w.writeLine("<none>")
            return
        }
        for (i, pair) in pairs.enumerated() {
            if i != 0 {
                w.write(0, initialIndent)
                w.write(0, innerIndent)
            }
            w.write(0, "\(pair.key)=\(pair.value)\n")
        }
    }

    static let maxAnnotationLen = 140

    /// `printAnnotationsMultiline`: sorted, skipping last-applied-configuration; long or
    /// multi-line values go on their own lines, each cut at 138 bytes plus `...`.
    static func annotations(_ w: DescribeWriter, _ title: String, _ annotations: JSON) {
        w.write(0, "\(title):\t")
        let pairs = annotations.stringMap
            .filter { $0.key != "kubectl.kubernetes.io/last-applied-configuration" }
            .sorted { goLess($0.key, $1.key) }
        if pairs.isEmpty {
            w.writeLine("<none>")
            return
        }
        let indent = "\t"
        for (i, pair) in pairs.enumerated() {
            if i != 0 { w.write(0, indent) }
            var value = pair.value
            if value.hasSuffix("\n") { value = String(value.dropLast()) }
            if value.byteCount + pair.key.byteCount + 2 > maxAnnotationLen || value.contains("\n") {
                w.write(0, "\(pair.key):\n")
                for line in value.goSplitLines() {
                    w.write(0, "\(indent)  \(shorten(line, maxAnnotationLen - 2))\n")
                }
            } else {
                w.write(0, "\(pair.key): \(value)\n")
            }
        }
    }

    static func shorten(_ s: String, _ maxLength: Int) -> String {
        s.byteCount > maxLength ? s.bytePrefix(maxLength) + "..." : s
    }

    /// `printTaintsMultilineWithIndent`: sorted by effect then key, as `key=value:effect`.
    static func taints(_ w: DescribeWriter, _ title: String, _ taints: [JSON]) {
        w.write(0, "\(title):\t")
        if taints.isEmpty {
            w.writeLine("<none>")
            return
        }
        let sorted = goSorted(taints) { goLess($0["effect"].str + "," + $0["key"].str, $1["effect"].str + "," + $1["key"].str) }
        for (i, taint) in sorted.enumerated() {
            if i != 0 { w.write(0, "\t") }
            w.write(0, taintString(taint) + "\n")
        }
    }

    /// `Taint.ToString`: `key=value:effect`, `key:effect`, or just `key`.
    static func taintString(_ t: JSON) -> String {
        let key = t["key"].str, value = t["value"].str, effect = t["effect"].str
        if value.isEmpty && effect.isEmpty { return key }
        if effect.isEmpty { return "\(key)=\(value):" }
        if value.isEmpty { return "\(key):\(effect)" }
        return "\(key)=\(value):\(effect)"
    }

    /// `printTolerationsMultilineWithIndent`: sorted by key.
    static func tolerations(_ w: DescribeWriter, _ title: String, _ tolerations: [JSON], initialIndent: String = "") {
        w.write(0, "\(initialIndent)\(title):\t")
        if tolerations.isEmpty {
            w.writeLine("<none>")
            return
        }
        let sorted = goSorted(tolerations) { goLess($0["key"].str, $1["key"].str) }
        for (i, t) in sorted.enumerated() {
            if i != 0 {
                w.write(0, initialIndent)
                w.write(0, "\t")
            }
            let key = t["key"].str, value = t["value"].str, effect = t["effect"].str
            var line = key
            if !value.isEmpty { line += "=\(value)" }
            if !effect.isEmpty { line += ":\(effect)" }
            if t["operator"].str == "Exists" && value.isEmpty {
                line += (!key.isEmpty || !effect.isEmpty) ? " op=Exists" : "op=Exists"
            }
            if t["tolerationSeconds"].isSet {
                line += " for \(t["tolerationSeconds"].num)s"
            }
            w.write(0, line + "\n")
        }
    }

    /// `printPodsMultilineWithIndent`: pod names sorted.
    static func podNames(_ w: DescribeWriter, _ title: String, _ pods: [JSON]) {
        w.write(0, "\(title):\t")
        if pods.isEmpty {
            w.writeLine("<none>")
            return
        }
        let names = pods.map { $0["metadata"]["name"].str }.sorted(by: goLess)
        for (i, name) in names.enumerated() {
            if i != 0 { w.write(0, "\t") }
            w.write(0, name + "\n")
        }
    }

    /// `metav1.GetControllerOf`: the owner reference with `controller: true`.
    static func controllerRef(_ object: JSON) -> JSON? {
        object["metadata"]["ownerReferences"].items.first { $0["controller"].flag }
    }

    /// `printController`: `Kind/name` of the controller, or "".
    static func controlledBy(_ object: JSON) -> String {
        guard let ref = controllerRef(object) else { return "" }
        return "\(ref["kind"].str)/\(ref["name"].str)"
    }

    /// A time field in RFC1123Z, or Go's zero time when absent (as `c.LastProbeTime.Time.Format`).
    static func date(_ value: JSON) -> String {
        guard let s = value.string, let t = KubeTime.parse(s) else { return KubeTime.zeroRFC1123Z }
        return t.rfc1123Z
    }

    /// `printBool`: `True` / `False`.
    static func titleBool(_ b: Bool) -> String { b ? "True" : "False" }

    /// `printBoolPtr`: `True` / `False` / `<unset>`.
    static func titleBoolPtr(_ v: JSON) -> String {
        guard let b = v.bool else { return "<unset>" }
        return titleBool(b)
    }

    /// Go's `sort.Sort` / `sort.Slice` order (see GoSort): stable up to 12 elements, and the
    /// same algorithm-specific order of ties beyond.
    static func goSorted(_ items: [JSON], by less: @escaping (JSON, JSON) -> Bool) -> [JSON] {
        GoSort.sorted(items, by: less)
    }
}
