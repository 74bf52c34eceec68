import JSONValue
import SimCore

/// Amazon ECS in one region: clusters (and, as Shipyard grows, task definitions, tasks,
/// services and container instances), over simulated time.
public final class ECSBackend: AWSService {
    public let serviceName = "ecs"
    let context: AWSContext
    let simulation: Simulation
    var clusters: [String: ECSCluster] = [:]
    /// Cluster names in creation order, as ListClusters returns them.
    var clusterOrder: [String] = []
    /// Agents that have connected (see ContainerInstances.swift).
    var pendingRegistrations: [ECSAgentRegistration] = []

    init(context: AWSContext, simulation: Simulation) {
        self.context = context
        self.simulation = simulation
    }

    public func call(_ operation: String, input: JSON) throws(AWSServiceError) -> JSON {
        switch operation {
        case "CreateCluster": return try createCluster(input)
        case "ListClusters": return listClusters(input)
        case "DescribeClusters": return describeClusters(input)
        case "DeleteCluster": return try deleteCluster(input)
        default: throw AWSServiceError.notSimulated("ecs", operation)
        }
    }

    func counts(for cluster: ECSCluster) -> ECSClusterCounts { ECSClusterCounts() }

    /// Finds a cluster by short name or ARN; the cluster named `default` when none is given.
    func clusterName(_ reference: String?) -> String {
        guard let reference, !reference.isEmpty else { return "default" }
        if reference.hasPrefix("arn:"), let slash = reference.lastIndex(of: "/") {
            return String(reference[reference.index(after: slash)...])
        }
        return reference
    }

    func activeCluster(_ reference: String?) throws(AWSServiceError) -> ECSCluster {
        guard let cluster = clusters[clusterName(reference)], cluster.status == "ACTIVE" else {
            throw AWSServiceError.clusterNotFound
        }
        return cluster
    }

    // MARK: Clusters

    func createCluster(_ input: JSON) throws(AWSServiceError) -> JSON {
        let name = input["clusterName"].string ?? "default"
        guard !name.isEmpty, name.count <= 255,
            name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else {
            throw AWSServiceError.ecsInvalidParameter(
                "Cluster name must be between 1 and 255 characters and can contain letters, numbers, underscores and hyphens.")
        }
        // Creating an existing active cluster returns it unchanged (the call is idempotent).
        if let existing = clusters[name], existing.status == "ACTIVE" {
            return ["cluster": existing.json(counts: counts(for: existing), include: [], always: true)]
        }
        var settings: [(name: String, value: String)] = [("containerInsights", "disabled")]
        for setting in input["settings"].array ?? [] {
            guard let key = setting["name"].string, let value = setting["value"].string else { continue }
            settings.removeAll { $0.name == key }
            settings.append((key, value))
        }
        let tags = (input["tags"].array ?? []).compactMap { tag -> (key: String, value: String)? in
            guard let key = tag["key"].string else { return nil }
            return (key, tag["value"].string ?? "")
        }
        let cluster = ECSCluster(
            name: name, arn: context.arn("ecs", "cluster/\(name)"), status: "ACTIVE", settings: settings, tags: tags,
            capacityProviders: (input["capacityProviders"].array ?? []).compactMap(\.string),
            defaultStrategy: input["defaultCapacityProviderStrategy"].array ?? [],
            configuration: input["configuration"].isNull ? nil : input["configuration"])
        if clusters[name] == nil { clusterOrder.append(name) }
        clusters[name] = cluster
        return ["cluster": cluster.json(counts: counts(for: cluster), include: [], always: true)]
    }

    func listClusters(_ input: JSON) -> JSON {
        let arns = clusterOrder.compactMap { clusters[$0] }.filter { $0.status == "ACTIVE" }.map { JSON.string($0.arn) }
        return Pagination.page(arns, key: "clusterArns", input: input)
    }

    func describeClusters(_ input: JSON) -> JSON {
        let requested = (input["clusters"].array ?? []).compactMap(\.string)
        let include = Set((input["include"].array ?? []).compactMap(\.string))
        var found: [JSON] = []
        var failures: [JSON] = []
        for reference in requested.isEmpty ? ["default"] : requested {
            let name = clusterName(reference)
            if let cluster = clusters[name] {
                found.append(cluster.json(counts: counts(for: cluster), include: include, always: false))
            } else {
                failures.append(["arn": .string(context.arn("ecs", "cluster/\(name)")), "reason": "MISSING"])
            }
        }
        return ["clusters": .array(found), "failures": .array(failures)]
    }

    func deleteCluster(_ input: JSON) throws(AWSServiceError) -> JSON {
        var cluster = try activeCluster(input["cluster"].string)
        cluster.status = "INACTIVE"
        clusters[cluster.name] = cluster
        return ["cluster": cluster.json(counts: counts(for: cluster), include: [], always: true)]
    }
}

extension ECSBackend {
    /// Names of active clusters, for completion.
    public var clusterNames: [String] {
        clusterOrder.filter { clusters[$0]?.status == "ACTIVE" }
    }
}
