import JSONValue

/// `kubectl describe deployment` (kubectl `describeDeployment`), including the
/// OldReplicaSets/NewReplicaSet lines computed like kubectl's `deploymentutil`.
enum DeploymentDescriber {
    static func describe(_ ctx: DescribeContext, _ w: DescribeWriter) {
        let d = ctx.object, md = ctx.metadata, spec = ctx.spec, status = ctx.status
        let selector = Selectors.string(spec["selector"])
        w.write(0, "Name:\t\(ctx.name)\n")
        w.write(0, "Namespace:\t\(ctx.namespace)\n")
        w.write(0, "CreationTimestamp:\t\(CommonPrinters.date(md["creationTimestamp"]))\n")
        CommonPrinters.labels(w, "Labels", md["labels"])
        CommonPrinters.annotations(w, "Annotations", md["annotations"])
        w.write(0, "Selector:\t\(selector)\n")
        // kubectl dereferences spec.replicas; the API server always defaults it (to 1).
        let replicas = spec["replicas"].int ?? 1
        w.write(0, "Replicas:\t\(replicas) desired | \(status["updatedReplicas"].num) updated | \(status["replicas"].num) total | \(status["availableReplicas"].num) available | \(status["unavailableReplicas"].num) unavailable\n")
        w.write(0, "StrategyType:\t\(spec["strategy"]["type"].str)\n")
        w.write(0, "MinReadySeconds:\t\(spec["minReadySeconds"].num)\n")
        let ru = spec["strategy"]["rollingUpdate"]
        if ru.isSet {
            w.write(0, "RollingUpdateStrategy:\t\(Workloads.intOrString(ru["maxUnavailable"])) max unavailable, \(Workloads.intOrString(ru["maxSurge"])) max surge\n")
        }
        PodTemplate.describe(spec["template"], w)
        Workloads.conditions(status["conditions"].items, w)
        let (old, new) = replicaSets(ctx, deployment: d, selector: selector)
        if !old.isEmpty || new != nil {
            w.write(0, "OldReplicaSets:\t\(rsList(old))\n")
            w.write(0, "NewReplicaSet:\t\(rsList(new.map { [$0] } ?? []))\n")
        }
        ctx.events(w)
    }

    static func rsList(_ rss: [JSON]) -> String {
        let s = rss.map { "\($0["metadata"]["name"].str) (\($0["status"]["replicas"].num)/\($0["spec"]["replicas"].int ?? 1) replicas created)" }
            .joined(separator: ", ")
        return s.isEmpty ? "<none>" : s
    }

    /// `GetAllReplicaSetsInChunks`: ReplicaSets matching the selector and controlled by the
    /// Deployment; the oldest whose template equals the Deployment's (ignoring
    /// `pod-template-hash`) is new; all the others are old, including those scaled to zero
    /// (kubectl prints the "all old ReplicaSets" result of `GetAllReplicaSetsInChunks`).
    static func replicaSets(_ ctx: DescribeContext, deployment: JSON, selector: String) -> (old: [JSON], new: JSON?) {
        let uid = ctx.metadata["uid"].str
        let owned = ctx.related("replicasets", namespace: ctx.namespace, labels: selector).filter {
            CommonPrinters.controllerRef($0)?["uid"].str == uid
        }
        let sorted = owned.enumerated().sorted { a, b in
            let ta = a.element["metadata"]["creationTimestamp"].string.flatMap(KubeTime.parse) ?? KubeTime(seconds: Int.min / 2)
            let tb = b.element["metadata"]["creationTimestamp"].string.flatMap(KubeTime.parse) ?? KubeTime(seconds: Int.min / 2)
            if ta != tb { return ta < tb }
            let na = a.element["metadata"]["name"].str, nb = b.element["metadata"]["name"].str
            if na != nb { return goLess(na, nb) }
            return a.offset < b.offset
        }.map(\.element)
        let template = normalizedTemplate(deployment["spec"]["template"])
        let new = sorted.first { normalizedTemplate($0["spec"]["template"]) == template }
        let newUID = new?["metadata"]["uid"].str
        let old = sorted.filter { rs in
            guard let newUID else { return true }
            return rs["metadata"]["uid"].str != newUID
        }
        return (old, new)
    }

    /// A template for `apiequality.Semantic.DeepEqual`: hash label dropped, and empty values
    /// (which Go's typed structs cannot tell from absent ones) removed.
    static func normalizedTemplate(_ t: JSON) -> JSON {
        var t = t
        var labels = t["metadata"]["labels"]
        labels.remove("pod-template-hash")
        t["metadata"]["labels"] = labels
        return dropEmpty(t)
    }

    static func dropEmpty(_ v: JSON) -> JSON {
        switch v {
        case .object(let o):
            var out = JSONObject()
            for (k, value) in o.pairs {
                let n = dropEmpty(value)
                switch n {
                case .null: continue
                case .string(let s) where s.isEmpty: continue
                case .array(let a) where a.isEmpty: continue
                case .object(let oo) where oo.isEmpty: continue
                default: out[k] = n
                }
            }
            return .object(out)
        case .array(let a):
            return .array(a.map(dropEmpty))
        default:
            return v
        }
    }
}
