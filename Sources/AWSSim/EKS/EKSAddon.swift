import JSONValue
import SimCore

/// EKS add-ons: software AWS installs and keeps current in a cluster. Shipyard simulates the
/// Amazon EBS CSI driver (`aws-ebs-csi-driver`), which gives PersistentVolumes EBS volumes;
/// the VPC CNI, kube-proxy and CoreDNS are installed with every cluster but are not managed
/// as add-ons here.
struct EKSAddon {
    enum Status: String {
        case creating = "CREATING", active = "ACTIVE", deleting = "DELETING"
    }

    var name: String
    var clusterName: String
    var status: Status
    var version: String
    var arn: String
    var createdAt: SimTime
    var modifiedAt: SimTime
    var serviceAccountRoleArn: String?
    var tags: [String: String]

    var json: JSON {
        var object = JSONObject()
        object["addonName"] = .string(name)
        object["clusterName"] = .string(clusterName)
        object["status"] = .string(status.rawValue)
        object["addonVersion"] = .string(version)
        object["health"] = ["issues": []]
        object["addonArn"] = .string(arn)
        object["createdAt"] = EpochJSON.millis(createdAt)
        object["modifiedAt"] = EpochJSON.millis(modifiedAt)
        if let serviceAccountRoleArn { object["serviceAccountRoleArn"] = .string(serviceAccountRoleArn) }
        object["tags"] = EKSStringMap.json(tags)
        return .object(object)
    }
}

extension EKSBackend {
    /// The add-ons Shipyard installs, with the version a 1.32 cluster gets by default.
    static let simulatedAddons = ["aws-ebs-csi-driver": "v1.37.0-eksbuild.1"]
    /// Add-ons EKS offers that Shipyard does not simulate yet.
    static let otherAddons: Set<String> = [
        "vpc-cni", "coredns", "kube-proxy", "eks-pod-identity-agent", "aws-efs-csi-driver", "aws-mountpoint-s3-csi-driver",
        "snapshot-controller", "amazon-cloudwatch-observability", "adot", "aws-guardduty-agent", "metrics-server",
    ]

    func createAddon(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        let cluster = try cluster(named: request.string("clusterName"))
        guard cluster.status == .active else {
            throw .eksInvalidRequest("Cluster '\(cluster.name)' is not in ACTIVE status")
        }
        let name = try request.string("addonName") ?? ""
        guard let version = Self.simulatedAddons[name] else {
            if Self.otherAddons.contains(name) {
                throw .eksNotSimulated("Shipyard does not simulate the \(name) add-on yet")
            }
            throw .eksInvalidParameter("Addon \(name) specified is not supported in \(cluster.version) kubernetes version")
        }
        guard addons[cluster.name]?[name] == nil else {
            throw .eksInUse("Addon already exists.")
        }
        let role = try request.string("serviceAccountRoleArn")
        if let role, iam?.role(arn: role) == nil {
            throw .eksInvalidParameter("Role \(role) does not exist")
        }
        let addon = EKSAddon(
            name: name, clusterName: cluster.name, status: .creating, version: try request.string("addonVersion") ?? version,
            arn: context.arn("eks", "addon/\(cluster.name)/\(name)/\(Self.resourceUUID(ids()))"), createdAt: simulation.now,
            modifiedAt: simulation.now, serviceAccountRoleArn: role,
            tags: try EKSStringMap.read(request.object("tags")))
        addons[cluster.name, default: [:]][name] = addon
        if let kube = kubernetes[cluster.name] {
            ebsDrivers[cluster.name] = EBSCSIDriver(kube: kube, ec2: ec2, clusterName: cluster.name, region: context.region)
        }
        let (clusterName, createdAt) = (cluster.name, addon.createdAt)
        simulation.schedule(after: .seconds(Int64(timing().int(in: 50...80)))) { [weak self] in
            guard let self, self.addons[clusterName]?[name]?.createdAt == createdAt else { return }
            self.addons[clusterName]?[name]?.status = .active
            self.addons[clusterName]?[name]?.modifiedAt = self.simulation.now
        }
        return ["addon": addon.json]
    }

    func addon(_ request: ECSInput) throws(AWSServiceError) -> EKSAddon {
        let cluster = try cluster(named: request.string("clusterName"))
        let name = try request.string("addonName") ?? ""
        guard let addon = addons[cluster.name]?[name] else {
            throw .eksNotFound("No addon: \(name) found in cluster: \(cluster.name)")
        }
        return addon
    }

    func listAddons(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        let cluster = try cluster(named: request.string("clusterName"))
        return ["addons": .array((addons[cluster.name] ?? [:]).keys.sorted().map(JSON.string))]
    }
}
