import ContainerImages
import JSONValue
import SimCore

/// A container as a command run in it through ECS Exec sees it: its environment and host
/// name, the files of its image, the credentials aws-cli inside would find, and the ECS
/// agent's endpoint at 169.254.170.2 (task role credentials, task metadata v4).
public struct ContainerExecView {
    public let sessionID: String
    public let command: String
    public let taskArn: String
    public let containerName: String
    /// `repository:tag` as the task definition names it.
    public let image: String
    public let imageRepository: String
    public let hostname: String
    public let environment: [(name: String, value: String)]
    public let files: [String: String]
    public let directories: [String: [String]]
    /// The credentials aws-cli inside the container finds: the task role's, from the agent
    /// (ECS Exec needs a task role, so a session always has them).
    public let credentials: Credentials?
    /// The region the task runs in.
    public let region: String
    /// Where the command starts: the container definition's `workingDirectory`, else the
    /// image's `WORKDIR`.
    public let workingDirectory: String
    /// Answers requests to the agent's endpoint, by path (`/v2/credentials/…`, `/v4/…/task`).
    public let agent: (String) -> AgentResponse

    public struct Credentials: Sendable {
        public var accessKeyID: String
        public var secretAccessKey: String
    }

    public struct AgentResponse: Sendable {
        public var status: Int
        public var body: String
    }

    public func environmentValue(_ name: String) -> String? { environment.last { $0.name == name }?.value }
}

extension ECSBackend {
    /// The container an ECS Exec session was opened on, as Session Manager's data channel
    /// reaches it; nil when the session is unknown or its task no longer runs.
    public func execView(sessionID: String) -> ContainerExecView? {
        guard let session = execSessions[sessionID], let task = tasks[session.taskID], task.isActive,
            let container = task.containers.first(where: { $0.name == session.containerName }),
            container.lastStatus == "RUNNING"
        else { return nil }
        let hostname = container.hostname ?? String(container.runtimeID?.prefix(12) ?? "")
        let environment = environmentList(task, container: container, hostname: hostname).map { (name: $0.0, value: $0.1) }
        let filesystem = containerFiles(task, container: container, hostname: hostname)
        let caller = taskRoleCredentials(task)
        let taskID = task.id
        let agent: (String) -> ContainerExecView.AgentResponse = { [weak self] path in
            guard let self, let current = self.tasks[taskID] else {
                return .init(status: 404, body: "404 page not found\n")
            }
            return self.agentResponse(path: path, task: current)
        }
        return ContainerExecView(
            sessionID: sessionID, command: session.command, taskArn: task.arn, containerName: container.name,
            image: container.definition.image, imageRepository: container.resolvedImage?.image.repository ?? "",
            hostname: hostname, environment: environment, files: filesystem.files, directories: filesystem.directories,
            credentials: caller.map { .init(accessKeyID: $0.accessKeyID, secretAccessKey: $0.secretAccessKey) },
            region: context.region,
            workingDirectory: container.definition.json["workingDirectory"].string ?? container.resolvedImage?.image.workingDir ?? "/",
            agent: agent)
    }

    /// The task role's credentials as the agent holds them (issued by STS when first needed,
    /// renewed when expired), session name = the task ID.
    func taskRoleCredentials(_ task: ECSTask) -> RoleSession? {
        guard let role = task.taskRoleArn else { return nil }
        if let held = agentCredentials[task.id], held.expiration > simulation.now { return held }
        let session = roleCredentials(role, task.id, "ecs-tasks.amazonaws.com")
        agentCredentials[task.id] = session
        return session
    }
}
