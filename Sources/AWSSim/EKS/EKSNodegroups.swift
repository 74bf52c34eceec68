import JSONValue
import SimCore

/// CreateNodegroup, DescribeNodegroup, ListNodegroups and DeleteNodegroup. EKS makes a launch
/// template and an Auto Scaling group for each node group; the group launches the instances,
/// and the node group is ACTIVE once every instance it wants has joined the cluster
/// (`EKSNodes.swift`). Deleting it scales the group to nothing, then removes both.
extension EKSBackend {
    /// The policies a node role needs, as CreateNodegroup checks them.
    static let nodeRolePolicies = ["arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
                                   "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly"]

    func createNodegroup(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        let cluster = try cluster(named: request.string("clusterName"))
        guard cluster.status == .active else {
            throw .eksInvalidRequest("Cluster '\(cluster.name)' is not in ACTIVE status")
        }
        let name = try request.string("nodegroupName") ?? ""
        guard Self.isValidName(name, limit: 63) else {
            throw .eksInvalidParameter("The node group name must start with an alphanumeric character and contain only alphanumeric characters, hyphens and underscores, up to 63 characters.")
        }
        guard nodegroups[cluster.name]?[name] == nil else { throw .eksNodegroupExists(name, cluster: cluster.name) }
        let nodeRole = try request.string("nodeRole") ?? ""
        guard let role = iam?.role(arn: nodeRole),
            iam?.trustAllows(roleArn: nodeRole, principal: .service("ec2.amazonaws.com")) == true
        else {
            throw .eksInvalidParameter("Following required service principals [ec2.amazonaws.com] were not found in the trust relationships of nodeRole \(nodeRole)")
        }
        guard Self.nodeRolePolicies.allSatisfy(role.attachedPolicies.contains) else {
            throw .eksInvalidParameter("The provided role doesn't have the Amazon EKS Managed Policies associated with it. Please ensure the following policies [\(Self.nodeRolePolicies.joined(separator: ", "))] are attached")
        }
        let subnets = try request.strings("subnets") ?? []
        for id in subnets where ec2.subnets.first(where: { $0.id == id })?.vpcID != cluster.vpcID {
            throw .eksInvalidParameter("Subnet \(id) is not in the cluster's VPC \(cluster.vpcID)")
        }
        guard !subnets.isEmpty else { throw .eksInvalidParameter("Subnets must be specified") }
        let scaling = try request.object("scalingConfig") ?? [:]
        let minSize = scaling["minSize"].int ?? 2, maxSize = scaling["maxSize"].int ?? 2
        let desired = scaling["desiredSize"].int ?? minSize
        guard minSize >= 0, maxSize >= 1, minSize <= desired, desired <= maxSize else {
            throw .eksInvalidParameter("Minimum capacity \(minSize) can't be greater than desired size \(desired)")
        }
        let instanceTypes = try request.strings("instanceTypes") ?? ["t3.medium"]
        guard let instanceType = instanceTypes.first, InstanceTypeSpec.named(instanceType) != nil else {
            throw .eksInvalidParameter("Instance type \(instanceTypes.first ?? "") is not supported")
        }
        let uuid = Self.resourceUUID(ids())
        let labels = try EKSStringMap.read(request.object("labels"))
        var nodegroup = EKSNodegroup(
            name: name, arn: context.arn("eks", "nodegroup/\(cluster.name)/\(name)/\(uuid)"), clusterName: cluster.name,
            version: cluster.version, releaseVersion: Self.releaseVersion, createdAt: simulation.now, modifiedAt: simulation.now,
            status: .creating, capacityType: try request.string("capacityType") ?? "ON_DEMAND", minSize: minSize,
            maxSize: maxSize, desiredSize: desired, instanceTypes: instanceTypes, subnets: subnets,
            amiType: try request.string("amiType") ?? "AL2023_x86_64_STANDARD", nodeRole: nodeRole, labels: labels,
            diskSize: try request.int("diskSize") ?? 20,
            tags: try EKSStringMap.read(request.object("tags")),
            uuid: uuid)
        try launchCapacity(for: nodegroup, cluster: cluster, instanceType: instanceType)
        nodegroup.modifiedAt = simulation.now
        nodegroups[cluster.name, default: [:]][name] = nodegroup
        nodegroupOrder[cluster.name, default: []].append(name)
        // EKS lets the group's instances in: through aws-auth, or an access entry.
        if cluster.authenticationMode == "CONFIG_MAP" {
            mapNodeRole(nodeRole, in: cluster.name)
        } else if accessEntries[cluster.name]?[nodeRole] == nil {
            addAccessEntry(nodeRole, type: "EC2_LINUX", to: cluster)
        }
        return ["nodegroup": nodegroup.json]
    }

    /// The AMI release managed nodes run: the Kubernetes version and the build date.
    static let releaseVersion = "1.32.4-20251209"

    /// `bac7550f-b8b8-5fbb-4f3e-7502a931119e`: the UUID that ends EKS ARNs (node groups, Fargate
    /// profiles, add-ons, access entries).
    static func resourceUUID(_ ids: RandomStream) -> String {
        let hex = ids.hex(32)
        let parts = [hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4), hex.dropFirst(16).prefix(4),
                     hex.dropFirst(20)]
        return parts.joined(separator: "-")
    }

    /// The launch template and Auto Scaling group behind a node group.
    private func launchCapacity(for nodegroup: EKSNodegroup, cluster: EKSCluster, instanceType: String) throws(AWSServiceError) {
        guard let image = ec2.images.first(where: { $0.name == MachineImage.eksNodeImageName }) else {
            throw AWSServiceError(code: "ServerException", message: "No EKS-optimized AMI in \(context.region)", httpStatus: 500)
        }
        let userData = """
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="//"

            --//
            Content-Type: application/node.eks.aws

            apiVersion: node.eks.aws/v1alpha1
            kind: NodeConfig
            spec:
              cluster:
                name: \(cluster.name)
                apiServerEndpoint: \(cluster.endpoint)
                cidr: \(cluster.serviceIPv4Cidr)

            --//--
            """
        let template = try ec2.createLaunchTemplate([
            "LaunchTemplateName": .string(nodegroup.launchTemplateName),
            "LaunchTemplateData": [
                "ImageId": .string(image.id), "InstanceType": .string(instanceType),
                "UserData": .string(Base64.encode(userData)),
                "SecurityGroupIds": .array(cluster.clusterSecurityGroupID.map { [.string($0)] } ?? []),
                "MetadataOptions": ["HttpTokens": "required", "HttpPutResponseHopLimit": 2],
            ],
            "TagSpecifications": [["ResourceType": "launch-template", "Tags": [
                ["Key": "eks:cluster-name", "Value": .string(cluster.name)],
                ["Key": "eks:nodegroup-name", "Value": .string(nodegroup.name)],
            ]]],
        ])
        let tags: [(String, String)] = [
            ("eks:cluster-name", cluster.name), ("eks:nodegroup-name", nodegroup.name),
            ("k8s.io/cluster-autoscaler/enabled", "true"), ("k8s.io/cluster-autoscaler/\(cluster.name)", "owned"),
            ("kubernetes.io/cluster/\(cluster.name)", "owned"),
        ]
        _ = try autoScaling.createAutoScalingGroup([
            "AutoScalingGroupName": .string(nodegroup.autoScalingGroupName),
            "LaunchTemplate": ["LaunchTemplateId": template["LaunchTemplate"]["LaunchTemplateId"], "Version": "1"],
            "MinSize": .int(nodegroup.minSize), "MaxSize": .int(nodegroup.maxSize),
            "DesiredCapacity": .int(nodegroup.desiredSize),
            "VPCZoneIdentifier": .string(nodegroup.subnets.joined(separator: ",")),
            "Tags": .array(tags.map { ["Key": .string($0.0), "Value": .string($0.1), "PropagateAtLaunch": true] }),
        ])
    }

    func nodegroup(_ request: ECSInput) throws(AWSServiceError) -> EKSNodegroup {
        let cluster = try cluster(named: request.string("clusterName"))
        let name = try request.string("nodegroupName") ?? ""
        guard let nodegroup = nodegroups[cluster.name]?[name] else { throw .eksNodegroupNotFound(name) }
        return nodegroup
    }

    func describeNodegroup(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        ["nodegroup": try nodegroup(request).json]
    }

    func listNodegroups(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        let cluster = try cluster(named: request.string("clusterName"))
        return ["nodegroups": .array((nodegroupOrder[cluster.name] ?? []).map(JSON.string))]
    }

    func deleteNodegroup(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        var nodegroup = try nodegroup(request)
        guard nodegroup.status != .deleting else { return ["nodegroup": nodegroup.json] }
        nodegroup.status = .deleting
        nodegroup.modifiedAt = simulation.now
        nodegroups[nodegroup.clusterName]?[nodegroup.name] = nodegroup
        _ = try? autoScaling.updateAutoScalingGroup([
            "AutoScalingGroupName": .string(nodegroup.autoScalingGroupName), "MinSize": 0, "DesiredCapacity": 0,
        ])
        let (clusterName, name) = (nodegroup.clusterName, nodegroup.name)
        simulation.schedule(after: .seconds(Int64(timing().int(in: 240...360)))) { [weak self] in
            self?.finishDeletingNodegroup(clusterName, name)
        }
        return ["nodegroup": nodegroup.json]
    }

    private func finishDeletingNodegroup(_ clusterName: String, _ name: String) {
        guard let nodegroup = nodegroups[clusterName]?[name], nodegroup.status == .deleting else { return }
        _ = try? autoScaling.deleteAutoScalingGroup([
            "AutoScalingGroupName": .string(nodegroup.autoScalingGroupName), "ForceDelete": true,
        ])
        ec2.launchTemplates.removeAll { $0.name == nodegroup.launchTemplateName }
        nodegroups[clusterName]?[name] = nil
        if nodegroups[clusterName]?.isEmpty == true { nodegroups[clusterName] = nil }
        nodegroupOrder[clusterName]?.removeAll { $0 == name }
    }
}
