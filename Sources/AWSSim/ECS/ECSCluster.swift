import JSONValue

/// An ECS cluster: a name, a status, settings, tags and capacity providers. Its counts are
/// derived from the tasks, services and container instances that reference it.
struct ECSCluster {
    var name: String
    var arn: String
    var status: String
    var settings: [(name: String, value: String)]
    var tags: [(key: String, value: String)]
    var capacityProviders: [String]
    var defaultStrategy: [JSON]
    var configuration: JSON?

    /// The `Cluster` shape, members in the API model's order. `include` adds the optional
    /// parts DescribeClusters returns only when asked (SETTINGS, TAGS, …).
    func json(counts: ECSClusterCounts, include: Set<String>, always: Bool) -> JSON {
        var object = JSONObject()
        object["clusterArn"] = .string(arn)
        object["clusterName"] = .string(name)
        if let configuration, include.contains("CONFIGURATIONS") || always { object["configuration"] = configuration }
        object["status"] = .string(status)
        object["registeredContainerInstancesCount"] = .int(counts.containerInstances)
        object["runningTasksCount"] = .int(counts.running)
        object["pendingTasksCount"] = .int(counts.pending)
        object["activeServicesCount"] = .int(counts.services)
        object["statistics"] = .array([])
        object["tags"] = .array((include.contains("TAGS") || always) ? tags.map {
            ["key": .string($0.key), "value": .string($0.value)]
        } : [])
        object["settings"] = .array((include.contains("SETTINGS") || always) ? settings.map {
            ["name": .string($0.name), "value": .string($0.value)]
        } : [])
        object["capacityProviders"] = .array(capacityProviders.map(JSON.string))
        object["defaultCapacityProviderStrategy"] = .array(defaultStrategy)
        return .object(object)
    }
}

struct ECSClusterCounts {
    var containerInstances = 0
    var running = 0
    var pending = 0
    var services = 0
}
