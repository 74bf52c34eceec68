import ContainerImages
import JSONValue
import SimCore

/// Amazon ECS in one region: clusters, capacity providers, container instances, task
/// definitions, tasks and services, over simulated time.
///
/// State lives in value types keyed by ID; components act on it from timers the simulation
/// runs (a task's next lifecycle step, a container's exit, the service scheduler's pass), so a
/// wait advances every task and service the way ECS would have in that time.
public final class ECSBackend: AWSService {
    public let serviceName = "ecs"
    let context: AWSContext
    let simulation: Simulation
    let ids: ECSIdentifiers
    /// Jitter for durations: provisioning, pulls, stops.
    let timing: RandomStream
    /// Choices among equals: subnets, `random` placement.
    let choices: RandomStream

    /// The region's EC2 (task ENIs, subnets) and CloudWatch Logs (awslogs), wired by the region.
    weak var ec2: EC2Backend?
    weak var logs: LogsBackend?
    /// Where container images are pulled from.
    var registry: ImageRegistry = PublicRegistry()
    /// Who is calling: `registeredBy` on task definitions, `createdBy` on services.
    public var callerArn: () -> String

    var clusters: [String: ECSCluster] = [:]
    /// Cluster names in creation order, as ListClusters returns them.
    var clusterOrder: [String] = []
    /// Revisions per family; revision N is at index N-1.
    var taskDefinitions: [String: [TaskDefinition]] = [:]
    var tasks: [String: ECSTask] = [:]
    var taskOrder: [String] = []
    /// Services by `cluster/name`.
    var services: [String: ECSService] = [:]
    var serviceOrder: [String] = []
    var containerInstances: [String: ContainerInstance] = [:]
    var containerInstanceOrder: [String] = []
    var capacityProviders: [String: CapacityProvider] = [:]
    var capacityProviderOrder: [String] = []
    /// Agents that connected before their cluster existed (see AgentRegistration.swift).
    var pendingRegistrations: [ECSAgentRegistration] = []
    /// When each service's next scheduler pass is queued for.
    var schedulerPassAt: [String: SimTime] = [:]
    /// EventBridge events ECS emitted (`source: aws.ecs`), oldest first.
    public internal(set) var events: [ECSEvent] = []
    /// ECS Exec sessions by session ID.
    var execSessions: [String: ExecSession] = [:]
    /// Task role credentials the agent holds, by task ID.
    var agentCredentials: [String: RoleSession] = [:]
    /// STS and IAM as the agent meets them, wired by the region: credentials for a role
    /// (nil when the role does not trust that service principal) and whether a role's
    /// policies allow an action.
    var roleCredentials: (_ roleArn: String, _ sessionName: String, _ service: String) -> RoleSession? = { _, _, _ in nil }
    var roleAllows: (_ roleArn: String, _ action: String) -> Bool = { _, _ in false }

    init(context: AWSContext, simulation: Simulation) {
        self.context = context
        self.simulation = simulation
        ids = ECSIdentifiers(random: simulation.random, region: context.region)
        timing = simulation.random.stream("ecs-timing-\(context.region)")
        choices = simulation.random.stream("ecs-choices-\(context.region)")
        let root = "arn:aws:iam::\(context.accountID):root"
        callerArn = { root }
    }

    /// Gives ECS the region's EC2 and CloudWatch Logs, and the registries images come from.
    public func connect(ec2: EC2Backend, logs: LogsBackend, registry: ImageRegistry) {
        self.ec2 = ec2
        self.logs = logs
        self.registry = registry
    }

    public func call(_ operation: String, input: JSON) throws(AWSServiceError) -> JSON {
        switch operation {
        case "CreateCluster": return try createCluster(input)
        case "ListClusters": return try listClusters(input)
        case "DescribeClusters": return try describeClusters(input)
        case "DeleteCluster": return try deleteCluster(input)
        case "UpdateClusterSettings": return try updateClusterSettings(input)
        case "UpdateCluster": return try updateCluster(input)
        case "PutClusterCapacityProviders": return try putClusterCapacityProviders(input)
        case "CreateCapacityProvider": return try createCapacityProvider(input)
        case "DescribeCapacityProviders": return try describeCapacityProviders(input)
        case "UpdateCapacityProvider": return try updateCapacityProvider(input)
        case "DeleteCapacityProvider": return try deleteCapacityProvider(input)
        case "ListContainerInstances": return try listContainerInstances(input)
        case "DescribeContainerInstances": return try describeContainerInstances(input)
        case "UpdateContainerInstancesState": return try updateContainerInstancesState(input)
        case "DeregisterContainerInstance": return try deregisterContainerInstance(input)
        case "PutAttributes": return try putAttributes(input)
        case "ListAttributes": return try listAttributes(input)
        case "DeleteAttributes": return try deleteAttributes(input)
        case "RegisterTaskDefinition": return try registerTaskDefinition(input)
        case "DescribeTaskDefinition": return try describeTaskDefinition(input)
        case "ListTaskDefinitions": return try listTaskDefinitions(input)
        case "ListTaskDefinitionFamilies": return try listTaskDefinitionFamilies(input)
        case "DeregisterTaskDefinition": return try deregisterTaskDefinition(input)
        case "DeleteTaskDefinitions": return try deleteTaskDefinitions(input)
        case "RunTask": return try runTask(input)
        case "StartTask": return try startTask(input)
        case "DescribeTasks": return try describeTasks(input)
        case "ListTasks": return try listTasks(input)
        case "StopTask": return try stopTask(input)
        case "CreateService": return try createService(input)
        case "UpdateService": return try updateService(input)
        case "DeleteService": return try deleteService(input)
        case "DescribeServices": return try describeServices(input)
        case "ListServices": return try listServices(input)
        case "TagResource": return try tagResource(input)
        case "UntagResource": return try untagResource(input)
        case "ListTagsForResource": return try listTagsForResource(input)
        case "ExecuteCommand": return try executeCommand(input)
        default: throw AWSServiceError.notSimulated("ecs", operation)
        }
    }

    /// Finds a cluster by short name or ARN; the cluster named `default` when none is given.
    func clusterName(_ reference: String?) -> String {
        guard let reference, !reference.isEmpty else { return "default" }
        return ECSResourceName.lastSegment(reference)
    }

    func activeCluster(_ reference: String?) throws(AWSServiceError) -> ECSCluster {
        guard let cluster = clusters[clusterName(reference)], cluster.status == "ACTIVE" else {
            throw AWSServiceError.clusterNotFound
        }
        return cluster
    }
}

extension ECSBackend {
    /// Names of active clusters, for completion.
    public var clusterNames: [String] {
        clusterOrder.filter { clusters[$0]?.status == "ACTIVE" }
    }
}
