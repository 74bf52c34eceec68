import JSONValue
import SimCore

/// Access entries: which IAM principals a cluster lets in, and as whom (clusters whose
/// authentication mode includes `API`). A cluster's creator gets one (`STANDARD`) when
/// `bootstrapClusterCreatorAdminPermissions` holds; a managed node group's role gets one of
/// type `EC2_LINUX`, which lets its instances join as nodes. Under `CONFIG_MAP` the
/// `aws-auth` ConfigMap does the same job (`EKSNodes.mapNodeRole`).
struct EKSAccessEntry {
    var principalArn: String
    var type: String
    var username: String
    var kubernetesGroups: [String]
    var arn: String
    var createdAt: SimTime

    func json(cluster: String) -> JSON {
        var object = JSONObject()
        object["clusterName"] = .string(cluster)
        object["principalArn"] = .string(principalArn)
        object["kubernetesGroups"] = .array(kubernetesGroups.map(JSON.string))
        object["accessEntryArn"] = .string(arn)
        object["createdAt"] = EpochJSON.millis(createdAt)
        object["modifiedAt"] = EpochJSON.millis(createdAt)
        object["tags"] = [:]
        object["username"] = .string(username)
        object["type"] = .string(type)
        return .object(object)
    }
}

extension EKSBackend {
    static let accessEntryTypes: Set<String> = ["STANDARD", "EC2_LINUX", "EC2_WINDOWS", "FARGATE_LINUX"]

    func createAccessEntry(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        let cluster = try cluster(named: request.string("clusterName"))
        try requireAPIAuthentication(cluster)
        let principal = try request.string("principalArn") ?? ""
        guard iam?.role(arn: principal) != nil || iam?.users.values.contains(where: { $0.arn == principal }) == true else {
            throw .eksInvalidParameter("The specified principalArn is invalid: invalid principal")
        }
        guard accessEntries[cluster.name]?[principal] == nil else {
            throw .eksInUse("The specified access entry resource is already in use on this cluster.")
        }
        let type = try request.string("type") ?? "STANDARD"
        guard Self.accessEntryTypes.contains(type) else {
            throw .eksInvalidParameter("The type \(type) is not supported. Supported types are [STANDARD, EC2_LINUX, EC2_WINDOWS, FARGATE_LINUX].")
        }
        let entry = addAccessEntry(principal, type: type, to: cluster, groups: try request.strings("kubernetesGroups") ?? [],
                                   username: try request.string("username"))
        return ["accessEntry": entry.json(cluster: cluster.name)]
    }

    /// Makes an entry; nodes' entries name them by their instance's private DNS name.
    @discardableResult
    func addAccessEntry(_ principal: String, type: String, to cluster: EKSCluster, groups: [String] = [],
                        username: String? = nil) -> EKSAccessEntry {
        let isNode = type != "STANDARD"
        let defaultName = isNode ? "system:node:{{EC2PrivateDNSName}}" : Self.sessionName(principal)
        let kind = principal.contains(":role/") ? "role" : "user"
        let name = principal.split(separator: "/").last.map(String.init) ?? principal
        let entry = EKSAccessEntry(
            principalArn: principal, type: type, username: username ?? defaultName,
            kubernetesGroups: isNode ? ["system:nodes"] : groups,
            arn: context.arn("eks", "access-entry/\(cluster.name)/\(kind)/\(context.accountID)/\(name)/\(Self.resourceUUID(ids()))"),
            createdAt: simulation.now)
        accessEntries[cluster.name, default: [:]][principal] = entry
        return entry
    }

    /// What EKS names a principal in Kubernetes when the entry does not say.
    static func sessionName(_ principal: String) -> String {
        let parts = principal.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6, parts[2] == "iam", parts[5].hasPrefix("role/") else { return principal }
        let role = parts[5].split(separator: "/").last.map(String.init) ?? ""
        return "arn:aws:sts::\(parts[4]):assumed-role/\(role)/{{SessionName}}"
    }

    func requireAPIAuthentication(_ cluster: EKSCluster) throws(AWSServiceError) {
        guard cluster.authenticationMode != "CONFIG_MAP" else {
            throw .eksInvalidRequest("The cluster's authentication mode must be set to one of [API, API_AND_CONFIG_MAP] to perform this operation.")
        }
    }

    func accessEntry(_ request: ECSInput) throws(AWSServiceError) -> (EKSCluster, EKSAccessEntry) {
        let cluster = try cluster(named: request.string("clusterName"))
        try requireAPIAuthentication(cluster)
        let principal = try request.string("principalArn") ?? ""
        guard let entry = accessEntries[cluster.name]?[principal] else {
            throw .eksNotFound("The specified principalArn could not be found. You can view your available access entries with 'list-access-entries'.")
        }
        return (cluster, entry)
    }

    func describeAccessEntry(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        let (cluster, entry) = try accessEntry(request)
        return ["accessEntry": entry.json(cluster: cluster.name)]
    }

    func listAccessEntries(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        let cluster = try cluster(named: request.string("clusterName"))
        try requireAPIAuthentication(cluster)
        return ["accessEntries": .array((accessEntries[cluster.name] ?? [:]).keys.sorted().map(JSON.string))]
    }

    func deleteAccessEntry(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        let (cluster, entry) = try accessEntry(request)
        accessEntries[cluster.name]?[entry.principalArn] = nil
        return [:]
    }

    /// Whether an instance acting as `roleArn` may register as a node of `cluster`: an
    /// `EC2_LINUX` access entry, or a `system:nodes` mapping in `aws-auth`, as the cluster's
    /// authentication mode allows.
    func admitsNode(roleArn: String, cluster: EKSCluster) -> Bool {
        if cluster.authenticationMode != "CONFIG_MAP", accessEntries[cluster.name]?[roleArn]?.type == "EC2_LINUX" {
            return true
        }
        guard cluster.authenticationMode != "API",
            let roles = kubernetes[cluster.name]?.apiServer.object(.configMap, namespace: "kube-system", name: "aws-auth")?[
                "data"]["mapRoles"].string
        else { return false }
        return AWSAuthMapRoles.parse(roles).contains { $0.roleArn == roleArn && $0.groups.contains("system:nodes") }
    }
}

/// The `mapRoles` of `aws-auth`: a YAML list of `rolearn`, `username` and `groups`, read
/// leniently (what matters is which role maps to which groups).
enum AWSAuthMapRoles {
    struct Mapping: Equatable {
        var roleArn: String
        var groups: [String]
    }

    static func parse(_ text: String) -> [Mapping] {
        var mappings: [Mapping] = []
        var current: Mapping?
        var inGroups = false
        var itemIndent: Int?
        for raw in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let indent = raw.prefix { $0 == " " }.count
            var content = raw.dropFirst(indent)
            if content.hasPrefix("- "), itemIndent == nil || indent == itemIndent {
                itemIndent = indent
                if let current { mappings.append(current) }
                current = Mapping(roleArn: "", groups: [])
                inGroups = false
                content = content.dropFirst(2).drop { $0 == " " }
            }
            if content.hasPrefix("rolearn:") {
                current?.roleArn = content.dropFirst("rolearn:".count).trimmingSpaces
                inGroups = false
            } else if content.hasPrefix("groups:") {
                inGroups = true
            } else if inGroups, content.hasPrefix("- ") {
                current?.groups.append(content.dropFirst(2).trimmingSpaces)
            } else if content.contains(":") {
                inGroups = false
            }
        }
        if let current { mappings.append(current) }
        return mappings
    }
}

private extension Substring {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\"" || $0 == "'" }.reversed().drop { $0 == " " || $0 == "\"" || $0 == "'" }.reversed())
    }
}
