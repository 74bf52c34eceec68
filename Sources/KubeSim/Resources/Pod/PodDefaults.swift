import ContainerImages
import JSONValue
import SimCore

/// The defaults and admission changes a v1.32 API server makes to a new pod — what
/// `kubectl get pod -o yaml` shows that the manifest did not say.
enum PodDefaults {
    static func apply(_ pod: inout JSON, context: StrategyContext, memo: PodAdmissionMemo? = nil) {
        guard let input = pod["spec"].object else { return }
        guard context.isCreate else {
            pod["spec"] = admit(input, context: context).spec
            return
        }
        let qos: String
        if let memo, let entry = memo.entry(for: input) {
            let spec = readmit(entry, context: context)
            memo.entry?.lastMade = spec.object
            pod["spec"] = spec
            qos = entry.qosClass
        } else {
            let admitted = admit(input, context: context)
            pod["spec"] = admitted.spec
            qos = admitted.qosClass
            memo?.entry = .init(input: input, admitted: admitted.spec, qosClass: qos, token: admitted.token,
                                lastMade: admitted.spec.object)
        }
        var status = pod["status"].object ?? JSONObject()
        if status["phase"] == nil { status["phase"] = "Pending" }
        status["qosClass"] = .string(qos)
        pod["status"] = .object(status)
    }

    /// Defaults, and on create admission: priority, service account and its token volume,
    /// default tolerations.
    private static func admit(_ input: JSONObject, context: StrategyContext)
        -> (spec: JSON, qosClass: String, token: PodAdmissionMemo.TokenMount?)
    {
        var spec = JSON.object(input)
        var containers = spec["containers"].array ?? []
        for i in containers.indices {
            defaultContainer(&containers[i])
            defaultRequestsToLimits(&containers[i])
        }
        if !containers.isEmpty { spec["containers"] = .array(containers) }
        if var initContainers = spec["initContainers"].array {
            for i in initContainers.indices {
                defaultContainer(&initContainers[i])
                defaultRequestsToLimits(&initContainers[i])
            }
            spec["initContainers"] = .array(initContainers)
        }

        setIfAbsent(&spec, "restartPolicy", "Always")
        setIfAbsent(&spec, "terminationGracePeriodSeconds", 30)
        setIfAbsent(&spec, "dnsPolicy", "ClusterFirst")
        setIfAbsent(&spec, "securityContext", .object(JSONObject()))
        setIfAbsent(&spec, "schedulerName", "default-scheduler")
        setIfAbsent(&spec, "enableServiceLinks", true)
        var token: PodAdmissionMemo.TokenMount?
        if context.isCreate {
            setIfAbsent(&spec, "priority", 0)
            setIfAbsent(&spec, "preemptionPolicy", "PreemptLowerPriority")
            let account = spec["serviceAccountName"].string ?? spec["serviceAccount"].string ?? "default"
            spec["serviceAccountName"] = .string(account)
            spec["serviceAccount"] = .string(account)
            if spec["automountServiceAccountToken"].bool != false {
                token = mountServiceAccountToken(&spec, suffix: tokenSuffix(context))
            }
            addDefaultTolerations(&spec)
        }
        return (spec, qosClass(containers), token)
    }

    /// A spec admitted before, again: the same, but for its own token volume name (drawn as
    /// `admit` draws it, so the names that follow are the same either way).
    private static func readmit(_ entry: PodAdmissionMemo.Entry, context: StrategyContext) -> JSON {
        var spec = entry.admitted
        guard spec["automountServiceAccountToken"].bool != false else { return spec }
        let name = JSON.string("kube-api-access-" + tokenSuffix(context))
        guard let token = entry.token else { return spec }
        let last = (spec["volumes"].array?.count ?? 0) - 1
        spec["volumes"][last]["name"] = name
        for place in token.containers {
            let mount = (spec[place.list][place.index]["volumeMounts"].array?.count ?? 0) - 1
            spec[place.list][place.index]["volumeMounts"][mount]["name"] = name
        }
        return spec
    }

    /// The random part of the token volume's name, drawn for every pod that may mount one.
    private static func tokenSuffix(_ context: StrategyContext) -> String {
        context.random.stream("kube-api-access").kubernetesSuffix()
    }

    static func defaultContainer(_ container: inout JSON) {
        let image = container["image"].string ?? ""
        if container["imagePullPolicy"].isNull {
            container["imagePullPolicy"] = .string(ImageReference(image).defaultPullPolicy)
        }
        setIfAbsent(&container, "resources", .object(JSONObject()))
        setIfAbsent(&container, "terminationMessagePath", "/dev/termination-log")
        setIfAbsent(&container, "terminationMessagePolicy", "File")
        if var ports = container["ports"].array {
            for i in ports.indices where ports[i]["protocol"].isNull { ports[i]["protocol"] = "TCP" }
            container["ports"] = .array(ports)
        }
        for field in ["livenessProbe", "readinessProbe", "startupProbe"] where container[field].object != nil {
            defaultProbe(&container[field])
        }
    }

    /// A pod's (never a template's) requests take each limit they do not state, as
    /// SetDefaults_Pod does; the merged list is a Go map, so its keys come out sorted.
    static func defaultRequestsToLimits(_ container: inout JSON) {
        guard let limits = container["resources"]["limits"].object, !limits.isEmpty else { return }
        var requests = container["resources"]["requests"].object ?? JSONObject()
        let missing = limits.entries.filter { requests[$0.key] == nil }
        guard !missing.isEmpty || container["resources"]["requests"].isNull else { return }
        for member in missing { requests[member.key] = member.value }
        container["resources"]["requests"] = .object(JSONObject(requests.sortedPairs.map { ($0.key, $0.value) }))
    }

    /// SetDefaults_Probe and SetDefaults_HTTPGetAction.
    static func defaultProbe(_ probe: inout JSON) {
        setIfAbsent(&probe, "timeoutSeconds", 1)
        setIfAbsent(&probe, "periodSeconds", 10)
        setIfAbsent(&probe, "successThreshold", 1)
        setIfAbsent(&probe, "failureThreshold", 3)
        if probe["httpGet"].object != nil {
            setIfAbsent(&probe["httpGet"], "path", "/")
            setIfAbsent(&probe["httpGet"], "scheme", "HTTP")
        }
    }

    /// The token volume's contents, the same for every pod: one value they all share.
    static let projectedToken: JSON = [
        "defaultMode": 420,
        "sources": [
            ["serviceAccountToken": ["expirationSeconds": 3607, "path": "token"]],
            ["configMap": ["items": [["key": "ca.crt", "path": "ca.crt"]], "name": "kube-root-ca.crt"]],
            ["downwardAPI": ["items": [
                ["fieldRef": ["apiVersion": "v1", "fieldPath": "metadata.namespace"], "path": "namespace"],
            ]]],
        ],
    ]

    /// The not-ready and unreachable tolerations admission adds, shared by every pod that gets them.
    static let defaultTolerations: [String: JSON] = [
        "node.kubernetes.io/not-ready": ["effect": "NoExecute", "key": "node.kubernetes.io/not-ready",
                                         "operator": "Exists", "tolerationSeconds": 300],
        "node.kubernetes.io/unreachable": ["effect": "NoExecute", "key": "node.kubernetes.io/unreachable",
                                           "operator": "Exists", "tolerationSeconds": 300],
    ]

    /// A pod with no tolerations of its own gets exactly these two: that array is shared too.
    static let defaultTolerationList: JSON = .array([
        defaultTolerations["node.kubernetes.io/not-ready"] ?? .null,
        defaultTolerations["node.kubernetes.io/unreachable"] ?? .null,
    ])

    /// Mounts the service account token; returns where, unless a token volume was there already.
    static func mountServiceAccountToken(_ spec: inout JSON, suffix: String) -> PodAdmissionMemo.TokenMount? {
        let volumes = spec["volumes"].array ?? []
        if volumes.contains(where: { ($0["name"].string ?? "").hasPrefix("kube-api-access-") }) { return nil }
        let name = "kube-api-access-" + suffix
        // Made member by member: every new pod makes these two.
        let volume = JSON.object(JSONObject(distinctMembers: [.init(key: "name", value: .string(name)),
                                                              .init(key: "projected", value: projectedToken)]))
        spec["volumes"] = .array(volumes + [volume])
        let mount = JSON.object(JSONObject(distinctMembers: [
            .init(key: "mountPath", value: "/var/run/secrets/kubernetes.io/serviceaccount"),
            .init(key: "name", value: .string(name)), .init(key: "readOnly", value: true),
        ]))
        var token = PodAdmissionMemo.TokenMount(containers: [])
        for key in ["containers", "initContainers"] {
            guard var list = spec[key].array else { continue }
            for i in list.indices {
                let mounts = list[i]["volumeMounts"].array ?? []
                if mounts.contains(where: { $0["mountPath"].string == "/var/run/secrets/kubernetes.io/serviceaccount" }) {
                    continue
                }
                list[i]["volumeMounts"] = .array(mounts + [mount])
                token.containers.append((key, i))
            }
            spec[key] = .array(list)
        }
        return token
    }

    static func addDefaultTolerations(_ spec: inout JSON) {
        guard let tolerationsValue = spec["tolerations"].array, !tolerationsValue.isEmpty else {
            spec["tolerations"] = defaultTolerationList
            return
        }
        var tolerations = tolerationsValue
        for key in ["node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"] {
            let present = tolerations.contains {
                ($0["key"].string == key || ($0["key"].isNull && $0["operator"].string == "Exists"))
                    && ($0["effect"].isNull || $0["effect"].string == "NoExecute")
            }
            if !present, let toleration = defaultTolerations[key] { tolerations.append(toleration) }
        }
        spec["tolerations"] = .array(tolerations)
    }

    /// Guaranteed when every container's requests equal its limits for cpu and memory;
    /// BestEffort when nothing is requested or limited; Burstable otherwise.
    static func qosClass(_ containers: [JSON]) -> String {
        var anySet = false
        var guaranteed = !containers.isEmpty
        for container in containers {
            let requests = container["resources"]["requests"]
            let limits = container["resources"]["limits"]
            for resource in ["cpu", "memory"] {
                let request = requests[resource]
                let limit = limits[resource]
                if !request.isNull || !limit.isNull { anySet = true }
                if limit.isNull || (request != limit && !request.isNull) { guaranteed = false }
            }
        }
        if !anySet { return "BestEffort" }
        return guaranteed ? "Guaranteed" : "Burstable"
    }

    static func setIfAbsent(_ object: inout JSON, _ key: String, _ value: JSON) {
        if object[key].isNull { object[key] = value }
    }
}
