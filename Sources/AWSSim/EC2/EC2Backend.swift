import JSONValue
import SimCore

/// EC2 and VPC in one region: VPCs, subnets, security groups, network interfaces, instances,
/// launch templates, key pairs and the AMI catalogue, over simulated time. Every account has
/// a default VPC (172.31.0.0/16) with a default /20 subnet per availability zone, a default
/// security group and an internet gateway.
public final class EC2Backend: AWSService {
    public let serviceName = "ec2"
    let context: AWSContext
    let simulation: Simulation
    public internal(set) var vpcs: [VPC] = []
    public internal(set) var subnets: [Subnet] = []
    public internal(set) var securityGroups: [SecurityGroup] = []
    public internal(set) var networkInterfaces: [NetworkInterface] = []
    public internal(set) var instances: [Instance] = []
    var launchTemplates: [LaunchTemplate] = []
    /// Volumes beyond instances' root volumes (Volumes.swift).
    public internal(set) var volumes: [Volume] = []
    var internetGateways: [InternetGateway] = []
    var routeTables: [RouteTable] = []
    var keyPairs: [KeyPair] = []
    let images: [MachineImage]
    var tagStore: [String: [EC2Tag]] = [:]
    /// IAM, for instance profiles (`--iam-instance-profile`).
    weak var iam: IAMBackend?
    /// The ECS agent on instances booted from an ECS-optimized AMI (see InstanceAgent.swift).
    var containerAgent: ContainerAgentLink?
    /// Observers of instance state changes (Auto Scaling).
    var instanceStateObservers: [(Instance) -> Void] = []

    public struct VPC: Sendable {
        public var id: String
        public var cidr: String
        public var isDefault: Bool
        public var state = "available"
        public var dhcpOptionsID = ""
        public var cidrAssociationID = ""
        public var instanceTenancy = "default"
    }

    public struct Subnet: Sendable {
        public var id: String
        public var vpcID: String
        public var cidr: String
        public var availabilityZone: String
        public var availabilityZoneID: String
        public var defaultForAZ: Bool
        public var mapPublicIPOnLaunch = false
        public var state = "available"
    }

    init(context: AWSContext, simulation: Simulation) {
        self.context = context
        self.simulation = simulation
        images = MachineImage.catalogue(region: context.region)
        createDefaultVPC()
    }

    /// The availability zones of the region: `us-east-1a` … `us-east-1f` for us-east-1.
    public var availabilityZones: [String] { zones.map(\.name) }

    var ownerID: String { context.accountID }

    func ids() -> RandomStream { simulation.random.stream("ec2-ids-\(context.region)") }

    /// Draws the default VPC's IDs in a fixed order (VPC, one subnet per zone, security group)
    /// so that adding other default resources never shifts them.
    private func createDefaultVPC() {
        let ids = ids()
        var vpc = VPC(id: "vpc-" + ids.hex(17), cidr: "172.31.0.0/16", isDefault: true)
        var created: [Subnet] = []
        // Default subnets are /20s carved in order: 172.31.0.0/20, 172.31.16.0/20, …
        for (index, zone) in zones.enumerated() {
            created.append(Subnet(id: "subnet-" + ids.hex(17), vpcID: vpc.id, cidr: "172.31.\(index * 16).0/20",
                                  availabilityZone: zone.name, availabilityZoneID: zone.id, defaultForAZ: true,
                                  mapPublicIPOnLaunch: true))
        }
        let groupID = "sg-" + ids.hex(17)
        let extra = simulation.random.stream("ec2-default-vpc-\(context.region)")
        vpc.dhcpOptionsID = "dopt-" + extra.hex(17)
        vpc.cidrAssociationID = "vpc-cidr-assoc-" + extra.hex(17)
        vpcs.append(vpc)
        subnets += created
        securityGroups.append(SecurityGroup.defaultGroup(id: groupID, vpcID: vpc.id, ownerID: ownerID,
                                                         ruleIDs: [extra.hex(17), extra.hex(17)]))
        let gateway = InternetGateway(id: "igw-" + extra.hex(17), attachedVPC: vpc.id)
        internetGateways.append(gateway)
        routeTables.append(RouteTable(id: "rtb-" + extra.hex(17), vpcID: vpc.id, main: true,
                                      mainAssociationID: "rtbassoc-" + extra.hex(17), gatewayRoute: gateway.id))
    }

    public func call(_ operation: String, input: JSON) throws(AWSServiceError) -> JSON {
        switch operation {
        case "CreateVpc": return try createVpc(input)
        case "DescribeVpcs": return try describeVpcs(input)
        case "DeleteVpc": return try deleteVpc(input)
        case "CreateSubnet": return try createSubnet(input)
        case "DescribeSubnets": return try describeSubnets(input)
        case "DeleteSubnet": return try deleteSubnet(input)
        case "ModifySubnetAttribute": return try modifySubnetAttribute(input)
        case "CreateSecurityGroup": return try createSecurityGroup(input)
        case "DescribeSecurityGroups": return try describeSecurityGroups(input)
        case "DeleteSecurityGroup": return try deleteSecurityGroup(input)
        case "AuthorizeSecurityGroupIngress": return try authorize(input, egress: false)
        case "AuthorizeSecurityGroupEgress": return try authorize(input, egress: true)
        case "RevokeSecurityGroupIngress": return try revoke(input, egress: false)
        case "RevokeSecurityGroupEgress": return try revoke(input, egress: true)
        case "DescribeNetworkInterfaces": return try describeNetworkInterfaces(input)
        case "DescribeAvailabilityZones": return try describeAvailabilityZones(input)
        case "DescribeRegions": return try describeRegions(input)
        case "DescribeImages": return try describeImages(input)
        case "DescribeInstanceTypes": return try describeInstanceTypes(input)
        case "RunInstances": return try runInstances(input)
        case "DescribeInstances": return try describeInstances(input)
        case "DescribeInstanceStatus": return try describeInstanceStatus(input)
        case "TerminateInstances": return try terminateInstances(input)
        case "StopInstances": return try stopInstances(input)
        case "StartInstances": return try startInstances(input)
        case "CreateLaunchTemplate": return try createLaunchTemplate(input)
        case "CreateLaunchTemplateVersion": return try createLaunchTemplateVersion(input)
        case "DescribeLaunchTemplates": return try describeLaunchTemplates(input)
        case "DescribeLaunchTemplateVersions": return try describeLaunchTemplateVersions(input)
        case "DeleteLaunchTemplate": return try deleteLaunchTemplate(input)
        case "CreateTags": return try createTags(input)
        case "DeleteTags": return try deleteTags(input)
        case "DescribeTags": return try describeTags(input)
        case "CreateKeyPair": return try createKeyPair(input)
        case "DescribeKeyPairs": return try describeKeyPairs(input)
        case "DeleteKeyPair": return try deleteKeyPair(input)
        case "CreateInternetGateway": return try createInternetGateway(input)
        case "AttachInternetGateway": return try attachInternetGateway(input)
        case "DescribeInternetGateways": return try describeInternetGateways(input)
        case "DescribeRouteTables": return try describeRouteTables(input)
        case "CreateRouteTable": return try createRouteTable(input)
        case "DescribeVolumes": return try describeVolumes(input)
        case "CreateRoute": return try createRoute(input)
        case "AssociateRouteTable": return try associateRouteTable(input)
        case "DescribeAccountAttributes": return try describeAccountAttributes(input)
        default: throw AWSServiceError.notSimulated("ec2", operation)
        }
    }

    /// `Values` of a list member, as strings.
    static func strings(_ value: JSON) -> [String] { (value.array ?? []).compactMap(\.string) }
}
