import JSONValue
import SimCore

/// EC2 and VPC in one region. For now: the default VPC every account has — one default
/// subnet per availability zone and a default security group.
public final class EC2Backend: AWSService {
    public let serviceName = "ec2"
    let context: AWSContext
    let simulation: Simulation
    public private(set) var vpcs: [VPC] = []
    public private(set) var subnets: [Subnet] = []
    public private(set) var securityGroups: [SecurityGroup] = []
    public internal(set) var networkInterfaces: [NetworkInterface] = []

    public struct VPC: Sendable {
        public var id: String
        public var cidr: String
        public var isDefault: Bool
    }

    public struct Subnet: Sendable {
        public var id: String
        public var vpcID: String
        public var cidr: String
        public var availabilityZone: String
        public var availabilityZoneID: String
        public var defaultForAZ: Bool
    }

    public struct SecurityGroup: Sendable {
        public var id: String
        public var name: String
        public var vpcID: String
        public var description: String
    }

    init(context: AWSContext, simulation: Simulation) {
        self.context = context
        self.simulation = simulation
        createDefaultVPC()
    }

    /// The availability zones of the region: `us-east-1a` … `us-east-1f` for us-east-1.
    public var availabilityZones: [String] {
        let letters = context.region == "us-east-1" ? ["a", "b", "c", "d", "e", "f"] : ["a", "b", "c"]
        return letters.map { context.region + $0 }
    }

    private func createDefaultVPC() {
        let ids = simulation.random.stream("ec2-ids-\(context.region)")
        let vpc = VPC(id: "vpc-" + ids.hex(17), cidr: "172.31.0.0/16", isDefault: true)
        vpcs.append(vpc)
        // Default subnets are /20s carved in order: 172.31.0.0/20, 172.31.16.0/20, …
        for (index, zone) in availabilityZones.enumerated() {
            subnets.append(Subnet(id: "subnet-" + ids.hex(17), vpcID: vpc.id, cidr: "172.31.\(index * 16).0/20",
                                  availabilityZone: zone, availabilityZoneID: "use1-az\(index + 1)", defaultForAZ: true))
        }
        securityGroups.append(SecurityGroup(id: "sg-" + ids.hex(17), name: "default", vpcID: vpc.id,
                                            description: "default VPC security group"))
    }

    public func call(_ operation: String, input: JSON) throws(AWSServiceError) -> JSON {
        throw AWSServiceError.notSimulated("ec2", operation)
    }
}
