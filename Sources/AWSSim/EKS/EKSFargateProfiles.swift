import JSONValue
import SimCore

/// CreateFargateProfile, DescribeFargateProfile, ListFargateProfiles, DeleteFargateProfile.
/// A profile is CREATING for a few minutes, and a cluster changes one profile at a time. Its
/// subnets must be private (no route to an internet gateway) and its role must trust
/// `eks-fargate-pods.amazonaws.com`.
extension EKSBackend {
    func createFargateProfile(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        let cluster = try cluster(named: request.string("clusterName"))
        guard cluster.status == .active else {
            throw .eksInvalidRequest("Cluster '\(cluster.name)' is not in ACTIVE status")
        }
        let name = try request.string("fargateProfileName") ?? ""
        guard Self.isValidName(name, limit: 63) else {
            throw .eksInvalidParameter("The Fargate profile name must start with an alphanumeric character and contain only alphanumeric characters, hyphens and underscores, up to 63 characters.")
        }
        let existing = fargateProfiles[cluster.name] ?? [:]
        guard existing[name] == nil else {
            throw .eksInUse("A Fargate Profile already exists with this name in this cluster.")
        }
        if let busy = existing.values.sorted(by: { $0.name < $1.name }).first(where: { $0.status != .active }) {
            throw .eksInUse("Cannot create Fargate Profile \(name) because cluster \(cluster.name) currently has Fargate profile \(busy.name) in status \(busy.status.rawValue)")
        }
        let role = try request.string("podExecutionRoleArn") ?? ""
        guard iam?.role(arn: role) != nil,
            iam?.trustAllows(roleArn: role, principal: .service("eks-fargate-pods.amazonaws.com")) == true
        else {
            throw .eksInvalidParameter("Misconfigured PodExecutionRole Trust Policy; Please add the eks-fargate-pods.amazonaws.com Service Principal")
        }
        let subnets = try request.strings("subnets") ?? cluster.subnetIDs.filter { !ec2.isPublic(subnetID: $0) }
        for id in subnets {
            guard ec2.subnets.first(where: { $0.id == id })?.vpcID == cluster.vpcID else {
                throw .eksInvalidParameter("Subnet \(id) is not in the cluster's VPC \(cluster.vpcID)")
            }
            guard !ec2.isPublic(subnetID: id) else {
                throw .eksInvalidParameter("Subnet \(id) provided in Fargate Profile is not a private subnet")
            }
        }
        guard !subnets.isEmpty else { throw .eksInvalidParameter("At least one private subnet must be provided") }
        var selectors: [EKSFargateProfile.Selector] = []
        for selector in try request.objects("selectors") ?? [] {
            guard let namespace = selector["namespace"].string, !namespace.isEmpty else {
                throw .eksInvalidParameter("Namespace is a required field for each selector")
            }
            selectors.append(.init(namespace: namespace, labels: EKSStringMap.read(selector["labels"])))
        }
        guard !selectors.isEmpty, selectors.count <= 5 else {
            throw .eksInvalidParameter("A Fargate profile must have between 1 and 5 selectors")
        }
        let profile = EKSFargateProfile(
            name: name, arn: context.arn("eks", "fargateprofile/\(cluster.name)/\(name)/\(Self.resourceUUID(ids()))"),
            clusterName: cluster.name, createdAt: simulation.now, podExecutionRoleArn: role, subnets: subnets,
            selectors: selectors, status: .creating,
            tags: try EKSStringMap.read(request.object("tags")))
        fargateProfiles[cluster.name, default: [:]][name] = profile
        fargateProfileOrder[cluster.name, default: []].append(name)
        if cluster.authenticationMode == "CONFIG_MAP" {
            mapFargateRole(role, in: cluster.name)
        } else if accessEntries[cluster.name]?[role] == nil {
            addAccessEntry(role, type: "FARGATE_LINUX", to: cluster)
        }
        let (clusterName, createdAt) = (cluster.name, profile.createdAt)
        simulation.schedule(after: .seconds(Int64(timing().int(in: 120...200)))) { [weak self] in
            guard self?.fargateProfiles[clusterName]?[name]?.createdAt == createdAt,
                self?.fargateProfiles[clusterName]?[name]?.status == .creating
            else { return }
            self?.fargateProfiles[clusterName]?[name]?.status = .active
        }
        return ["fargateProfile": profile.json]
    }

    func fargateProfile(_ request: ECSInput) throws(AWSServiceError) -> EKSFargateProfile {
        let cluster = try cluster(named: request.string("clusterName"))
        let name = try request.string("fargateProfileName") ?? ""
        guard let profile = fargateProfiles[cluster.name]?[name] else {
            throw .eksNotFound("No Fargate Profile found with name: \(name).")
        }
        return profile
    }

    func listFargateProfiles(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        let cluster = try cluster(named: request.string("clusterName"))
        return ["fargateProfileNames": .array((fargateProfileOrder[cluster.name] ?? []).map(JSON.string))]
    }

    func deleteFargateProfile(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        var profile = try fargateProfile(request)
        guard profile.status != .deleting else { return ["fargateProfile": profile.json] }
        profile.status = .deleting
        fargateProfiles[profile.clusterName]?[profile.name] = profile
        let (clusterName, name) = (profile.clusterName, profile.name)
        simulation.schedule(after: .seconds(Int64(timing().int(in: 90...150)))) { [weak self] in
            guard let self, self.fargateProfiles[clusterName]?[name]?.status == .deleting else { return }
            // Its pods go with it: each micro-VM stops.
            self.stopFargatePods(profile: name, in: clusterName)
            self.fargateProfiles[clusterName]?[name] = nil
            if self.fargateProfiles[clusterName]?.isEmpty == true { self.fargateProfiles[clusterName] = nil }
            self.fargateProfileOrder[clusterName]?.removeAll { $0 == name }
        }
        return ["fargateProfile": profile.json]
    }

    /// Under `CONFIG_MAP`, EKS maps the pod execution role in `aws-auth` as it does a node role.
    func mapFargateRole(_ roleArn: String, in clusterName: String) {
        mapRole(roleArn, in: clusterName, groups: ["system:bootstrappers", "system:nodes", "system:node-proxier"])
    }
}
