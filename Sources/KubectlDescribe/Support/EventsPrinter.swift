import JSONValue

/// The `Events:` section (kubectl `DescribeEvents`) and the event search behind it.
///
/// Ordering is the subtle part. kubectl lists events with a field selector (the API server
/// returns them by namespace, then name), for Nodes runs a second search by node name and
/// appends it, then `sort.Sort`s by `lastTimestamp` (stable up to 12 events, Go's own tie order beyond;
/// see GoSort). So the list order is rebuilt here as (search, namespace, name), whatever order
/// the caller gave, before sorting the same way.
enum EventsPrinter {
    /// Which of kubectl's searches finds `event` for `object` (0, or 1 for a Node's by-name
    /// search), or nil if none does.
    static func query(for event: JSON, object: JSON) -> Int? {
        let md = object["metadata"]
        let kind = object["kind"].str
        let io = event["involvedObject"]
        guard io["name"].str == md["name"].str, io["namespace"].str == md["namespace"].str else { return nil }
        // A namespaced object's events are listed in its namespace only.
        if !md["namespace"].str.isEmpty, event["metadata"]["namespace"].str != md["namespace"].str { return nil }
        if kind != "Pod", io["kind"].str != kind { return nil }
        var uid = md["uid"].str
        if kind == "Pod", let mirror = md["annotations"]["kubernetes.io/config.mirror"].string {
            uid = mirror
        }
        if uid.isEmpty || io["uid"].str == uid { return 0 }
        if kind == "Node", io["uid"].str == md["name"].str { return 1 }
        return nil
    }

    static func describe(_ ctx: DescribeContext, _ w: DescribeWriter) {
        let found: [(Int, JSON)] = ctx.inputs.events.compactMap { e in
            query(for: e, object: ctx.object).map { ($0, e) }
        }
        if found.isEmpty {
            w.write(0, "Events:\t<none>\n")
            return
        }
        w.flush()
        // List order: search, then namespace/name (etcd key order).
        let listed = found.sorted { a, b in
            if a.0 != b.0 { return a.0 < b.0 }
            let an = a.1["metadata"]["namespace"].str, bn = b.1["metadata"]["namespace"].str
            if an != bn { return goLess(an, bn) }
            return goLess(a.1["metadata"]["name"].str, b.1["metadata"]["name"].str)
        }.map(\.1)
        let zero = KubeTime(seconds: Int.min / 2)
        let stamp: (JSON) -> KubeTime = { e in e["lastTimestamp"].string.flatMap(KubeTime.parse) ?? zero }
        let sorted = CommonPrinters.goSorted(listed) { stamp($0) < stamp($1) }

        w.write(0, "Events:\n  Type\tReason\tAge\tFrom\tMessage\n")
        w.write(1, "----\t------\t----\t----\t-------\n")
        for e in sorted {
            var first = ctx.age(e["eventTime"])
            if e["eventTime"].string.flatMap(KubeTime.parse) == nil {
                first = ctx.age(e["firstTimestamp"])
            }
            let interval: String
            if e["series"].isSet {
                interval = "\(ctx.age(e["series"]["lastObservedTime"])) (x\(e["series"]["count"].num) over \(first))"
            } else if e["count"].num > 1 {
                interval = "\(ctx.age(e["lastTimestamp"])) (x\(e["count"].num) over \(first))"
            } else {
                interval = first
            }
            var source = e["source"]["component"].str
            if source.isEmpty { source = e["reportingComponent"].str }
            w.write(1, "\(e["type"].str)\t\(e["reason"].str)\t\(interval)\t\(source)\t\(e["message"].str.goTrimSpace)\n")
        }
    }
}
