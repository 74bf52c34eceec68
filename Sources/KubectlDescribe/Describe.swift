import GoPorts
import JSONValue

/// Everything a describer may need besides the object itself, injected as values and closures
/// so this module depends on nothing else in Shipyard.
public struct DescribeInputs {
    /// The object as the API server returns it (GET), with `apiVersion` and `kind`.
    public var object: JSON

    /// core/v1 Events about this object, in any order. `Describe.eventMatches(_:object:)` tells
    /// which events kubectl would find; passing extra events does no harm if that filter is used
    /// by the caller. The describer orders them as kubectl does (see `EventsPrinter`).
    public var events: [JSON]

    /// A LIST the describer needs: `(resource, namespace, labelSelector, fieldSelector)`, e.g.
    /// `("replicasets", "default", "app=web", nil)` for a Deployment,
    /// `("pods", nil, nil, "spec.nodeName=node01,status.phase!=Succeeded,status.phase!=Failed")`
    /// for a Node, `("leases", "kube-node-lease", nil, "metadata.name=node01")` for its lease.
    /// `namespace == nil` means all namespaces. Selectors use the API server's syntax; return
    /// the matching objects (order as the API server would list them: by namespace, then name).
    public var related: (_ resource: String, _ namespace: String?, _ labelSelector: String?, _ fieldSelector: String?) -> [JSON]

    /// Kubernetes `HumanDuration` of now minus an RFC 3339 timestamp (`"5m"`), or `<unknown>`
    /// for nil. `HumanDuration.age(of:now:)` implements it given the simulator's clock.
    /// Absolute times (`Start Time:` etc.) need no clock: they print in UTC from the object.
    public var age: (_ rfc3339: String?) -> String

    /// Whether `kubectl describe` was run with `--show-events` (the default, true).
    public var showEvents: Bool

    public init(object: JSON, events: [JSON] = [],
                related: @escaping (_ resource: String, _ namespace: String?, _ labelSelector: String?, _ fieldSelector: String?) -> [JSON] = { _, _, _, _ in [] },
                age: @escaping (_ rfc3339: String?) -> String,
                showEvents: Bool = true) {
        self.object = object
        self.events = events
        self.related = related
        self.age = age
        self.showEvents = showEvents
    }
}

/// `kubectl describe` for one object: dispatches on `kind` to the describer kubectl v1.32 uses.
public enum Describe {
    /// The text kubectl prints for the object (ending in a newline, no trailing blank line).
    /// Kinds without a dedicated describer get kubectl's generic describer, as kubectl does.
    public static func render(_ inputs: DescribeInputs) -> String {
        let w = DescribeWriter()
        let ctx = DescribeContext(inputs: inputs)
        switch inputs.object["kind"].str {
        case "Pod": PodDescriber.describe(ctx, w)
        case "Deployment": DeploymentDescriber.describe(ctx, w)
        case "ReplicaSet": ReplicaSetDescriber.describe(ctx, w)
        case "DaemonSet": DaemonSetDescriber.describe(ctx, w)
        case "StatefulSet": StatefulSetDescriber.describe(ctx, w)
        case "Job": JobDescriber.describe(ctx, w)
        case "CronJob": CronJobDescriber.describe(ctx, w)
        case "Node": NodeDescriber.describe(ctx, w)
        case "Namespace": NamespaceDescriber.describe(ctx, w)
        case "Service": ServiceDescriber.describe(ctx, w)
        case "Endpoints": EndpointsDescriber.describe(ctx, w)
        case "EndpointSlice": EndpointSliceDescriber.describe(ctx, w)
        case "ConfigMap": ConfigMapDescriber.describe(ctx, w)
        case "Secret": SecretDescriber.describe(ctx, w)
        case "ServiceAccount": ServiceAccountDescriber.describe(ctx, w)
        case "Ingress": IngressDescriber.describe(ctx, w)
        case "IngressClass": IngressClassDescriber.describe(ctx, w)
        case "PersistentVolume": PersistentVolumeDescriber.describe(ctx, w)
        case "PersistentVolumeClaim": PersistentVolumeClaimDescriber.describe(ctx, w)
        case "StorageClass": StorageClassDescriber.describe(ctx, w)
        case "PodDisruptionBudget": PodDisruptionBudgetDescriber.describe(ctx, w)
        case "PriorityClass": PriorityClassDescriber.describe(ctx, w)
        case "HorizontalPodAutoscaler": HorizontalPodAutoscalerDescriber.describe(ctx, w)
        case "ResourceQuota": ResourceQuotaDescriber.describe(ctx, w)
        case "LimitRange": LimitRangeDescriber.describe(ctx, w)
        default: GenericDescriber.describe(ctx, w)
        }
        return w.finish()
    }

    /// `DescribePodTemplate` through a bare prefix writer, as `kubectl rollout history
    /// --revision=N` prints a revision: the tabs are not laid out.
    public static func podTemplate(_ template: JSON) -> String {
        let w = DescribeWriter(aligned: false)
        PodTemplate.describe(template, w)
        return w.finish()
    }

    /// Whether kubectl's event search for `object` finds `event`: same involvedObject name and
    /// namespace, same UID, and (except for Pods) same kind. Node events also match when their
    /// UID is the node's name, as kubelet reports them. Mirror pods match their
    /// `kubernetes.io/config.mirror` UID.
    public static func eventMatches(_ event: JSON, object: JSON) -> Bool {
        EventsPrinter.query(for: event, object: object) != nil
    }

    /// `HumanDuration` of `now - timestamp`; use it to build `DescribeInputs.age`.
    public static func age(of timestamp: String?, now: KubeTime) -> String {
        HumanDuration.age(of: timestamp, now: now)
    }
}

/// The inputs plus small conveniences every describer uses.
struct DescribeContext {
    let inputs: DescribeInputs
    var object: JSON { inputs.object }
    var metadata: JSON { inputs.object["metadata"] }
    var spec: JSON { inputs.object["spec"] }
    var status: JSON { inputs.object["status"] }
    var name: String { metadata["name"].str }
    var namespace: String { metadata["namespace"].str }

    func age(_ timestamp: JSON) -> String {
        guard let s = timestamp.string, KubeTime.parse(s) != nil else { return "<unknown>" }
        return inputs.age(s)
    }

    func related(_ resource: String, namespace: String?, labels: String? = nil, fields: String? = nil) -> [JSON] {
        inputs.related(resource, namespace, labels, fields)
    }

    /// Writes the Events section when kubectl would (`--show-events`).
    func events(_ w: DescribeWriter) {
        guard inputs.showEvents else { return }
        EventsPrinter.describe(self, w)
    }
}
