import GoPorts
import JSONValue

/// `kubectl describe job` (kubectl `describeJob`).
enum JobDescriber {
    static func describe(_ ctx: DescribeContext, _ w: DescribeWriter) {
        let md = ctx.metadata, spec = ctx.spec, status = ctx.status
        w.write(0, "Name:\t\(ctx.name)\n")
        w.write(0, "Namespace:\t\(ctx.namespace)\n")
        w.write(0, "Selector:\t\(Selectors.string(spec["selector"]))\n")
        CommonPrinters.labels(w, "Labels", md["labels"])
        CommonPrinters.annotations(w, "Annotations", md["annotations"])
        let controlledBy = CommonPrinters.controlledBy(ctx.object)
        if !controlledBy.isEmpty { w.write(0, "Controlled By:\t\(controlledBy)\n") }
        if spec["parallelism"].isSet { w.write(0, "Parallelism:\t\(spec["parallelism"].num)\n") }
        if spec["completions"].isSet {
            w.write(0, "Completions:\t\(spec["completions"].num)\n")
        } else {
            w.write(0, "Completions:\t<unset>\n")
        }
        if spec["completionMode"].isSet { w.write(0, "Completion Mode:\t\(spec["completionMode"].str)\n") }
        if spec["suspend"].isSet { w.write(0, "Suspend:\t\(GoFormat.bool(spec["suspend"].flag))\n") }
        if spec["backoffLimit"].isSet { w.write(0, "Backoff Limit:\t\(spec["backoffLimit"].num)\n") }
        if spec["ttlSecondsAfterFinished"].isSet { w.write(0, "TTL Seconds After Finished:\t\(spec["ttlSecondsAfterFinished"].num)\n") }
        let start = status["startTime"].string.flatMap(KubeTime.parse)
        let done = status["completionTime"].string.flatMap(KubeTime.parse)
        if status["startTime"].isSet { w.write(0, "Start Time:\t\(CommonPrinters.date(status["startTime"]))\n") }
        if status["completionTime"].isSet { w.write(0, "Completed At:\t\(CommonPrinters.date(status["completionTime"]))\n") }
        if status["startTime"].isSet, status["completionTime"].isSet {
            let seconds = HumanDuration.seconds(from: start ?? KubeTime(seconds: 0), to: done ?? KubeTime(seconds: 0))
            w.write(0, "Duration:\t\(HumanDuration.format(seconds: seconds))\n")
        }
        if spec["activeDeadlineSeconds"].isSet { w.write(0, "Active Deadline Seconds:\t\(spec["activeDeadlineSeconds"].num)s\n") }
        if status["ready"].isSet {
            w.write(0, "Pods Statuses:\t\(status["active"].num) Active (\(status["ready"].num) Ready) / \(status["succeeded"].num) Succeeded / \(status["failed"].num) Failed\n")
        } else {
            w.write(0, "Pods Statuses:\t\(status["active"].num) Active / \(status["succeeded"].num) Succeeded / \(status["failed"].num) Failed\n")
        }
        if spec["completionMode"].str == "Indexed" {
            w.write(0, "Completed Indexes:\t\(capIndexes(status["completedIndexes"].str, softLimit: 50))\n")
        }
        PodTemplate.describe(spec["template"], w)
        ctx.events(w)
    }

    /// `capIndexesListOrNone`: cut after the first comma past 50 bytes, with `...`.
    static func capIndexes(_ indexes: String, softLimit: Int) -> String {
        if indexes.isEmpty { return "<none>" }
        let bytes = Array(indexes.utf8)
        var ix = softLimit
        while ix < bytes.count, bytes[ix] != UInt8(ascii: ",") { ix += 1 }
        if ix >= bytes.count { return indexes }
        return String(decoding: bytes[0...ix], as: UTF8.self) + "..."
    }
}
