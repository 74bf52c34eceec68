import ContainerImages
import JSONValue
import SimCore

/// The AWS side of a world: one account, its regions, and each region's services.
///
/// Services are created per region on first use, as AWS keeps state per region. IAM and STS
/// are global: one of each per account, whatever region a call names.
public final class AWSCloud {
    public let accountID: String
    public let simulation: Simulation
    public let iam: IAMBackend
    public let sts: STSBackend
    /// Where the account's container runtimes (ECS hosts, Fargate) pull images from.
    public let registry: ImageRegistry
    private var regions: [String: AWSRegion] = [:]
    /// Every call served, what CloudTrail's event history is built from.
    public private(set) var callLog: [AWSCallRecord] = []
    /// Off while a lesson's checks look at the world: their calls are not the account's.
    public var recordsCalls = true
    /// Who the learner's aws commands run as: IAM user `learner`, with AdministratorAccess.
    public var caller: AWSCaller
    /// The client making the calls now, when it is not aws-cli (see `ECRRegistryCalls`).
    var userAgent: String?

    public static let defaultAccount = "123456789012"
    public static let knownRegions = [
        "us-east-1", "us-east-2", "us-west-1", "us-west-2", "eu-west-1", "eu-west-2", "eu-central-1",
        "ap-southeast-1", "ap-southeast-2", "ap-northeast-1", "ap-south-1", "ca-central-1", "sa-east-1",
    ]
    /// Services with one endpoint for the whole account (IAM's events land in us-east-1).
    static let globalServices: Set<String> = ["iam"]

    public init(simulation: Simulation, accountID: String = AWSCloud.defaultAccount,
                registry: ImageRegistry = PublicRegistry()) {
        self.simulation = simulation
        self.accountID = accountID
        self.registry = registry
        iam = IAMBackend(accountID: accountID, simulation: simulation)
        sts = STSBackend(accountID: accountID, simulation: simulation, iam: iam)
        caller = iam.learnerCaller
        sts.currentCaller = { [unowned self] in self.caller }
    }

    public func region(_ name: String) -> AWSRegion {
        if let existing = regions[name] { return existing }
        let region = AWSRegion(name: name, cloud: self)
        regions[name] = region
        return region
    }

    /// Calls `operation` of `service` in `region` as `caller`: IAM authorizes it first, and
    /// CloudTrail records it, refused or not.
    public func call(service: String, operation: String, input: JSON, region name: String) throws(AWSServiceError) -> JSON {
        let recordedRegion = Self.globalServices.contains(service) ? "us-east-1" : name
        do throws(AWSServiceError) {
            let backend: AWSService?
            switch service {
            case "iam": backend = iam
            case "sts": backend = sts
            default: backend = region(name).service(service)
            }
            guard let backend else { throw AWSServiceError.notSimulated(service, operation) }
            try authorize(service: service, operation: operation, input: input, region: recordedRegion)
            let output = try backend.call(operation, input: input)
            record(service: service, operation: operation, region: recordedRegion, input: input, output: output,
                   error: nil, caller: caller)
            return output
        } catch {
            record(service: service, operation: operation, region: recordedRegion, input: input, output: .null,
                   error: error, caller: caller)
            throw error
        }
    }

    /// Calls as another caller (a role session whose credentials the call was signed with),
    /// then goes back to the learner.
    public func call(service: String, operation: String, input: JSON, region: String,
                     as other: AWSCaller) throws(AWSServiceError) -> JSON {
        let saved = caller
        defer { caller = saved }
        caller = other
        return try call(service: service, operation: operation, input: input, region: region)
    }

    /// Records a call a service made on the account's behalf (Auto Scaling launching an
    /// instance), so CloudTrail shows it as AWS does.
    func record(service: String, operation: String, region: String, input: JSON, output: JSON,
                error: AWSServiceError?, caller: AWSCaller, userAgent client: String? = nil) {
        guard recordsCalls else { return }
        let ids = simulation.random.stream("cloudtrail-ids")
        callLog.append(AWSCallRecord(
            time: simulation.now, region: region, service: service, operation: operation, errorCode: error?.code,
            errorMessage: error?.message, caller: caller, requestParameters: input, responseElements: output,
            eventID: ids.uuid(), requestID: ids.uuid(), userAgent: client ?? userAgent))
    }
}

/// One region's services.
public final class AWSRegion {
    public let name: String
    public let context: AWSContext
    public let ec2: EC2Backend
    public let ecs: ECSBackend
    public let ecr: ECRBackend
    public let eks: EKSBackend
    public let logs: LogsBackend
    public let autoScaling: AutoScalingBackend
    public let cloudTrail: CloudTrailBackend
    public let cloudWatch: CloudWatchBackend
    public let eventBridge: EventBridgeBackend

    init(name: String, cloud: AWSCloud) {
        self.name = name
        context = AWSContext(accountID: cloud.accountID, region: name)
        ec2 = EC2Backend(context: context, simulation: cloud.simulation)
        ecs = ECSBackend(context: context, simulation: cloud.simulation)
        ecr = ECRBackend(context: context, simulation: cloud.simulation)
        ecr.upstream = cloud.registry
        logs = LogsBackend(context: context, simulation: cloud.simulation)
        autoScaling = AutoScalingBackend(context: context, simulation: cloud.simulation, ec2: ec2)
        cloudTrail = CloudTrailBackend(context: context, simulation: cloud.simulation, cloud: cloud)
        cloudWatch = CloudWatchBackend(context: context, simulation: cloud.simulation, cloud: cloud)
        eventBridge = EventBridgeBackend(context: context, simulation: cloud.simulation)
        eventBridge.logs = logs
        // ECR's image pushes and deletions go to the default event bus.
        ecr.publishEvent = { [unowned eventBridge] detailType, detail in
            eventBridge.publish(source: "aws.ecr", detailType: detailType, detail: detail)
        }
        eks = EKSBackend(context: context, simulation: cloud.simulation, ec2: ec2, autoScaling: autoScaling,
                         registry: cloud.registry)
        eks.iam = cloud.iam
        eks.callerArn = { [unowned cloud] in cloud.caller.arn }
        ec2.iam = cloud.iam
        autoScaling.iam = cloud.iam
        // An ECS-optimized instance's agent registers with ECS once it has booted.
        ec2.containerAgent = EC2Backend.ContainerAgentLink(
            connected: { [weak ecs] in ecs?.agentConnected($0) },
            disconnected: { [weak ecs] id, terminated in ecs?.agentDisconnected(ec2InstanceID: id, terminated: terminated) })
        // Auto Scaling's launches and terminations appear in CloudTrail as AWS records them.
        autoScaling.recordServiceCall = { [unowned cloud] operation, input, output, error in
            cloud.record(service: "ec2", operation: operation, region: name, input: input, output: output,
                         error: error, caller: cloud.iam.autoScalingServiceCaller)
        }
        ecs.connect(ec2: ec2, logs: logs, registry: cloud.registry)
        // The ECS agent obtains task role credentials from STS and serves them to containers.
        ecs.roleCredentials = { [unowned cloud] role, session, service in
            cloud.sts.credentials(forRole: role, sessionName: session, service: service)
        }
        ecs.roleAllows = { [unowned cloud] role, action in cloud.iam.isAllowed(principalArn: role, action: action) }
    }

    public func service(_ name: String) -> AWSService? {
        switch name {
        case "ecs": return ecs
        case "ec2": return ec2
        case "ecr": return ecr
        case "eks": return eks
        case "logs": return logs
        case "autoscaling": return autoScaling
        case "cloudtrail": return cloudTrail
        case "cloudwatch": return cloudWatch
        case "events": return eventBridge
        default: return nil
        }
    }
}
