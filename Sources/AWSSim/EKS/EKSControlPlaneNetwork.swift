import JSONValue
import SimCore

/// Where an EKS control plane meets the customer's VPC: the cluster security group EKS makes
/// (`eks-cluster-sg-<name>-<digits>`, all traffic among its members), and one network
/// interface in each of two of the cluster's subnets, in different zones, through which the
/// API servers in AWS's own VPC reach the nodes and the nodes reach the API.
extension EKSBackend {
    static let clusterSecurityGroupDescription =
        "EKS created security group applied to ENI that is attached to EKS Control Plane master nodes, as well as any managed workloads."

    /// Makes the cluster's security group and its interfaces (once).
    func attachControlPlane(_ name: String) {
        guard var cluster = clusters[name], cluster.clusterSecurityGroupID == nil else { return }
        let digits = String(10 + ids().int(in: 0...89)) + String(ids().int(in: 10_000_000...99_999_999))
        let groupID = "sg-" + ec2.ids().hex(17)
        let rules = (ec2.ids().hex(17), ec2.ids().hex(17))
        var group = EC2Backend.SecurityGroup(id: groupID, name: "eks-cluster-sg-\(name)-\(digits)", vpcID: cluster.vpcID,
                                             description: Self.clusterSecurityGroupDescription, ownerID: context.accountID)
        group.ingress = [SecurityGroupRule(id: "sgr-" + rules.0, ipProtocol: "-1", referencedGroupID: groupID)]
        group.egress = [SecurityGroupRule(id: "sgr-" + rules.1, ipProtocol: "-1", cidrIPv4: "0.0.0.0/0")]
        ec2.securityGroups.append(group)
        ec2.setTags([EC2Tag(key: "Name", value: group.name), EC2Tag(key: "aws:eks:cluster-name", value: name),
                     EC2Tag(key: "kubernetes.io/cluster/\(name)", value: "owned")], on: groupID)
        cluster.clusterSecurityGroupID = groupID
        var zones: Set<String> = []
        for subnetID in cluster.subnetIDs where cluster.controlPlaneInterfaceIDs.count < 2 {
            guard let subnet = ec2.subnets.first(where: { $0.id == subnetID }), !zones.contains(subnet.availabilityZone),
                let eni = try? ec2.createNetworkInterface(subnetID: subnetID, securityGroupIDs: [groupID] + cluster.securityGroupIDs,
                                                          description: "Amazon EKS \(name)", requesterManaged: false,
                                                          publicIP: false)
            else { continue }
            zones.insert(subnet.availabilityZone)
            if let index = ec2.networkInterfaces.firstIndex(where: { $0.id == eni.id }) {
                ec2.networkInterfaces[index].requesterID = Self.controlPlaneRequesterID
                ec2.networkInterfaces[index].attachment = EC2Backend.NetworkInterface.Attachment(
                    id: ec2.attachmentID(), instanceID: nil, instanceOwnerID: Self.controlPlaneAccount, deviceIndex: 1,
                    status: "attached", attachTime: simulation.now, deleteOnTermination: true)
            }
            cluster.controlPlaneInterfaceIDs.append(eni.id)
        }
        clusters[name] = cluster
    }

    /// The control plane's addresses in the customer's VPC: the `kubernetes` Service's endpoints.
    func controlPlaneAddresses(_ cluster: EKSCluster) -> [String] {
        cluster.controlPlaneInterfaceIDs.compactMap { id in
            ec2.networkInterfaces.first { $0.id == id }?.privateIPAddress
        }
    }

    /// Removes what `attachControlPlane` made, when the cluster is deleted.
    func detachControlPlane(_ cluster: EKSCluster) {
        for id in cluster.controlPlaneInterfaceIDs { ec2.deleteNetworkInterface(id: id) }
        if let groupID = cluster.clusterSecurityGroupID {
            ec2.securityGroups.removeAll { $0.id == groupID }
            ec2.tagStore[groupID] = nil
        }
    }

    /// The AWS account whose instances the control plane's interfaces attach to, and the
    /// requester EKS's service role shows as.
    static let controlPlaneAccount = "178579023202"
    static let controlPlaneRequesterID = "AROASFWZ3PZ4AGX7K6G5Q:AmazonEKS"
}
