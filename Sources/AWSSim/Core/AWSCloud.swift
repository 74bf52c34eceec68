import ContainerImages
import JSONValue
import SimCore

/// The AWS side of a world: one account, its regions, and each region's services.
///
/// Services are created per region on first use, as AWS keeps state per region.
public final class AWSCloud {
    public let accountID: String
    public let simulation: Simulation
    /// Where the account's container runtimes (ECS hosts, Fargate) pull images from.
    public let registry: ImageRegistry
    private var regions: [String: AWSRegion] = [:]
    /// CloudTrail-style record of every call served, for later inspection.
    public private(set) var callLog: [(time: SimTime, region: String, service: String, operation: String, errorCode: String?)] = []

    public static let defaultAccount = "123456789012"
    public static let knownRegions = [
        "us-east-1", "us-east-2", "us-west-1", "us-west-2", "eu-west-1", "eu-west-2", "eu-central-1",
        "ap-southeast-1", "ap-southeast-2", "ap-northeast-1", "ap-south-1", "ca-central-1", "sa-east-1",
    ]

    public init(simulation: Simulation, accountID: String = AWSCloud.defaultAccount,
                registry: ImageRegistry = PublicRegistry()) {
        self.simulation = simulation
        self.accountID = accountID
        self.registry = registry
    }

    public func region(_ name: String) -> AWSRegion {
        if let existing = regions[name] { return existing }
        let region = AWSRegion(name: name, cloud: self)
        regions[name] = region
        return region
    }

    /// Calls `operation` of `service` in `region`.
    public func call(service: String, operation: String, input: JSON, region name: String) throws(AWSServiceError) -> JSON {
        let region = region(name)
        do throws(AWSServiceError) {
            guard let backend = region.service(service) else { throw AWSServiceError.notSimulated(service, operation) }
            let output = try backend.call(operation, input: input)
            callLog.append((simulation.now, name, service, operation, nil))
            return output
        } catch {
            callLog.append((simulation.now, name, service, operation, error.code))
            throw error
        }
    }
}

/// One region's services.
public final class AWSRegion {
    public let name: String
    public let context: AWSContext
    public let ec2: EC2Backend
    public let ecs: ECSBackend
    public let logs: LogsBackend

    init(name: String, cloud: AWSCloud) {
        self.name = name
        context = AWSContext(accountID: cloud.accountID, region: name)
        ec2 = EC2Backend(context: context, simulation: cloud.simulation)
        ecs = ECSBackend(context: context, simulation: cloud.simulation)
        logs = LogsBackend(context: context, simulation: cloud.simulation)
        ecs.connect(ec2: ec2, logs: logs, registry: cloud.registry)
    }

    public func service(_ name: String) -> AWSService? {
        switch name {
        case "ecs": return ecs
        case "ec2": return ec2
        case "logs": return logs
        default: return nil
        }
    }
}
