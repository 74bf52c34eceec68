import JSONValue

/// `kubectl describe cronjob` (kubectl `describeCronJob` and `describeJobTemplate`).
enum CronJobDescriber {
    static func describe(_ ctx: DescribeContext, _ w: DescribeWriter) {
        let spec = ctx.spec, status = ctx.status
        CommonPrinters.nameNamespaceLabelsAnnotations(ctx, w)
        w.write(0, "Schedule:\t\(spec["schedule"].str)\n")
        w.write(0, "Concurrency Policy:\t\(spec["concurrencyPolicy"].str)\n")
        w.write(0, "Suspend:\t\(CommonPrinters.titleBoolPtr(spec["suspend"]))\n")
        optional(w, "Successful Job History Limit", spec["successfulJobsHistoryLimit"])
        optional(w, "Failed Job History Limit", spec["failedJobsHistoryLimit"])
        optional(w, "Starting Deadline Seconds", spec["startingDeadlineSeconds"], unit: "s")
        jobTemplate(spec["jobTemplate"], w)
        if status["lastScheduleTime"].isSet {
            w.write(0, "Last Schedule Time:\t\(CommonPrinters.date(status["lastScheduleTime"]))\n")
        } else {
            w.write(0, "Last Schedule Time:\t<unset>\n")
        }
        w.write(0, "Active Jobs:\t")
        let active = status["active"].items
        if active.isEmpty {
            w.writeLine("<none>")
        } else {
            for (i, job) in active.enumerated() {
                if i != 0 { w.write(0, ", ") }
                w.write(0, job["name"].str)
            }
            w.writeLine("")
        }
        ctx.events(w)
    }

    static func optional(_ w: DescribeWriter, _ title: String, _ v: JSON, unit: String = "") {
        if v.isSet {
            w.write(0, "\(title):\t\(v.num)\(unit)\n")
        } else {
            w.write(0, "\(title):\t<unset>\n")
        }
    }

    static func jobTemplate(_ t: JSON, _ w: DescribeWriter) {
        let spec = t["spec"]
        if spec["selector"].isSet {
            w.write(0, "Selector:\t\(Selectors.string(spec["selector"]))\n")
        } else {
            w.write(0, "Selector:\t<unset>\n")
        }
        optional(w, "Parallelism", spec["parallelism"])
        optional(w, "Completions", spec["completions"])
        if spec["activeDeadlineSeconds"].isSet {
            w.write(0, "Active Deadline Seconds:\t\(spec["activeDeadlineSeconds"].num)s\n")
        }
        PodTemplate.describe(spec["template"], w)
    }
}
