import GoPorts
import JSONValue

/// The `Containers:` / `Init Containers:` sections (kubectl `describeContainers` and helpers),
/// used for pods and, without statuses, for pod templates.
enum Containers {
    /// - pod: the pod, used to resolve `fieldRef` env values; nil for templates (kubectl passes
    ///   no resolver there, so such values print empty).
    /// - space: "" for pods, "  " inside `Pod Template:` (names then get one extra space).
    static func describe(_ label: String, _ containers: [JSON], statuses: [JSON]?, pod: JSON?, _ w: DescribeWriter, space: String) {
        var byName: [String: JSON] = [:]
        for s in statuses ?? [] { byName[s["name"].str] = s }
        w.write(0, "\(space)\(label):\(containers.isEmpty ? " <none>" : "")\n")
        for c in containers {
            let status = byName[c["name"].str]
            basicInfo(c, status, space, w)
            command(c, w)
            if let status { state(status, w) }
            resources(c["resources"], w, level: 2)
            probes(c, w)
            if !c["envFrom"].items.isEmpty { envFrom(c, w) }
            env(c, pod: pod, w)
            mounts(c, w)
        }
    }

    static func basicInfo(_ c: JSON, _ status: JSON?, _ space: String, _ w: DescribeWriter) {
        w.write(1, "\(space.isEmpty ? "" : " ")\(c["name"].str):\n")
        if let status { w.write(2, "Container ID:\t\(status["containerID"].str)\n") }
        w.write(2, "Image:\t\(c["image"].str)\n")
        if let status { w.write(2, "Image ID:\t\(status["imageID"].str)\n") }
        let ports = c["ports"].items
        let portString = ports.map { "\($0["containerPort"].num)/\($0["protocol"].str)" }.joined(separator: ", ")
        if portString.contains(",") {
            w.write(2, "Ports:\t\(portString)\n")
        } else {
            w.write(2, "Port:\t\(portString.isEmpty ? "<none>" : portString)\n")
        }
        let hostPorts = ports.map { "\($0["hostPort"].num)/\($0["protocol"].str)" }.joined(separator: ", ")
        if hostPorts.contains(",") {
            w.write(2, "Host Ports:\t\(hostPorts)\n")
        } else {
            w.write(2, "Host Port:\t\(hostPorts.isEmpty ? "<none>" : hostPorts)\n")
        }
        let seccomp = c["securityContext"]["seccompProfile"]
        if seccomp.isSet {
            w.write(2, "SeccompProfile:\t\(seccomp["type"].str)\n")
            if seccomp["type"].str == "Localhost" {
                w.write(3, "LocalhostProfile:\t\(seccomp["localhostProfile"].str)\n")
            }
        }
    }

    static func command(_ c: JSON, _ w: DescribeWriter) {
        for (key, title) in [("command", "Command"), ("args", "Args")] where !c[key].items.isEmpty {
            w.write(2, "\(title):\n")
            for part in c[key].items {
                for line in part.str.goSplitLines() { w.write(3, "\(line)\n") }
            }
        }
    }

    /// `describeStatus` for State and (when terminated) Last State, then Ready and restarts.
    static func state(_ status: JSON, _ w: DescribeWriter) {
        containerState("State", status["state"], w)
        if status["lastState"]["terminated"].isSet {
            containerState("Last State", status["lastState"], w)
        }
        w.write(2, "Ready:\t\(CommonPrinters.titleBool(status["ready"].flag))\n")
        w.write(2, "Restart Count:\t\(status["restartCount"].num)\n")
    }

    static func containerState(_ name: String, _ state: JSON, _ w: DescribeWriter) {
        if state["running"].isSet {
            w.write(2, "\(name):\tRunning\n")
            w.write(3, "Started:\t\(CommonPrinters.date(state["running"]["startedAt"]))\n")
        } else if state["waiting"].isSet {
            w.write(2, "\(name):\tWaiting\n")
            let reason = state["waiting"]["reason"].str
            if !reason.isEmpty { w.write(3, "Reason:\t\(reason)\n") }
        } else if state["terminated"].isSet {
            let t = state["terminated"]
            w.write(2, "\(name):\tTerminated\n")
            if !t["reason"].str.isEmpty { w.write(3, "Reason:\t\(t["reason"].str)\n") }
            if !t["message"].str.isEmpty { w.write(3, "Message:\t\(t["message"].str)\n") }
            w.write(3, "Exit Code:\t\(t["exitCode"].num)\n")
            if t["signal"].num > 0 { w.write(3, "Signal:\t\(t["signal"].num)\n") }
            w.write(3, "Started:\t\(CommonPrinters.date(t["startedAt"]))\n")
            w.write(3, "Finished:\t\(CommonPrinters.date(t["finishedAt"]))\n")
        } else {
            w.write(2, "\(name):\tWaiting\n")
        }
    }

    /// `describeResources`: Limits then Requests, resource names sorted, canonical quantities.
    static func resources(_ r: JSON, _ w: DescribeWriter, level: Int) {
        for (key, title) in [("limits", "Limits"), ("requests", "Requests")] {
            let list = r[key].members.sorted { goLess($0.key, $1.key) }
            if !list.isEmpty { w.write(level, "\(title):\n") }
            for (name, q) in list {
                w.write(level + 1, "\(name):\t\((Quantity(json: q) ?? .zero).string)\n")
            }
        }
    }

    static func probes(_ c: JSON, _ w: DescribeWriter) {
        for (key, title) in [("livenessProbe", "Liveness"), ("readinessProbe", "Readiness"), ("startupProbe", "Startup")] where c[key].isSet {
            w.write(2, "\(title):\t\(probe(c[key]))\n")
        }
    }

    /// `DescribeProbe`.
    static func probe(_ p: JSON) -> String {
        let attrs = "delay=\(p["initialDelaySeconds"].num)s timeout=\(p["timeoutSeconds"].num)s period=\(p["periodSeconds"].num)s #success=\(p["successThreshold"].num) #failure=\(p["failureThreshold"].num)"
        if p["exec"].isSet {
            return "exec \(GoFormat.list(p["exec"]["command"].items.map(\.str))) \(attrs)"
        }
        if p["httpGet"].isSet {
            let h = p["httpGet"]
            let port = h["port"].str
            let host = port.isEmpty ? h["host"].str : GoNet.joinHostPort(h["host"].str, port)
            return "http-get \(url(scheme: h["scheme"].str.lowercased(), host: host, path: h["path"].str)) \(attrs)"
        }
        if p["tcpSocket"].isSet {
            return "tcp-socket \(p["tcpSocket"]["host"].str):\(p["tcpSocket"]["port"].str) \(attrs)"
        }
        if p["grpc"].isSet {
            return "grpc <pod>:\(p["grpc"]["port"].num) \(p["grpc"]["service"].str) \(attrs)"
        }
        return "unknown \(attrs)"
    }

    /// Go's `url.URL{Scheme, Host, Path}.String()` for the shapes probes produce.
    static func url(scheme: String, host: String, path: String) -> String {
        var out = ""
        if !scheme.isEmpty { out += scheme + ":" }
        let escaped = escapePath(path)
        if !scheme.isEmpty || !host.isEmpty {
            if !host.isEmpty || !escaped.isEmpty { out += "//" }
            out += host
        }
        if !escaped.isEmpty, !escaped.hasPrefix("/"), !host.isEmpty { out += "/" }
        return out + escaped
    }

    static func escapePath(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            let keep = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || "-_.~$&+,/:;=@".contains(c)
            if keep {
                out.append(c)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count < 2 ? "0" + hex : hex)
            }
        }
        return out
    }

    static func envFrom(_ c: JSON, _ w: DescribeWriter) {
        w.write(2, "Environment Variables from:\n")
        for e in c["envFrom"].items {
            var from = "", name = "", optional = false
            if e["configMapRef"].isSet {
                from = "ConfigMap"
                name = e["configMapRef"]["name"].str
                optional = e["configMapRef"]["optional"].flag
            } else if e["secretRef"].isSet {
                from = "Secret"
                name = e["secretRef"]["name"].str
                optional = e["secretRef"]["optional"].flag
            }
            let prefix = e["prefix"].str
            if prefix.isEmpty {
                w.write(3, "\(name)\t\(from)\tOptional: \(GoFormat.bool(optional))\n")
            } else {
                w.write(3, "\(name)\t\(from) with prefix '\(prefix)'\tOptional: \(GoFormat.bool(optional))\n")
            }
        }
    }

    static func env(_ c: JSON, pod: JSON?, _ w: DescribeWriter) {
        let vars = c["env"].items
        w.write(2, "Environment:\(vars.isEmpty ? "\t<none>" : "")\n")
        for e in vars {
            let name = e["name"].str
            let from = e["valueFrom"]
            guard from.isSet else {
                for (i, line) in e["value"].str.goSplitLines().enumerated() {
                    w.write(3, i == 0 ? "\(name):\t\(line)\n" : "\t\(line)\n")
                }
                continue
            }
            if from["fieldRef"].isSet {
                let ref = from["fieldRef"]
                let value = pod.map { resolveFieldRef(ref, pod: $0) } ?? ""
                w.write(3, "\(name):\t\(value) (\(ref["apiVersion"].str):\(ref["fieldPath"].str))\n")
            } else if from["resourceFieldRef"].isSet {
                let ref = from["resourceFieldRef"]
                var value = resourceFieldValue(ref, container: c)
                let resource = ref["resource"].str
                if value == "0", resource == "limits.cpu" || resource == "limits.memory" {
                    value = "node allocatable"
                }
                w.write(3, "\(name):\t\(value) (\(resource))\n")
            } else if from["secretKeyRef"].isSet {
                let ref = from["secretKeyRef"]
                w.write(3, "\(name):\t<set to the key '\(ref["key"].str)' in secret '\(ref["name"].str)'>\tOptional: \(GoFormat.bool(ref["optional"].flag))\n")
            } else if from["configMapKeyRef"].isSet {
                let ref = from["configMapKeyRef"]
                w.write(3, "\(name):\t<set to the key '\(ref["key"].str)' of config map '\(ref["name"].str)'>\tOptional: \(GoFormat.bool(ref["optional"].flag))\n")
            }
        }
    }

    /// kubectl's `EnvValueRetriever`: its scheme only converts the default field labels, so
    /// just `metadata.name` and `metadata.namespace` resolve; anything else prints empty.
    static func resolveFieldRef(_ ref: JSON, pod: JSON) -> String {
        switch ref["fieldPath"].str {
        case "metadata.name": return pod["metadata"]["name"].str
        case "metadata.namespace": return pod["metadata"]["namespace"].str
        default: return ""
        }
    }

    /// `resourcehelper.ExtractContainerResourceValue` for the container being described.
    static func resourceFieldValue(_ ref: JSON, container: JSON) -> String {
        var divisor = Quantity(json: ref["divisor"]) ?? .zero
        if divisor.isZero { divisor = Quantity(parsing: "1") }
        let resource = ref["resource"].str
        let parts = resource.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, parts[0] == "limits" || parts[0] == "requests" else { return "" }
        let q = Quantity(json: container["resources"][parts[0]][parts[1]]) ?? .zero
        let result: Double
        switch parts[1] {
        case "cpu":
            result = (Double(q.milliValue) / Double(divisor.milliValue)).rounded(.up)
        case "memory", "ephemeral-storage":
            result = (Double(q.value) / Double(divisor.value)).rounded(.up)
        default:
            guard parts[1].hasPrefix("hugepages-") else { return "" }
            result = (Double(q.value) / Double(divisor.value)).rounded(.up)
        }
        return String(GoFormat.truncate(result))
    }

    static func mounts(_ c: JSON, _ w: DescribeWriter) {
        let mounts = CommonPrinters.goSorted(c["volumeMounts"].items) { goLess($0["mountPath"].str, $1["mountPath"].str) }
        let none = mounts.isEmpty ? "\t<none>" : ""
        w.write(2, "Mounts:\(none)\n")
        for m in mounts {
            var flags = [m["readOnly"].flag ? "ro" : "rw"]
            if !m["subPath"].str.isEmpty { flags.append("path=\(GoFormat.quote(m["subPath"].str))") }
            w.write(3, "\(m["mountPath"].str) from \(m["name"].str) (\(flags.joined(separator: ",")))\n")
        }
        let devices = CommonPrinters.goSorted(c["volumeDevices"].items) { goLess($0["devicePath"].str, $1["devicePath"].str) }
        if !devices.isEmpty {
            w.write(2, "Devices:\(none)\n")
            for d in devices { w.write(3, "\(d["devicePath"].str) from \(d["name"].str)\n") }
        }
    }
}
