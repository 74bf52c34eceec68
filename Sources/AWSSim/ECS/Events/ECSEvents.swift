import JSONValue
import SimCore

/// An event ECS sends to EventBridge (`source: aws.ecs`). Recorded here for a later issue that
/// routes them to rules and targets.
public struct ECSEvent: Sendable {
    public let id: String
    /// `ECS Task State Change`, `ECS Service Action`, `ECS Deployment State Change`.
    public let detailType: String
    public let time: SimTime
    public let resources: [String]
    public let detail: JSON
    let account: String
    let region: String

    /// The event as EventBridge delivers it.
    public var json: JSON {
        ["version": "0", "id": .string(id), "detail-type": .string(detailType), "source": "aws.ecs",
         "account": .string(account), "time": .string(ECSTime.envelopeString(time)), "region": .string(region),
         "resources": .array(resources.map(JSON.string)), "detail": detail]
    }
}

extension ECSBackend {
    /// At most this many events are kept; the oldest go first.
    static let eventCapacity = 10_000

    func record(_ detailType: String, resources: [String], detail: JSON) {
        events.append(ECSEvent(id: ids.eventID(), detailType: detailType, time: simulation.now, resources: resources,
                               detail: detail, account: context.accountID, region: context.region))
        if events.count > Self.eventCapacity { events.removeFirst(events.count - Self.eventCapacity) }
    }

    /// `ECS Task State Change`: the task as DescribeTasks shows it, timestamps as ISO strings.
    func emitTaskStateChange(_ id: String) {
        guard let task = tasks[id] else { return }
        record("ECS Task State Change", resources: [task.arn],
               detail: task.json(eventStyle: true, updatedAt: simulation.now))
    }

    /// `ECS Container Instance State Change`: the instance as DescribeContainerInstances shows it.
    func emitContainerInstanceStateChange(_ id: String) {
        guard let instance = containerInstances[id] else { return }
        var detail = instanceJSON(instance)
        detail["clusterArn"] = .string(context.arn("ecs", "cluster/\(instance.clusterName)"))
        detail["registeredAt"] = .string(ECSTime.eventString(instance.registeredAt))
        detail["updatedAt"] = .string(ECSTime.eventString(simulation.now))
        record("ECS Container Instance State Change", resources: [instance.arn], detail: detail)
    }

    /// `ECS Deployment State Change`: SERVICE_DEPLOYMENT_IN_PROGRESS, _COMPLETED or _FAILED.
    func emitDeploymentStateChange(service: ECSService, deploymentID: String, name: String, reason: String) {
        record("ECS Deployment State Change", resources: [service.arn], detail: [
            "eventType": name == "SERVICE_DEPLOYMENT_FAILED" ? "ERROR" : "INFO", "eventName": .string(name),
            "deploymentId": .string(deploymentID), "updatedAt": .string(ECSTime.eventString(simulation.now)),
            "reason": .string(reason),
        ])
    }

    /// `ECS Service Action`: steady state, task start impaired, placement failures.
    func emitServiceAction(service: ECSService, name: String, type: String) {
        record("ECS Service Action", resources: [service.arn], detail: [
            "eventType": .string(type), "eventName": .string(name), "clusterArn": .string(service.clusterArn),
            "createdAt": .string(ECSTime.eventString(simulation.now)),
        ])
    }
}
