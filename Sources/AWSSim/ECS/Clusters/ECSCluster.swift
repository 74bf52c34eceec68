import JSONValue

/// An ECS cluster: a name, a status, settings, tags and capacity providers. Its counts are
/// derived from the tasks, services and container instances that reference it.
struct ECSCluster {
    var name: String
    var arn: String
    var status: String
    var settings: [(name: String, value: String)]
    var tags: [ECSTag]
    var capacityProviders: [String]
    var defaultStrategy: [CapacityProviderStrategyItem]
    var configuration: JSON?
    var serviceConnectDefaults: JSON?
    /// `as_policy` attachments for capacity providers with managed scaling.
    var attachments: [ClusterAttachment] = []
    var attachmentsStatus: String?

    /// The `Cluster` shape, members in the API model's order. `include` adds the optional
    /// parts DescribeClusters returns only when asked (SETTINGS, TAGS, STATISTICS, …); the
    /// write operations always return settings and tags.
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
        object["statistics"] = .array(include.contains("STATISTICS") ? counts.statistics : [])
        object["tags"] = (include.contains("TAGS") || always) ? tags.json : .array([])
        object["settings"] = .array((include.contains("SETTINGS") || always) ? settings.map {
            ["name": .string($0.name), "value": .string($0.value)]
        } : [])
        object["capacityProviders"] = .array(capacityProviders.map(JSON.string))
        object["defaultCapacityProviderStrategy"] = .array(defaultStrategy.map(\.json))
        if !attachments.isEmpty, include.contains("ATTACHMENTS") || always {
            object["attachments"] = .array(attachments.map(\.json))
            object["attachmentsStatus"] = attachmentsStatus.map(JSON.string)
        }
        if let serviceConnectDefaults { object["serviceConnectDefaults"] = serviceConnectDefaults }
        return .object(object)
    }
}

/// A cluster's resources by kind and state, as its counts and STATISTICS report them.
struct ECSClusterCounts {
    var containerInstances = 0
    var running = 0
    var pending = 0
    var services = 0
    var runningEC2 = 0
    var runningFargate = 0
    var pendingEC2 = 0
    var pendingFargate = 0
    var activeEC2Services = 0
    var activeFargateServices = 0
    var drainingEC2Services = 0
    var drainingFargateServices = 0

    var statistics: [JSON] {
        [("runningEC2TasksCount", runningEC2), ("runningFargateTasksCount", runningFargate),
         ("pendingEC2TasksCount", pendingEC2), ("pendingFargateTasksCount", pendingFargate),
         ("activeEC2ServiceCount", activeEC2Services), ("activeFargateServiceCount", activeFargateServices),
         ("drainingEC2ServiceCount", drainingEC2Services), ("drainingFargateServiceCount", drainingFargateServices)]
            .map { ["name": .string($0.0), "value": .string(String($0.1))] }
    }
}

/// The scaling-policy attachment ECS creates for a capacity provider with managed scaling.
struct ClusterAttachment {
    var id: String
    var status: String
    var capacityProviderName: String
    var scalingPolicyName: String

    var json: JSON {
        ["id": .string(id), "type": "as_policy", "status": .string(status),
         "details": [["name": "capacityProviderName", "value": .string(capacityProviderName)],
                     ["name": "scalingPolicyName", "value": .string(scalingPolicyName)]]]
    }
}
