import JSONValue
import SimCore

/// ExecuteCommand (ECS Exec): opens a Session Manager session on a running container of a
/// task started with `enableExecuteCommand`. The container's managed SSM agent connects to
/// Session Manager with the task role's credentials, so a role without the `ssmmessages`
/// channel permissions leaves it unreachable.
extension ECSBackend {
    /// What the task role must allow for the managed agent's channels.
    static let execChannelActions = ["ssmmessages:CreateControlChannel", "ssmmessages:CreateDataChannel",
                                     "ssmmessages:OpenControlChannel", "ssmmessages:OpenDataChannel"]

    func executeCommand(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        let cluster = try activeCluster(request.string("cluster"))
        let command = try request.requiredString("command")
        guard try request.bool("interactive") == true else {
            throw .ecsInvalidParameter("Interactive is the only mode supported currently.")
        }
        let reference = try request.requiredString("task")
        guard let task = task(reference, cluster: cluster.name) else {
            throw .ecsInvalidParameter("The referenced task was not found.")
        }
        let container: TaskContainer
        if let name = try request.string("container") {
            guard let named = task.containers.first(where: { $0.name == name }) else {
                throw .ecsInvalidParameter("The container \(name) does not exist in the task.")
            }
            container = named
        } else {
            guard task.containers.count == 1, let only = task.containers.first else {
                throw .ecsInvalidParameter("A container name must be specified when the task has more than one container.")
            }
            container = only
        }
        guard task.enableExecuteCommand, task.isActive, task.lastStatus == .running, container.lastStatus == "RUNNING" else {
            throw .ecsInvalidParameter("The execute command failed because execute command was not enabled when the task was run or the execute command agent isn\u{2019}t running. Wait and try again or run a new task with execute command enabled and try again.")
        }
        guard let role = task.taskRoleArn, Self.execChannelActions.allSatisfy({ roleAllows(role, $0) }) else {
            throw AWSServiceError(code: "TargetNotConnectedException",
                                  message: "The execute command failed due to an internal error. Try again later.")
        }
        let sessionID = "ecs-execute-command-0" + ids.execIDs.hex(16)
        execSessions[sessionID] = ExecSession(id: sessionID, taskID: task.id, containerName: container.name,
                                              command: command, openedAt: simulation.now)
        let base64 = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        let cell = ids.execIDs.string(length: 76, alphabet: base64)
        let token = ids.execIDs.string(length: 240, alphabet: base64)
        var session = JSONObject()
        session["sessionId"] = .string(sessionID)
        session["streamUrl"] = .string("wss://ssmmessages.\(context.region).amazonaws.com/v1/data-channel/\(sessionID)?role=publish_subscribe&cell-number=\(cell)")
        session["tokenValue"] = .string(token)
        var output = JSONObject()
        output["clusterArn"] = .string(task.clusterArn)
        output["containerArn"] = .string(container.arn)
        output["containerName"] = .string(container.name)
        output["interactive"] = true
        output["session"] = .object(session)
        output["taskArn"] = .string(task.arn)
        return .object(output)
    }
}
