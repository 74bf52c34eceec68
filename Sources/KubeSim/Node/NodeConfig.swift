/// How a simulated machine looks: what `kubectl get nodes -o wide` and `describe node` show.
public struct NodeConfig: Sendable {
    public var name: String
    public var internalIP: String
    public var podCIDR: String
    public var controlPlane: Bool
    public var cpu: String
    public var memoryKi: Int64
    public var pods: Int
    public var osImage: String
    public var kernelVersion: String
    public var labels: [String: String]
    /// What a cloud's machine image and provider add (an EKS node); nil fields keep
    /// kubeadm's values.
    public var kubeletVersion: String?
    public var containerRuntimeVersion: String?
    /// `aws:///us-east-1a/i-0abc…`: the machine behind the node, as the cloud provider names it.
    public var providerID: String?
    public var internalDNS: String?
    public var externalIP: String?
    public var externalDNS: String?
    /// What the kubelet reserves for the system, when not kubeadm's 100Mi eviction threshold.
    public var allocatableCPU: String?
    public var allocatableMemoryKi: Int64?
    /// The node's annotations, when not kubeadm's.
    public var annotations: [String: String]?
    /// Taints beyond the control plane's (`eks.amazonaws.com/compute-type=fargate:NoSchedule`).
    public var taints: [(key: String, value: String, effect: String)] = []
    /// Whether the Node shows `podCIDR`. Under the Amazon VPC CNI pods take VPC addresses and
    /// EKS nodes have none; the kubelet still hands out addresses from `podCIDR`.
    public var reportsPodCIDR = true
    /// The one address every pod on this machine has (a Fargate micro-VM's interface), instead
    /// of addresses from `podCIDR`.
    public var podIP: String?

    public init(name: String, internalIP: String, podCIDR: String, controlPlane: Bool = false, cpu: String = "2",
                memoryKi: Int64 = 4_025_040, pods: Int = 110, osImage: String = "Ubuntu 24.04.2 LTS",
                kernelVersion: String = "6.8.0-60-generic", labels: [String: String] = [:]) {
        self.name = name
        self.internalIP = internalIP
        self.podCIDR = podCIDR
        self.controlPlane = controlPlane
        self.cpu = cpu
        self.memoryKi = memoryKi
        self.pods = pods
        self.osImage = osImage
        self.kernelVersion = kernelVersion
        self.labels = labels
    }
}
