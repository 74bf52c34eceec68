import JSONValue
import KubeSim
import SimCore
import Testing
@testable import AWSSim

@Suite struct EKSTests {
    /// A world with the roles an EKS course makes: `eksClusterRole` for the control plane and
    /// `eksNodeRole` for managed nodes (with EKS's node policies when `nodePolicies`).
    func world(nodePolicies: Bool = true) throws -> InfraWorld {
        let world = InfraWorld()
        try world.call("iam", "CreateRole", ["RoleName": "eksClusterRole",
                                             "AssumeRolePolicyDocument": .string(Trust.service("eks.amazonaws.com"))])
        try world.call("iam", "AttachRolePolicy", ["RoleName": "eksClusterRole", "PolicyArn": .string(EKSBackend.clusterRolePolicy)])
        try world.call("iam", "CreateRole", ["RoleName": "eksNodeRole",
                                             "AssumeRolePolicyDocument": .string(Trust.service("ec2.amazonaws.com"))])
        if nodePolicies {
            for policy in EKSBackend.nodeRolePolicies {
                try world.call("iam", "AttachRolePolicy", ["RoleName": "eksNodeRole", "PolicyArn": .string(policy)])
            }
        }
        return world
    }

    func subnets(_ world: InfraWorld) -> [String] { Array(world.ec2.subnets.prefix(2).map(\.id)) }

    func createCluster(_ world: InfraWorld) throws -> JSON {
        try world.call("eks", "CreateCluster", [
            "name": "demo", "roleArn": "arn:aws:iam::123456789012:role/eksClusterRole",
            "resourcesVpcConfig": ["subnetIds": .array(subnets(world).map(JSON.string))],
        ])["cluster"]
    }

    @Test func aClusterIsCreatingForMinutesThenItsKubernetesAnswers() throws {
        let world = try world()
        let created = try createCluster(world)
        #expect(created["status"] == "CREATING")
        #expect(created["endpoint"].isNull && created["certificateAuthority"] == [:])
        #expect(created["kubernetesNetworkConfig"]["serviceIpv4Cidr"] == "10.100.0.0/16")
        #expect(world.error("eks", "CreateCluster", ["name": "demo", "roleArn": "arn:aws:iam::123456789012:role/eksClusterRole",
                                                     "resourcesVpcConfig": ["subnetIds": .array(subnets(world).map(JSON.string))]])?
            .message == "Cluster already exists with name: demo")
        #expect(world.region.eks.kubernetes(arn: "arn:aws:eks:us-east-1:123456789012:cluster/demo") == nil)
        world.advance(5 * 60)
        #expect(try world.call("eks", "DescribeCluster", ["name": "demo"])["cluster"]["status"] == "CREATING")
        world.advance(6 * 60)
        let active = try world.call("eks", "DescribeCluster", ["name": "demo"])["cluster"]
        #expect(active["status"] == "ACTIVE")
        let endpoint = try #require(active["endpoint"].string)
        #expect(endpoint.hasSuffix(".us-east-1.eks.amazonaws.com") && endpoint.hasPrefix("https://"))
        // The control plane's interfaces are in the customer's subnets, and they are the
        // addresses behind the `kubernetes` Service.
        let interfaces = world.ec2.networkInterfaces.filter { $0.description == "Amazon EKS demo" }
        #expect(interfaces.count == 2 && Set(interfaces.map(\.availabilityZone)).count == 2)
        let kube = try #require(world.cloud.eksKubernetes(arn: "arn:aws:eks:us-east-1:123456789012:cluster/demo"))
        let service = try #require(kube.apiServer.object(.service, namespace: "default", name: "kubernetes"))
        #expect(service["spec"]["clusterIP"] == "10.100.0.1")
        let endpoints = kube.apiServer.object(.endpoints, namespace: "default", name: "kubernetes")
        #expect(Set(endpoints?["subsets"][0]["addresses"].array?.compactMap { $0["ip"].string } ?? [])
            == Set(interfaces.map(\.privateIPAddress)))
        // No control-plane node, no control-plane pods: AWS runs them.
        #expect(kube.apiServer.list(.node, namespace: nil).isEmpty)
        #expect(kube.apiServer.list(.pod, namespace: "kube-system").allSatisfy { $0.name.hasPrefix("coredns-") })
    }

    @Test func clustersAreCheckedBeforeTheyAreMade() throws {
        let world = try world()
        let oneSubnet: JSON = ["subnetIds": [.string(subnets(world)[0])]]
        #expect(world.error("eks", "CreateCluster", ["name": "demo", "roleArn": "arn:aws:iam::123456789012:role/eksClusterRole",
                                                     "resourcesVpcConfig": oneSubnet])?.message
            == "Subnets specified must be in at least two different AZs")
        // The node role trusts EC2, not EKS.
        #expect(world.error("eks", "CreateCluster", ["name": "demo", "roleArn": "arn:aws:iam::123456789012:role/eksNodeRole",
                                                     "resourcesVpcConfig": ["subnetIds": .array(subnets(world).map(JSON.string))]])?
            .message == "Role with arn: arn:aws:iam::123456789012:role/eksNodeRole could not be assumed because it does not exist or the trusted entity is not correct")
        try world.call("iam", "DetachRolePolicy", ["RoleName": "eksClusterRole", "PolicyArn": .string(EKSBackend.clusterRolePolicy)])
        #expect(world.error("eks", "CreateCluster", ["name": "demo", "roleArn": "arn:aws:iam::123456789012:role/eksClusterRole",
                                                     "resourcesVpcConfig": ["subnetIds": .array(subnets(world).map(JSON.string))]])?
            .message.hasSuffix("Please ensure the following policy is attached: arn:aws:iam::aws:policy/AmazonEKSClusterPolicy") == true)
        #expect(world.error("eks", "DescribeCluster", ["name": "nope"])?.message == "No cluster found for name: nope.")
        #expect(EKSBackend.serviceRange(forVPC: "10.0.0.0/16") == "172.20.0.0/16")
        #expect(EKSBackend.serviceRange(forVPC: "172.31.0.0/16") == "10.100.0.0/16")
    }

    @Test func managedNodesJoinAndLeaveWithTheirInstances() throws {
        let world = try world()
        _ = try createCluster(world)
        let nodegroup: JSON = ["clusterName": "demo", "nodegroupName": "workers",
                               "nodeRole": "arn:aws:iam::123456789012:role/eksNodeRole",
                               "subnets": .array(subnets(world).map(JSON.string))]
        #expect(world.error("eks", "CreateNodegroup", nodegroup)?.message == "Cluster 'demo' is not in ACTIVE status")
        world.advance(11 * 60)
        let created = try world.call("eks", "CreateNodegroup", nodegroup)["nodegroup"]
        #expect(created["status"] == "CREATING" && created["instanceTypes"] == ["t3.medium"])
        #expect(created["scalingConfig"] == ["minSize": 2, "maxSize": 2, "desiredSize": 2])
        world.advance(3 * 60)
        let active = try world.call("eks", "DescribeNodegroup", ["clusterName": "demo", "nodegroupName": "workers"])["nodegroup"]
        #expect(active["status"] == "ACTIVE")
        let group = try #require(active["resources"]["autoScalingGroups"][0]["name"].string)
        #expect(group.hasPrefix("eks-workers-"))
        let kube = try #require(world.region.eks.kubernetes["demo"])
        let nodes = kube.apiServer.list(.node, namespace: nil)
        let instances = world.ec2.instances.filter { $0.autoScalingGroup == group && $0.state == .running }
        #expect(Set(nodes.map(\.name)) == Set(instances.map { "ip-" + $0.privateIPAddress.split(separator: ".").joined(separator: "-") + ".ec2.internal" }))
        let node = try #require(nodes.first)
        #expect(node["metadata"]["labels"]["eks.amazonaws.com/nodegroup"] == "workers")
        #expect(node["status"]["capacity"]["pods"] == "17")
        #expect(node["status"]["allocatable"]["cpu"] == "1930m")
        #expect(node["spec"]["providerID"].string?.hasPrefix("aws:///us-east-1") == true)
        // The node role is mapped in aws-auth, as EKS does for a managed node group.
        #expect(kube.apiServer.object(.configMap, namespace: "kube-system", name: "aws-auth")?["data"]["mapRoles"].string?
            .contains("rolearn: arn:aws:iam::123456789012:role/eksNodeRole") == true)
        #expect(world.error("eks", "DeleteCluster", ["name": "demo"])?.message == "Cluster has nodegroups attached")
        try world.call("eks", "DeleteNodegroup", ["clusterName": "demo", "nodegroupName": "workers"])
        world.advance(10 * 60)
        #expect(kube.apiServer.list(.node, namespace: nil).isEmpty)
        #expect(world.error("eks", "DescribeNodegroup", ["clusterName": "demo", "nodegroupName": "workers"])?.message
            == "No node group found for name: workers.")
        #expect(try world.call("eks", "DeleteCluster", ["name": "demo"])["cluster"]["status"] == "DELETING")
        world.advance(10 * 60)
        #expect(try world.call("eks", "ListClusters")["clusters"] == [])
        #expect(!world.ec2.networkInterfaces.contains { $0.description == "Amazon EKS demo" })
    }

    @Test func aNodeRoleWithoutEKSPoliciesIsRefused() throws {
        let world = try world(nodePolicies: false)
        _ = try createCluster(world)
        world.advance(11 * 60)
        let error = world.error("eks", "CreateNodegroup", ["clusterName": "demo", "nodegroupName": "workers",
                                                           "nodeRole": "arn:aws:iam::123456789012:role/eksNodeRole",
                                                           "subnets": .array(subnets(world).map(JSON.string))])
        #expect(error?.message.hasPrefix("The provided role doesn't have the Amazon EKS Managed Policies associated with it.") == true)
    }

    @Test func serviceNetworksNameTheirFirstAndTenthAddresses() throws {
        let eks = try #require(ServiceNetwork.parse("10.100.0.0/16"))
        #expect(eks.kubernetesIP == "10.100.0.1" && eks.dnsIP == "10.100.0.10")
        #expect(ServiceNetwork.kubeadm.cidr == "10.96.0.0/12" && ServiceNetwork.kubeadm.kubernetesIP == "10.96.0.1")
        for bad in ["10.100.0.0", "10.100.0.0/33", "300.1.1.1/16", "x/16", "10.0.0.0/4"] {
            #expect(ServiceNetwork.parse(bad) == nil)
        }
    }
}

@Suite struct EKSNodeAuthenticationTests {
    @Test func awsAuthMapsRolesToGroupsHoweverItIsIndented() {
        let flush = "- groups:\n  - system:bootstrappers\n  - system:nodes\n  rolearn: arn:aws:iam::1:role/a\n  username: x\n"
        let nested = "    - rolearn: arn:aws:iam::1:role/b\n      username: system:node:{{EC2PrivateDNSName}}\n      groups:\n        - system:nodes\n    - rolearn: arn:aws:iam::1:role/c\n      groups: []\n"
        #expect(AWSAuthMapRoles.parse(flush) == [.init(roleArn: "arn:aws:iam::1:role/a",
                                                       groups: ["system:bootstrappers", "system:nodes"])])
        #expect(AWSAuthMapRoles.parse(nested) == [.init(roleArn: "arn:aws:iam::1:role/b", groups: ["system:nodes"]),
                                                  .init(roleArn: "arn:aws:iam::1:role/c", groups: [])])
        #expect(AWSAuthMapRoles.parse("").isEmpty)
    }

    @Test func userDataNamesTheClusterAsNodeadmOrBootstrapReadIt() {
        let nodeadm = "apiVersion: node.eks.aws/v1alpha1\nkind: NodeConfig\nspec:\n  cluster:\n    apiServerEndpoint: https://x\n    name: demo\n"
        #expect(EKSNodeUserData.clusterName(base64: Base64.encode(nodeadm)) == "demo")
        #expect(EKSNodeUserData.clusterName(base64: Base64.encode("#!/bin/bash\n/etc/eks/bootstrap.sh shop --kubelet-extra-args x\n")) == "shop")
        #expect(EKSNodeUserData.clusterName(base64: Base64.encode("#!/bin/bash\necho hi\n")) == nil)
        #expect(EKSNodeUserData.clusterName(base64: "%%%") == nil)
        #expect(EKSNodeUserData.clusterName(base64: nil) == nil)
    }

    @Test func accessEntriesNeedAnAPIAuthenticationMode() throws {
        let world = try EKSTests().world()
        _ = try EKSTests().createCluster(world)
        world.advance(11 * 60)
        let error = world.error("eks", "CreateAccessEntry", ["clusterName": "demo",
                                                             "principalArn": "arn:aws:iam::123456789012:role/eksNodeRole"])
        #expect(error?.code == "InvalidRequestException")
        #expect(EKSBackend.sessionName("arn:aws:iam::1:role/admin") == "arn:aws:sts::1:assumed-role/admin/{{SessionName}}")
        #expect(EKSBackend.sessionName("arn:aws:iam::1:user/learner") == "arn:aws:iam::1:user/learner")
    }
}

@Suite struct EKSFargateTests {
    @Test func subnetsArePublicWhenTheirRouteTableReachesAnInternetGateway() throws {
        let world = InfraWorld()
        let vpc = try #require(world.ec2.vpcs.first { $0.isDefault }?.id)
        #expect(world.ec2.subnets.allSatisfy { world.ec2.isPublic(subnetID: $0.id) })
        let subnet = try world.call("ec2", "CreateSubnet", ["VpcId": .string(vpc), "CidrBlock": "172.31.96.0/20",
                                                            "AvailabilityZone": "us-east-1a"])["Subnet"]["SubnetId"].string ?? ""
        #expect(world.ec2.isPublic(subnetID: subnet))
        let table = try world.call("ec2", "CreateRouteTable", ["VpcId": .string(vpc)])["RouteTable"]["RouteTableId"].string ?? ""
        try world.call("ec2", "AssociateRouteTable", ["RouteTableId": .string(table), "SubnetId": .string(subnet)])
        #expect(!world.ec2.isPublic(subnetID: subnet))
        #expect(world.error("ec2", "AssociateRouteTable", ["RouteTableId": .string(table), "SubnetId": .string(subnet)])?.code
            == "Resource.AlreadyAssociated")
        let gateway = try #require(world.ec2.internetGateways.first?.id)
        try world.call("ec2", "CreateRoute", ["RouteTableId": .string(table), "DestinationCidrBlock": "0.0.0.0/0",
                                              "GatewayId": .string(gateway)])
        #expect(world.ec2.isPublic(subnetID: subnet))
        #expect(world.error("ec2", "CreateRoute", ["RouteTableId": .string(table), "DestinationCidrBlock": "0.0.0.0/0",
                                                   "GatewayId": .string(gateway)])?.message
            == "The route identified by 0.0.0.0/0 already exists.")
    }

    @Test func podsAProfileSelectsRunOnNodesOfTheirOwn() throws {
        let world = try EKSTests().world()
        try world.call("iam", "CreateRole", ["RoleName": "pods",
                                             "AssumeRolePolicyDocument": .string(Trust.service("eks-fargate-pods.amazonaws.com"))])
        let vpc = try #require(world.ec2.vpcs.first { $0.isDefault }?.id)
        let table = try world.call("ec2", "CreateRouteTable", ["VpcId": .string(vpc)])["RouteTable"]["RouteTableId"].string ?? ""
        var privateSubnets: [String] = []
        for (cidr, zone) in [("172.31.96.0/20", "us-east-1a"), ("172.31.112.0/20", "us-east-1b")] {
            let id = try world.call("ec2", "CreateSubnet", ["VpcId": .string(vpc), "CidrBlock": .string(cidr),
                                                            "AvailabilityZone": .string(zone)])["Subnet"]["SubnetId"].string ?? ""
            try world.call("ec2", "AssociateRouteTable", ["RouteTableId": .string(table), "SubnetId": .string(id)])
            privateSubnets.append(id)
        }
        _ = try EKSTests().createCluster(world)
        world.advance(11 * 60)
        var profile: JSON = ["clusterName": "demo", "fargateProfileName": "apps",
                             "podExecutionRoleArn": "arn:aws:iam::123456789012:role/pods",
                             "subnets": .array(EKSTests().subnets(world).map(JSON.string)), "selectors": [["namespace": "apps"]]]
        #expect(world.error("eks", "CreateFargateProfile", profile)?.message.hasSuffix("is not a private subnet") == true)
        profile["subnets"] = .array(privateSubnets.map(JSON.string))
        #expect(try world.call("eks", "CreateFargateProfile", profile)["fargateProfile"]["status"] == "CREATING")
        world.advance(5 * 60)
        let kube = try #require(world.region.eks.kubernetes["demo"])
        _ = try kube.apiServer.create(.namespace, ["metadata": ["name": "apps"]])
        let pod = try kube.apiServer.create(.pod, ["metadata": ["name": "web"], "spec": ["containers": [["name": "web", "image": "nginx"]]]],
                                            namespace: "apps")
        #expect(pod["spec"]["schedulerName"] == "fargate-scheduler")
        let other = try kube.apiServer.create(.pod, ["metadata": ["name": "web"], "spec": ["containers": [["name": "web", "image": "nginx"]]]],
                                              namespace: "default")
        #expect(other["spec"]["schedulerName"] == "default-scheduler")
        world.advance(2 * 60)
        let running = try #require(kube.apiServer.object(.pod, namespace: "apps", name: "web"))
        let node = try #require(running["spec"]["nodeName"].string)
        #expect(node.hasPrefix("fargate-ip-172-31-") && running["status"]["podIP"].string.map { node.contains($0.split(separator: ".").joined(separator: "-")) } == true)
        #expect(world.error("eks", "DeleteCluster", ["name": "demo"])?.message == "Cluster has fargate profiles attached")
        _ = try kube.apiServer.delete(.pod, namespace: "apps", name: "web", gracePeriodSeconds: 0)
        world.advance(60)
        #expect(kube.apiServer.object(.node, namespace: "", name: node) == nil)
    }
}
