import SimCore

/// The identifiers ECS hands out, each from its own seeded stream so that adding one kind
/// does not shift the others: task and container-instance IDs (32 lower-case hex digits),
/// UUIDs for containers, attachments and events, and deployment IDs (`ecs-svc/` + 19 digits).
struct ECSIdentifiers {
    let taskIDs: RandomStream
    let instanceIDs: RandomStream
    let uuids: RandomStream
    let deploymentIDs: RandomStream
    let runtimeIDs: RandomStream
    let eventIDs: RandomStream
    /// Request IDs quoted in errors ECS relays from EC2.
    let requestIDs: RandomStream
    /// What the agent hands a task's containers: credentials IDs and metadata endpoint IDs.
    let agentIDs: RandomStream
    /// ECS Exec session IDs and tokens.
    let execIDs: RandomStream

    init(random: SeededGenerator, region: String) {
        taskIDs = random.stream("ecs-task-ids-\(region)")
        instanceIDs = random.stream("ecs-container-instance-ids-\(region)")
        uuids = random.stream("ecs-uuids-\(region)")
        deploymentIDs = random.stream("ecs-deployment-ids-\(region)")
        runtimeIDs = random.stream("ecs-runtime-ids-\(region)")
        eventIDs = random.stream("ecs-event-ids-\(region)")
        requestIDs = random.stream("ecs-request-ids-\(region)")
        agentIDs = random.stream("ecs-agent-ids-\(region)")
        execIDs = random.stream("ecs-exec-ids-\(region)")
    }

    func taskID() -> String { taskIDs.hex(32) }
    func containerInstanceID() -> String { instanceIDs.hex(32) }
    func uuid() -> String { uuids.uuid() }
    func eventID() -> String { eventIDs.uuid() }
    func requestID() -> String { requestIDs.uuid() }

    /// `ecs-svc/` followed by 19 decimal digits, below 2^63 as the real ones are.
    func deploymentID() -> String {
        let value = deploymentIDs.next() % 8_000_000_000_000_000_000 + 1_000_000_000_000_000_000
        return "ecs-svc/\(value)"
    }

    /// A Fargate container's runtime ID: the task ID, a dash and ten digits.
    func fargateRuntimeID(taskID: String) -> String {
        "\(taskID)-\(runtimeIDs.next() % 9_000_000_000 + 1_000_000_000)"
    }

    /// A Docker container ID on an EC2 container instance: 64 hex digits.
    func dockerContainerID() -> String { runtimeIDs.hex(64) }
}

/// References to ECS resources as callers give them: a short name or ID, or a full ARN.
enum ECSResourceName {
    /// The last path segment of an ARN (`…:task/demo/abc` → `abc`), or the text itself.
    static func lastSegment(_ reference: String) -> String {
        guard reference.hasPrefix("arn:"), let slash = reference.lastIndex(of: "/") else { return reference }
        return String(reference[reference.index(after: slash)...])
    }

    /// The cluster named in a long-format ARN (`…:task/demo/abc` → `demo`), if any.
    static func clusterInARN(_ reference: String) -> String? {
        guard reference.hasPrefix("arn:") else { return nil }
        let parts = reference.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return nil }
        return String(parts[parts.count - 2])
    }
}
