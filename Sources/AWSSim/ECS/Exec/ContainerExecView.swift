import ContainerImages
import JSONValue
import SimCore

/// A container as a command run in it through ECS Exec sees it: the container itself (host
/// name, working directory, the session's environment, the files Shipyard knows, the ECS
/// agent's endpoint at 169.254.170.2 for task role credentials and task metadata v4, and the
/// task's servers on localhost), and the credentials aws-cli inside would find.
public struct ContainerExecView {
    public static let agentHost = "169.254.170.2"

    public let sessionID: String
    public let command: String
    public let taskArn: String
    public let containerName: String
    /// `repository:tag` as the task definition names it.
    public let image: String
    public let imageRepository: String
    /// The region the task runs in.
    public let region: String
    public let context: ContainerExecContext
    /// The credentials aws-cli inside the container finds: the task role's, from the agent
    /// (ECS Exec needs a task role, so a session always has them).
    public let credentials: Credentials?

    public struct Credentials: Sendable {
        public var accessKeyID: String
        public var secretAccessKey: String
    }

    public var hostname: String { context.hostname }
    public var files: [String: String] { context.files }
    public func environmentValue(_ name: String) -> String? { context.environmentValue(name) }

    /// A GET on the agent's endpoint, by path (`/v2/credentials/…`, `/v4/…/task`), as aws-cli
    /// and the SDKs in the container send it.
    public func agent(_ path: String) -> ContainerExecContext.HTTPResponse {
        context.http(.init(host: Self.agentHost, path: path, userAgent: "aws-sdk"))?.response
            ?? .init(status: 404, body: "404 page not found\n")
    }
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
        let filesystem = containerFiles(task, container: container, hostname: hostname)
        let caller = taskRoleCredentials(task)
        let taskID = task.id
        let containerName = container.name
        let http: (ContainerExecContext.HTTPRequest) -> ContainerExecContext.HTTPExchange? = { [weak self] request in
            let agent = request.host == ContainerExecView.agentHost
            guard let self, let current = self.tasks[taskID] else {
                return agent ? .answered(.init(status: 404, body: "404 page not found\n"), from: request.host) : nil
            }
            if agent { return .answered(self.agentResponse(path: request.path, task: current), from: request.host) }
            return self.localResponse(request, task: current, from: containerName)
        }
        let context = ContainerExecContext(
            hostname: hostname,
            workingDirectory: container.definition.json["workingDirectory"].string ?? container.resolvedImage?.image.workingDir ?? "/",
            environment: sessionEnvironment(task, container: container, hostname: hostname),
            files: filesystem.files, directories: filesystem.directories, now: simulation.now, http: http)
        return ContainerExecView(
            sessionID: sessionID, command: session.command, taskArn: task.arn, containerName: container.name,
            image: container.definition.image, imageRepository: container.resolvedImage?.image.repository ?? "",
            region: self.context.region, context: context,
            credentials: caller.map { .init(accessKeyID: $0.accessKeyID, secretAccessKey: $0.secretAccessKey) })
    }

    /// A request to `localhost` (or `127.0.0.1`) from container `name`: in `awsvpc` mode the
    /// task's containers share it, so any of them listening on the port answers; in `bridge`
    /// mode only the container itself. Nothing listening refuses the connection.
    func localResponse(_ request: ContainerExecContext.HTTPRequest, task: ECSTask,
                       from name: String) -> ContainerExecContext.HTTPExchange? {
        guard ["localhost", "127.0.0.1"].contains(request.hostName), let port = request.port else { return nil }
        let shared = task.definition.effectiveNetworkMode == "awsvpc"
        guard let server = task.containers.first(where: { candidate in
            (shared || candidate.name == name) && candidate.lastStatus == "RUNNING"
                && (candidate.plan?.listens.contains(port) ?? false)
        }) else { return .init(address: "127.0.0.1", outcome: .refused) }
        guard let http = server.plan?.http, let started = server.processStartedAt else { return nil }
        let hostname = server.hostname ?? String(server.runtimeID?.prefix(12) ?? "")
        let files = http.documentRoot == nil ? [:] : containerFiles(task, container: server, hostname: hostname).files
        return .answered(http.response(path: request.path, uptime: (simulation.now - started).seconds,
                                       hostname: hostname, files: files), from: "127.0.0.1")
    }

    /// Keeps the files a command in an ECS Exec session wrote (as it left them) in its
    /// container's writable layer, for the next session to find.
    public func keep(_ files: [String: String], removing removed: Set<String> = [], sessionID: String) {
        guard !files.isEmpty || !removed.isEmpty, let session = execSessions[sessionID], var task = tasks[session.taskID],
            let index = task.containers.firstIndex(where: { $0.name == session.containerName })
        else { return }
        for path in removed { task.containers[index].writableLayer[path] = nil }
        task.containers[index].removedFiles.formUnion(removed)
        task.containers[index].removedFiles.subtract(files.keys)
        task.containers[index].writableLayer.merge(files) { $1 }
        tasks[session.taskID] = task
    }

    /// The environment of a command in an ECS Exec session: the container's (as `docker exec`
    /// gives it, `HOME` last), then what the managed SSM agent adds for its terminal —
    /// `TERM=xterm-256color`, and `LANG=C.UTF-8` when the image sets no `LANG`.
    func sessionEnvironment(_ task: ECSTask, container: TaskContainer, hostname: String) -> [(name: String, value: String)] {
        var environment = environmentList(task, container: container, hostname: hostname).map { (name: $0.0, value: $0.1) }
        if !environment.contains(where: { $0.name == "HOME" }) { environment.append((name: "HOME", value: "/root")) }
        environment.append((name: "TERM", value: "xterm-256color"))
        if !environment.contains(where: { $0.name == "LANG" }) { environment.append((name: "LANG", value: "C.UTF-8")) }
        return environment
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
