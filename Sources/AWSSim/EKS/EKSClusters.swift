import JSONValue
import KubeSim
import SimCore

/// CreateCluster and DeleteCluster, and a cluster's life: CREATING for about ten minutes (its
/// interfaces appear in the VPC after the first), then ACTIVE with an endpoint, a certificate
/// and a Kubernetes that answers; DELETING for a few minutes, then gone.
extension EKSBackend {
    func createCluster(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        let name = try request.string("name") ?? ""
        guard Self.isValidName(name, limit: 100) else {
            throw .eksInvalidParameter("The cluster name must start with an alphanumeric character and contain only alphanumeric characters, hyphens and underscores, up to 100 characters.")
        }
        guard clusters[name] == nil else { throw .eksClusterExists(name) }
        let roleArn = try request.string("roleArn") ?? ""
        guard let role = iam?.role(arn: roleArn),
            iam?.trustAllows(roleArn: roleArn, principal: .service("eks.amazonaws.com")) == true
        else { throw .eksRoleNotAssumable(roleArn) }
        guard role.attachedPolicies.contains(Self.clusterRolePolicy) else {
            throw .eksInvalidParameter("The provided role doesn't have the Amazon EKS Managed Policies associated with it. Please ensure the following policy is attached: \(Self.clusterRolePolicy)")
        }
        let vpcConfig = ECSInput(try request.object("resourcesVpcConfig") ?? [:])
        let subnetIDs = try vpcConfig.strings("subnetIds") ?? []
        var vpcID: String?
        var zones: Set<String> = []
        for id in subnetIDs {
            guard let subnet = ec2.subnets.first(where: { $0.id == id }) else {
                throw .eksInvalidParameter("The subnet ID '\(id)' does not exist (Service: AmazonEC2; Status Code: 400; Error Code: InvalidSubnetID.NotFound)")
            }
            if let vpcID, vpcID != subnet.vpcID {
                throw .eksInvalidParameter("Subnets specified must be in the same VPC")
            }
            vpcID = subnet.vpcID
            zones.insert(subnet.availabilityZone)
        }
        guard let vpcID, zones.count >= 2 else {
            throw .eksInvalidParameter("Subnets specified must be in at least two different AZs")
        }
        let securityGroupIDs = try vpcConfig.strings("securityGroupIds") ?? []
        for id in securityGroupIDs where !ec2.securityGroups.contains(where: { $0.id == id && $0.vpcID == vpcID }) {
            throw .eksInvalidParameter("The security group '\(id)' does not exist in the VPC \(vpcID)")
        }
        let version = try request.string("version") ?? Self.simulatedVersion
        guard version == Self.simulatedVersion else {
            if Self.otherSupportedVersions.contains(version) {
                throw .eksNotSimulated("Shipyard simulates Kubernetes \(Self.simulatedVersion) only; leave out --kubernetes-version or give \(Self.simulatedVersion)")
            }
            throw .eksInvalidParameter("unsupported Kubernetes version \(version)")
        }
        let access = try request.object("accessConfig") ?? [:]
        let endpointID = ids().hex(32).uppercased()
        let shards = ["gr7", "yl4", "sk1", "ap2"]
        var cluster = EKSCluster(
            name: name, arn: context.arn("eks", "cluster/\(name)"), createdAt: simulation.now, version: version,
            platformVersion: Self.platformVersion, roleArn: roleArn, creatorArn: callerArn(), subnetIDs: subnetIDs, securityGroupIDs: securityGroupIDs,
            vpcID: vpcID, endpointPublicAccess: try vpcConfig.bool("endpointPublicAccess") ?? true,
            endpointPrivateAccess: try vpcConfig.bool("endpointPrivateAccess") ?? false,
            publicAccessCidrs: try vpcConfig.strings("publicAccessCidrs") ?? ["0.0.0.0/0"],
            serviceIPv4Cidr: Self.serviceRange(forVPC: ec2.vpcs.first { $0.id == vpcID }?.cidr ?? ""),
            authenticationMode: access["authenticationMode"].string ?? "CONFIG_MAP",
            bootstrapClusterCreatorAdminPermissions: access["bootstrapClusterCreatorAdminPermissions"].bool ?? true,
            tags: try EKSStringMap.read(request.object("tags")),
            status: .creating, endpointID: endpointID, shard: shards[ids().int(in: 0...shards.count - 1)])
        if let kubernetesNetwork = try request.object("kubernetesNetworkConfig"),
            let cidr = kubernetesNetwork["serviceIpv4Cidr"].string {
            guard ServiceNetwork.parse(cidr) != nil else {
                throw .eksInvalidParameter("The serviceIpv4Cidr \(cidr) is not a valid CIDR block.")
            }
            cluster.serviceIPv4Cidr = cidr
        }
        clusters[name] = cluster
        clusterOrder.append(name)
        let generation = cluster.createdAt
        simulation.schedule(after: .seconds(Int64(timing().int(in: 45...75)))) { [weak self] in
            guard self?.clusters[name]?.createdAt == generation else { return }
            self?.attachControlPlane(name)
        }
        simulation.schedule(after: .seconds(Int64(timing().int(in: 540...660)))) { [weak self] in
            guard self?.clusters[name]?.createdAt == generation else { return }
            self?.becomeActive(name)
        }
        return ["cluster": cluster.json]
    }

    /// The policy CreateCluster checks the cluster role for.
    static let clusterRolePolicy = "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy"

    /// EKS's choice when no range is given: 172.20.0.0/16 if the VPC is in 10.0.0.0/8, else
    /// 10.100.0.0/16, so Service addresses never overlap the VPC's.
    static func serviceRange(forVPC cidr: String) -> String {
        cidr.hasPrefix("10.") ? "172.20.0.0/16" : "10.100.0.0/16"
    }

    static func isValidName(_ name: String, limit: Int) -> Bool {
        func alphanumeric(_ s: Unicode.Scalar) -> Bool { s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s)) }
        guard let first = name.unicodeScalars.first, alphanumeric(first), name.unicodeScalars.count <= limit else { return false }
        return name.unicodeScalars.allSatisfy { alphanumeric($0) || $0 == "-" || $0 == "_" }
    }

    /// The control plane answers: the endpoint, certificate and OIDC issuer exist, and the
    /// cluster's Kubernetes starts with EKS's add-ons.
    func becomeActive(_ name: String) {
        attachControlPlane(name)
        guard var cluster = clusters[name], cluster.status == .creating else { return }
        cluster.status = .active
        cluster.certificateAuthority = Self.certificate(ids())
        clusters[name] = cluster
        let kube = Cluster(name: cluster.arn, simulation: simulation, registry: registry, endpoint: cluster.endpoint)
        kube.apiServer.serviceNetwork = ServiceNetwork.parse(cluster.serviceIPv4Cidr) ?? .kubeadm
        // EKS builds Kubernetes itself: its versions carry `-eks-` and a commit.
        let upstream = KubernetesVersion.default
        kube.apiServer.version = KubernetesVersion(major: upstream.major, minor: upstream.minor,
                                                   gitVersion: upstream.gitVersion + "-eks-" + Self.stableHex("server-" + upstream.gitVersion, 7))
        EKSBootstrap.start(kube, controlPlaneIPs: controlPlaneAddresses(cluster), region: context.region)
        kubernetes[name] = kube
        startFargate(on: kube, cluster: name)
        if cluster.authenticationMode != "CONFIG_MAP", cluster.bootstrapClusterCreatorAdminPermissions {
            addAccessEntry(cluster.creatorArn, type: "STANDARD", to: cluster)
        }
    }

    /// A certificate authority's PEM, base64-encoded as kubeconfig carries it.
    static func certificate(_ ids: RandomStream) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var body = "MIIDBTCCAe2gAwIBAgII"
        while body.count < 1_024 { body.append(alphabet[ids.int(in: 0...alphabet.count - 1)]) }
        var lines: [String] = []
        var rest = Substring(body)
        while !rest.isEmpty {
            lines.append(String(rest.prefix(64)))
            rest = rest.dropFirst(64)
        }
        return Base64.encode("-----BEGIN CERTIFICATE-----\n" + lines.joined(separator: "\n") + "=\n-----END CERTIFICATE-----\n")
    }

    func deleteCluster(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        var cluster = try cluster(named: request.string("name"))
        if !(nodegroups[cluster.name] ?? [:]).isEmpty { throw .eksClusterHasNodegroups }
        if !(fargateProfiles[cluster.name] ?? [:]).isEmpty {
            throw .eksClusterHasFargateProfiles
        }
        guard cluster.status != .deleting else { return ["cluster": cluster.json] }
        cluster.status = .deleting
        clusters[cluster.name] = cluster
        let name = cluster.name
        simulation.schedule(after: .seconds(Int64(timing().int(in: 150...270)))) { [weak self] in
            guard let self, let cluster = self.clusters[name], cluster.status == .deleting else { return }
            self.detachControlPlane(cluster)
            self.clusters[name] = nil
            self.clusterOrder.removeAll { $0 == name }
            self.kubernetes[name] = nil
            self.accessEntries[name] = nil
            self.addons[name] = nil
            self.ebsDrivers[name] = nil
        }
        return ["cluster": cluster.json]
    }
}
