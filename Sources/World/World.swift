import AWSSim
import ContainerImages
import DockerEngine
import KubeSim
import SimCore

/// Everything a learner can reach: the simulated clock, the Kubernetes clusters behind
/// kubectl's contexts, the AWS account, and the image registries they pull from.
public final class World {
    public let simulation: Simulation
    public let registry: RegistryRouter
    public let aws: AWSCloud
    /// The Docker daemon on the learner's own machine.
    public let docker: DockerEngine
    public private(set) var clusters: [String: Cluster] = [:]
    public var kubeconfig: KubeConfig
    /// The TCP ports commands left running listen on, on the learner's own machine
    /// (`kubectl port-forward … &`): a second listener on one of them fails to bind.
    public var hostListeningPorts: Set<Int> = []

    public struct Options: Sendable {
        public var seed: UInt64
        public var start: SimTime

        public init(seed: UInt64 = World.defaultSeed, start: SimTime = World.defaultStart) {
            self.seed = seed
            self.start = start
        }
    }

    /// The defaults scripts and transcripts use, so they are deterministic without flags.
    public static let defaultSeed: UInt64 = 42
    public static let defaultStart = SimTime(rfc3339: "2026-01-01T00:00:00Z") ?? SimTime(milliseconds: 0)
    /// How long before the session starts the sandbox cluster was created.
    public static let sandboxAge = SimDuration.minutes(10)

    private init(simulation: Simulation) {
        self.simulation = simulation
        registry = RegistryRouter(fallback: PublicRegistry())
        registry.add(ECRPublicLibrary(catalog: PublicRegistry()), forHosts: { $0 == "public.ecr.aws" })
        registry.add(EKSAddonImages(catalog: PublicRegistry()), forHosts: EKSAddonImages.serves)
        let privateRegistry = ECRPrivateRegistry()
        registry.add(privateRegistry, forHosts: { ECRBackend.registry(ofHost: $0) != nil })
        aws = AWSCloud(simulation: simulation, registry: registry)
        privateRegistry.cloud = aws
        docker = DockerEngine(simulation: simulation, registry: registry, aws: aws)
        kubeconfig = KubeConfig()
    }

    /// The default world: cluster `sandbox` (kubeadm-style, three nodes, created ten minutes
    /// before `start`) as the current context, and AWS account 123456789012 in us-east-1.
    public static func makeDefault(_ options: Options = Options()) -> World {
        let simulation = Simulation(start: options.start - sandboxAge, seed: options.seed)
        let world = World(simulation: simulation)
        let cluster = world.addCluster(name: "sandbox", endpoint: "https://192.168.0.10:6443")
        KubeadmBootstrap.start(cluster, plan: .sandbox)
        world.kubeconfig.set(KubeConfig.ClusterEntry(name: "sandbox", server: cluster.endpoint,
                                                     certificateAuthorityData: KubeConfig.sandboxCertificateData))
        world.kubeconfig.set(KubeConfig.User(name: "kubernetes-admin", credentials: .clientCertificate(
            certificate: KubeConfig.sandboxCertificateData, key: KubeConfig.sandboxCertificateData)))
        world.kubeconfig.set(KubeConfig.Context(name: "sandbox", cluster: "sandbox", user: "kubernetes-admin"))
        world.kubeconfig.currentContext = "sandbox"
        _ = world.aws.region("us-east-1")
        simulation.advance(to: options.start)
        return world
    }

    @discardableResult
    public func addCluster(name: String, endpoint: String) -> Cluster {
        let cluster = Cluster(name: name, simulation: simulation, registry: registry, endpoint: endpoint)
        clusters[name] = cluster
        return cluster
    }

    /// The cluster behind a kubeconfig context (the current one when nil): one of the world's
    /// own, or an EKS cluster's Kubernetes, named by its ARN.
    public func cluster(forContext name: String? = nil) -> Cluster? {
        guard let context = kubeconfig.context(named: name ?? kubeconfig.currentContext) else { return nil }
        return clusters[context.cluster] ?? aws.eksKubernetes(arn: context.cluster)
    }
}
