import JSONValue
import SimCore

/// A service: a desired number of copies of a task definition, kept running by the service
/// scheduler, changed through deployments.
struct ECSService {
    let name: String
    let arn: String
    let clusterName: String
    let clusterArn: String
    var status = "ACTIVE"
    var desiredCount: Int
    var launchType: String?
    var capacityProviderStrategy: [CapacityProviderStrategyItem]
    /// As requested (`LATEST` when a Fargate service names none).
    var platformVersion: String?
    var taskDefinition: TaskDefinition
    var deploymentConfiguration: DeploymentConfiguration
    var deployments: [Deployment]
    var roleArn: String?
    var events: [ServiceEvent] = []
    let createdAt: SimTime
    var placementConstraints: [PlacementConstraintRule]
    var placementStrategy: [PlacementStrategyRule]
    var network: AwsVpcSettings?
    var healthCheckGracePeriodSeconds: Int
    var schedulingStrategy: String
    var tags: [ECSTag]
    let createdBy: String
    var enableECSManagedTags: Bool
    var propagateTags: String
    var enableExecuteCommand: Bool
    var availabilityZoneRebalancing: String

    // The scheduler's own bookkeeping.
    /// Whether the last pass found the service steady (one deployment, all tasks running).
    var steady = false
    var lastSteadyEventAt: SimTime?
    /// Tasks that failed to reach RUNNING in a row: the service throttle's input.
    var consecutiveLaunchFailures = 0
    var throttledUntil: SimTime?
    /// The last deployment that completed: what a circuit-breaker rollback returns to.
    var lastCompleted: Deployment?
    /// Warnings logged recently, by message: each is logged again only after six hours, or
    /// once its cause has gone away.
    var recentWarnings: [String: SimTime] = [:]

    var key: String { "\(clusterName)/\(name)" }
    var isFargate: Bool {
        launchType == "FARGATE" || capacityProviderStrategy.contains { CapacityProvider.fargateNames.contains($0.capacityProvider) }
    }
    var primary: Deployment? { deployments.first { $0.status == "PRIMARY" } }

    /// The `Service` shape in model order. `counts` gives running/pending per deployment ID.
    func json(counts: [String: (running: Int, pending: Int)], includeTags: Bool) -> JSON {
        let running = counts.values.reduce(0) { $0 + $1.running }
        let pending = counts.values.reduce(0) { $0 + $1.pending }
        var object = JSONObject()
        object["serviceArn"] = .string(arn)
        object["serviceName"] = .string(name)
        object["clusterArn"] = .string(clusterArn)
        object["loadBalancers"] = .array([])
        object["serviceRegistries"] = .array([])
        object["status"] = .string(status)
        object["desiredCount"] = .int(desiredCount)
        object["runningCount"] = .int(running)
        object["pendingCount"] = .int(pending)
        object["launchType"] = launchType.map(JSON.string)
        object["capacityProviderStrategy"] = capacityProviderStrategy.isEmpty
            ? nil : .array(capacityProviderStrategy.map(\.json))
        object["platformVersion"] = platformVersion.map(JSON.string)
        object["platformFamily"] = isFargate ? "Linux" : nil
        object["taskDefinition"] = .string(taskDefinition.arn)
        object["deploymentConfiguration"] = deploymentConfiguration.json
        object["deployments"] = .array(deployments.map { deployment in
            let count = counts[deployment.id] ?? (0, 0)
            return deployment.json(running: count.running, pending: count.pending)
        })
        object["roleArn"] = roleArn.map(JSON.string)
        object["events"] = .array(events.map(\.json))
        object["createdAt"] = ECSTime.json(createdAt)
        object["placementConstraints"] = .array(placementConstraints.map(\.json))
        object["placementStrategy"] = .array(placementStrategy.map(\.json))
        object["networkConfiguration"] = network?.json
        object["healthCheckGracePeriodSeconds"] = .int(healthCheckGracePeriodSeconds)
        object["schedulingStrategy"] = .string(schedulingStrategy)
        object["deploymentController"] = ["type": "ECS"]
        if includeTags, !tags.isEmpty { object["tags"] = tags.json }
        object["createdBy"] = .string(createdBy)
        object["enableECSManagedTags"] = .bool(enableECSManagedTags)
        object["propagateTags"] = .string(propagateTags)
        object["enableExecuteCommand"] = .bool(enableExecuteCommand)
        object["availabilityZoneRebalancing"] = .string(availabilityZoneRebalancing)
        return .object(object)
    }
}

/// How a deployment may replace tasks, and whether failures stop (and roll back) it.
struct DeploymentConfiguration {
    var maximumPercent = 200
    var minimumHealthyPercent = 100
    var circuitBreakerEnabled = false
    var rollback = false
    var alarms: JSON?

    var json: JSON {
        var object = JSONObject()
        object["deploymentCircuitBreaker"] = ["enable": .bool(circuitBreakerEnabled), "rollback": .bool(rollback)]
        object["maximumPercent"] = .int(maximumPercent)
        object["minimumHealthyPercent"] = .int(minimumHealthyPercent)
        object["alarms"] = alarms
        return .object(object)
    }

    /// Applies a request's `deploymentConfiguration` on top of `self`.
    func updated(with json: JSON?) throws(AWSServiceError) -> DeploymentConfiguration {
        guard let json else { return self }
        var config = self
        let input = ECSInput(json)
        if let maximum = try input.int("maximumPercent") { config.maximumPercent = maximum }
        if let minimum = try input.int("minimumHealthyPercent") { config.minimumHealthyPercent = minimum }
        if let breaker = try input.object("deploymentCircuitBreaker") {
            let entry = ECSInput(breaker)
            config.circuitBreakerEnabled = try entry.bool("enable") ?? false
            config.rollback = try entry.bool("rollback") ?? false
        }
        if let alarms = try input.object("alarms") { config.alarms = alarms }
        if try input.string("strategy").map({ $0 != "ROLLING" }) == true {
            throw .notSimulated("ecs", "blue/green, linear and canary deployment strategies")
        }
        guard (0...100).contains(config.minimumHealthyPercent) else {
            throw .ecsInvalidParameter("minimumHealthyPercent must be between 0 and 100.")
        }
        guard config.maximumPercent >= 100, config.maximumPercent <= 200_000 else {
            throw .ecsInvalidParameter("maximumPercent must be greater than or equal to 100.")
        }
        return config
    }
}

/// One deployment of a service: a task definition and network setup being rolled out (or
/// drained), its counts and its rollout state.
struct Deployment {
    let id: String
    var status: String
    var taskDefinition: TaskDefinition
    var desiredCount: Int
    var failedTasks = 0
    let createdAt: SimTime
    var updatedAt: SimTime
    var launchType: String?
    var capacityProviderStrategy: [CapacityProviderStrategyItem]
    /// As requested; tasks report the resolved version.
    var platformVersion: String?
    var network: AwsVpcSettings?
    var rolloutState = "IN_PROGRESS"
    var rolloutStateReason: String

    var isFargate: Bool {
        launchType == "FARGATE" || capacityProviderStrategy.contains { CapacityProvider.fargateNames.contains($0.capacityProvider) }
    }

    func json(running: Int, pending: Int) -> JSON {
        var object = JSONObject()
        object["id"] = .string(id)
        object["status"] = .string(status)
        object["taskDefinition"] = .string(taskDefinition.arn)
        object["desiredCount"] = .int(desiredCount)
        object["pendingCount"] = .int(pending)
        object["runningCount"] = .int(running)
        object["failedTasks"] = .int(failedTasks)
        object["createdAt"] = ECSTime.json(createdAt)
        object["updatedAt"] = ECSTime.json(updatedAt)
        object["capacityProviderStrategy"] = capacityProviderStrategy.isEmpty
            ? nil : .array(capacityProviderStrategy.map(\.json))
        object["launchType"] = launchType.map(JSON.string)
        if isFargate {
            object["platformVersion"] = .string((platformVersion ?? "LATEST") == "LATEST" ? "1.4.0" : (platformVersion ?? "1.4.0"))
            object["platformFamily"] = "Linux"
        }
        object["networkConfiguration"] = network?.json
        object["rolloutState"] = .string(rolloutState)
        object["rolloutStateReason"] = .string(rolloutStateReason)
        return .object(object)
    }
}

/// A line of a service's event log.
struct ServiceEvent {
    let id: String
    let createdAt: SimTime
    let message: String

    var json: JSON { ["id": .string(id), "createdAt": ECSTime.json(createdAt), "message": .string(message)] }
}
