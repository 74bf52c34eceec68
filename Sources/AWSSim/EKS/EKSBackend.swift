import ContainerImages
import JSONValue
import KubeSim
import SimCore

/// Amazon EKS in one region: clusters whose Kubernetes control plane AWS runs (each a
/// `KubeSim.Cluster` with no control-plane node of its own), and managed node groups, whose
/// EC2 instances join their cluster as its nodes.
public final class EKSBackend: AWSService {
    public let serviceName = "eks"
    let context: AWSContext
    let simulation: Simulation
    let ec2: EC2Backend
    let autoScaling: AutoScalingBackend
    weak var iam: IAMBackend?
    /// Where the clusters' nodes pull images from.
    let registry: ImageRegistry
    /// Clusters by name, and the order they were made in (ListClusters).
    var clusters: [String: EKSCluster] = [:]
    var clusterOrder: [String] = []
    /// Each cluster's Kubernetes, from the moment its control plane is up.
    var kubernetes: [String: Cluster] = [:]
    /// Node groups by cluster, then name, and their order per cluster.
    var nodegroups: [String: [String: EKSNodegroup]] = [:]
    var nodegroupOrder: [String: [String]] = [:]
    /// Fargate profiles by cluster, then name, and their order per cluster.
    var fargateProfiles: [String: [String: EKSFargateProfile]] = [:]
    var fargateProfileOrder: [String: [String]] = [:]
    /// The interface of each Fargate pod's micro-VM, by node name.
    var fargateInterfaces: [String: String] = [:]
    /// Add-ons by cluster, then name, and the EBS CSI driver of clusters that have it.
    var addons: [String: [String: EKSAddon]] = [:]
    var ebsDrivers: [String: EBSCSIDriver] = [:]
    /// Access entries by cluster, then principal ARN.
    var accessEntries: [String: [String: EKSAccessEntry]] = [:]
    /// Who is calling (the cluster's creator gets an access entry).
    var callerArn: () -> String = { "" }
    /// The Kubernetes version the simulated control plane runs (`1.32`), and the other
    /// versions EKS supports, which Shipyard does not simulate.
    static let simulatedVersion = "1.32"
    static let otherSupportedVersions: Set<String> = ["1.29", "1.30", "1.31", "1.33", "1.34"]
    static let platformVersion = "eks.12"

    init(context: AWSContext, simulation: Simulation, ec2: EC2Backend, autoScaling: AutoScalingBackend,
         registry: ImageRegistry) {
        self.context = context
        self.simulation = simulation
        self.ec2 = ec2
        self.autoScaling = autoScaling
        self.registry = registry
        ec2.instanceStateObservers.append { [weak self] instance in self?.instanceChanged(instance) }
    }

    public func call(_ operation: String, input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        switch operation {
        case "CreateCluster": return try createCluster(request)
        case "DescribeCluster": return try ["cluster": cluster(named: request.string("name")).json]
        case "ListClusters": return ["clusters": .array(clusterOrder.map(JSON.string))]
        case "DeleteCluster": return try deleteCluster(request)
        case "CreateNodegroup": return try createNodegroup(request)
        case "DescribeNodegroup": return try describeNodegroup(request)
        case "ListNodegroups": return try listNodegroups(request)
        case "DeleteNodegroup": return try deleteNodegroup(request)
        case "CreateFargateProfile": return try createFargateProfile(request)
        case "DescribeFargateProfile": return try ["fargateProfile": fargateProfile(request).json]
        case "ListFargateProfiles": return try listFargateProfiles(request)
        case "DeleteFargateProfile": return try deleteFargateProfile(request)
        case "CreateAddon": return try createAddon(request)
        case "DescribeAddon": return try ["addon": addon(request).json]
        case "ListAddons": return try listAddons(request)
        case "CreateAccessEntry": return try createAccessEntry(request)
        case "DescribeAccessEntry": return try describeAccessEntry(request)
        case "ListAccessEntries": return try listAccessEntries(request)
        case "DeleteAccessEntry": return try deleteAccessEntry(request)
        default: throw AWSServiceError.notSimulated("eks", operation)
        }
    }

    func cluster(named name: String?) throws(AWSServiceError) -> EKSCluster {
        guard let name, let cluster = clusters[name] else { throw .eksClusterNotFound(name ?? "") }
        return cluster
    }

    /// The Kubernetes of the cluster with this ARN, once its control plane is up.
    public func kubernetes(arn: String) -> Cluster? {
        guard let name = clusters.values.first(where: { $0.arn == arn })?.name else { return nil }
        return kubernetes[name]
    }

    func timing() -> RandomStream { simulation.random.stream("eks-timing-\(context.region)") }
    func ids() -> RandomStream { simulation.random.stream("eks-ids-\(context.region)") }
}

extension AWSCloud {
    /// The Kubernetes behind an EKS cluster's ARN (`arn:aws:eks:<region>:<account>:cluster/<name>`),
    /// as kubectl reaches it through a kubeconfig entry.
    public func eksKubernetes(arn: String) -> Cluster? {
        let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 6, parts[2] == "eks", parts[4] == Substring(accountID),
            AWSCloud.knownRegions.contains(String(parts[3]))
        else { return nil }
        return region(String(parts[3])).eks.kubernetes(arn: arn)
    }
}
