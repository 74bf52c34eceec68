import JSONValue
import SimCore

/// An EKS cluster: the Kubernetes control plane AWS runs for the account, in AWS's own VPC,
/// reaching the customer's VPC through the network interfaces it places in the cluster's
/// subnets.
struct EKSCluster {
    enum Status: String {
        case creating = "CREATING", active = "ACTIVE", deleting = "DELETING"
    }

    var name: String
    var arn: String
    var createdAt: SimTime
    /// `1.32`: the Kubernetes minor version.
    var version: String
    var platformVersion: String
    var roleArn: String
    /// The IAM principal that created it (its admin, when `bootstrapClusterCreatorAdminPermissions`).
    var creatorArn: String
    var subnetIDs: [String]
    var securityGroupIDs: [String]
    var vpcID: String
    var endpointPublicAccess: Bool
    var endpointPrivateAccess: Bool
    var publicAccessCidrs: [String]
    var serviceIPv4Cidr: String
    var authenticationMode: String
    var bootstrapClusterCreatorAdminPermissions: Bool
    var tags: [String: String]
    var status: Status
    /// The 32 upper-case hex digits that name the endpoint and the OIDC issuer.
    var endpointID: String
    /// The endpoint's shard (`gr7`, `yl4`, …).
    var shard: String
    /// Made once the control plane is up (with `ACTIVE`).
    var clusterSecurityGroupID: String?
    var certificateAuthority: String?
    /// The control plane's network interfaces in the customer's subnets.
    var controlPlaneInterfaceIDs: [String] = []

    var endpoint: String { "https://\(endpointID).\(shard).\(region).eks.amazonaws.com" }
    var region: String { arn.split(separator: ":").dropFirst(3).first.map(String.init) ?? "us-east-1" }
    var oidcIssuer: String { "https://oidc.eks.\(region).amazonaws.com/id/\(endpointID)" }

    /// The cluster as DescribeCluster returns it: the endpoint, certificate and OIDC issuer
    /// exist once the control plane is up.
    var json: JSON {
        var object = JSONObject()
        object["name"] = .string(name)
        object["arn"] = .string(arn)
        object["createdAt"] = EpochJSON.millis(createdAt)
        object["version"] = .string(version)
        if status != .creating { object["endpoint"] = .string(endpoint) }
        object["roleArn"] = .string(roleArn)
        var vpc = JSONObject()
        vpc["subnetIds"] = .array(subnetIDs.map(JSON.string))
        vpc["securityGroupIds"] = .array(securityGroupIDs.map(JSON.string))
        if let clusterSecurityGroupID { vpc["clusterSecurityGroupId"] = .string(clusterSecurityGroupID) }
        vpc["vpcId"] = .string(vpcID)
        vpc["endpointPublicAccess"] = .bool(endpointPublicAccess)
        vpc["endpointPrivateAccess"] = .bool(endpointPrivateAccess)
        vpc["publicAccessCidrs"] = .array(publicAccessCidrs.map(JSON.string))
        object["resourcesVpcConfig"] = .object(vpc)
        object["kubernetesNetworkConfig"] = [
            "serviceIpv4Cidr": .string(serviceIPv4Cidr), "ipFamily": "ipv4", "elasticLoadBalancing": ["enabled": false],
        ]
        object["logging"] = ["clusterLogging": [[
            "types": ["api", "audit", "authenticator", "controllerManager", "scheduler"], "enabled": false,
        ]]]
        if status != .creating { object["identity"] = ["oidc": ["issuer": .string(oidcIssuer)]] }
        object["status"] = .string(status.rawValue)
        object["certificateAuthority"] = certificateAuthority.map { ["data": .string($0)] } ?? [:]
        object["platformVersion"] = .string(platformVersion)
        object["tags"] = EKSStringMap.json(tags)
        if status == .active { object["health"] = ["issues": []] }
        object["accessConfig"] = [
            "bootstrapClusterCreatorAdminPermissions": .bool(bootstrapClusterCreatorAdminPermissions),
            "authenticationMode": .string(authenticationMode),
        ]
        object["upgradePolicy"] = ["supportType": "EXTENDED"]
        return .object(object)
    }
}
