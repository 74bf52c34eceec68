import ContainerImages
import JSONValue
import SimCore

/// What the container agent does on the host: pulls images, creates and starts containers,
/// runs their processes as the image catalogue says they behave, ships their output to
/// CloudWatch Logs, and runs container health checks.
extension ECSBackend {
    /// PENDING: pull every container's image. A failed pull fails the task.
    func beginPull(_ id: String) {
        guard var task = tasks[id], task.isActive, task.lastStatus == .pending else { return }
        let pace = timings(task)
        task.pullStartedAt = simulation.now
        if task.connectivityAt == nil { task.connectivityAt = task.createdAt }
        let cached = task.containerInstanceID.flatMap { containerInstances[$0]?.cachedImages } ?? []
        var longest = 0.0
        var failure: (container: String, message: String)?
        for index in task.containers.indices {
            let image = task.containers[index].definition.image
            let reference = ImageReference(image)
            switch registry.resolve(reference) {
            case .found(let resolved):
                task.containers[index].resolvedImage = resolved
                let seconds: Double
                if cached.contains(reference.normalized) {
                    seconds = SimDuration.seconds(in: pace.cachedPull, from: timing).seconds
                } else {
                    let transfer = Double(resolved.size) / pace.pullBandwidth * (0.85 + 0.3 * timing.unit())
                    seconds = SimDuration.seconds(in: pace.pullSetup, from: timing).seconds + transfer
                }
                longest = max(longest, seconds)
            case .tagNotFound, .repositoryNotFound, .invalidReference:
                if failure == nil {
                    failure = (task.containers[index].name, Self.pullError(registry.resolve(reference), image: image,
                                                                           reference: reference, fargate: task.isFargate,
                                                                           retries: pace.pullRetries))
                }
            }
        }
        tasks[id] = task
        if let failure {
            scheduleStep(id, after: .seconds(in: pace.pullFailure, from: timing)) {
                $0.failToStart(id, reason: failure.message, container: failure.container)
            }
            return
        }
        scheduleStep(id, after: .seconds(longest)) { $0.pullFinished(id) }
    }

    /// CannotPullContainerError as Fargate's containerd or an EC2 host's Docker engine words it.
    static func pullError(_ resolution: ImageResolution, image: String, reference: ImageReference, fargate: Bool,
                          retries: Int) -> String {
        let full = reference.normalized
        if fargate {
            let prefix = "CannotPullContainerError: pull image manifest has been retried \(retries) time(s): failed to resolve ref \(full):"
            switch resolution {
            case .tagNotFound: return "\(prefix) \(full): not found"
            case .repositoryNotFound:
                return "\(prefix) pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed"
            default: return "CannotPullContainerError: pull image manifest has been retried \(retries) time(s): failed to resolve ref \(image): invalid reference format"
            }
        }
        let written = reference.tag == nil && reference.digest == nil ? "\(image):latest" : image
        switch resolution {
        case .tagNotFound:
            return "CannotPullContainerError: Error response from daemon: manifest for \(written) not found: manifest unknown: manifest unknown"
        case .repositoryNotFound:
            let name = written.split(separator: ":").first.map(String.init) ?? image
            return "CannotPullContainerError: Error response from daemon: pull access denied for \(name), repository does not exist or may require 'docker login': denied: requested access to the resource is denied"
        default:
            return "CannotPullContainerError: Error response from daemon: invalid reference format"
        }
    }

    /// Pulled: ACTIVATING while the agent creates the containers.
    func pullFinished(_ id: String) {
        guard var task = tasks[id], task.isActive, task.lastStatus == .pending else { return }
        task.pullStoppedAt = simulation.now
        task.lastStatus = .activating
        for index in task.containers.indices {
            task.containers[index].imageDigest = task.containers[index].resolvedImage?.digest
        }
        if let instanceID = task.containerInstanceID {
            let pulled = task.containers.map { ImageReference($0.definition.image).normalized }
            updateInstance(instanceID) { $0.cachedImages.formUnion(pulled) }
        }
        tasks[id] = task
        // awslogs needs its log group before any container can start.
        for container in task.containers {
            guard let log = container.definition.logConfiguration, log.driver == "awslogs",
                let group = log.options["awslogs-group"], let logs
            else { continue }
            if logs.groups[group] == nil, log.options["awslogs-create-group"]?.lowercased() != "true" {
                let reason = task.isFargate
                    ? "ResourceInitializationError: failed to validate logger args: create stream has been retried 1 times: failed to create Cloudwatch log stream: ResourceNotFoundException: The specified log group does not exist. : exit status 1"
                    : "CannotStartContainerError: Error response from daemon: failed to initialize logging driver: failed to create Cloudwatch log stream: ResourceNotFoundException: The specified log group does not exist."
                failToStart(id, reason: reason, container: container.name)
                return
            }
        }
        scheduleStep(id, after: .seconds(in: timings(task).containerCreate, from: timing)) { $0.startContainers(id) }
    }

    /// Containers start and their processes begin; the agent reports RUNNING shortly after,
    /// unless an essential container has already exited.
    func startContainers(_ id: String) {
        guard var task = tasks[id], task.isActive, task.lastStatus == .activating else { return }
        var startFailure: (container: String, message: String)?
        if task.taskRoleArn != nil, task.credentialsID == nil { task.credentialsID = ids.agentIDs.uuid() }
        for index in task.containers.indices {
            let container = task.containers[index]
            guard let resolved = container.resolvedImage else { continue }
            let runtimeID = task.isFargate ? ids.fargateRuntimeID(taskID: task.id) : ids.dockerContainerID()
            let hostname = task.attachment?.privateDNSName.map { String($0.prefix { $0 != "." }) }
                ?? String(runtimeID.prefix(12))
            let endpointID = task.isFargate ? runtimeID : ids.agentIDs.uuid()
            task.containers[index].metadataEndpointID = endpointID
            task.containers[index].hostname = hostname
            let plan = ProcessModel.plan(
                image: resolved.image, command: container.definition.entryPoint, args: container.command,
                context: .init(hostname: hostname,
                               environment: environment(task, container: task.containers[index], hostname: hostname),
                               startedAt: simulation.now))
            if case .failsToStart(let message) = plan.ending {
                let reason = task.isFargate
                    ? "CannotStartContainerError: ResourceInitializationError: failed to create new container runtime task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: \(message): unknown"
                    : "CannotStartContainerError: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: \(message): unknown"
                task.containers[index].lastStatus = "STOPPED"
                task.containers[index].reason = reason
                if container.essential, startFailure == nil { startFailure = (container.name, reason) }
                continue
            }
            task.containers[index].runtimeID = runtimeID
            task.containers[index].lastStatus = "RUNNING"
            task.containers[index].plan = plan
            task.containers[index].processStartedAt = simulation.now
            task.containers[index].networkBindings = networkBindings(task, container: container)
            task.containers[index].healthStatus = "UNKNOWN"
            if case .exits(let after, let code) = plan.ending {
                let name = container.name
                task.containers[index].exitTimer = simulation.schedule(after: .seconds(after)) { [weak self] in
                    self?.containerExited(id, name: name, code: code)
                }
            }
        }
        tasks[id] = task
        for index in task.containers.indices where task.containers[index].lastStatus == "RUNNING" {
            flushLogs(id, container: index, through: simulation.now)
            scheduleHealthCheck(id, container: index)
        }
        if let startFailure {
            failToStart(id, reason: startFailure.message, container: startFailure.container)
            return
        }
        scheduleStep(id, after: .seconds(timings(task).runningReport)) { $0.reportRunning(id) }
    }

    /// The environment a container's process sees: its definition's and overrides' variables,
    /// plus what the agent injects.
    func environment(_ task: ECSTask, container: TaskContainer, hostname: String) -> [String: String] {
        Dictionary(environmentList(task, container: container, hostname: hostname), uniquingKeysWith: { $1 })
    }

    /// The same environment in the order `env` prints it in a container: the image's `PATH`
    /// and `HOSTNAME`, the agent's variables, then the task definition's.
    func environmentList(_ task: ECSTask, container: TaskContainer, hostname: String) -> [(String, String)] {
        let endpoint = container.metadataEndpointID ?? container.uuid
        var list: [(String, String)] = [
            ("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
            ("HOSTNAME", hostname),
            ("AWS_EXECUTION_ENV", task.isFargate ? "AWS_ECS_FARGATE" : "AWS_ECS_EC2"),
            ("AWS_DEFAULT_REGION", context.region),
            ("AWS_REGION", context.region),
        ]
        if let credentials = task.credentialsID {
            list.append(("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/\(credentials)"))
        }
        list.append(("ECS_CONTAINER_METADATA_URI", "http://169.254.170.2/v3/\(endpoint)"))
        list.append(("ECS_CONTAINER_METADATA_URI_V4", "http://169.254.170.2/v4/\(endpoint)"))
        // The agent API (task scale-in protection) shares the metadata endpoint's ID.
        list.append(("ECS_AGENT_URI", "http://169.254.170.2/api/\(endpoint)"))
        for variable in container.environment {
            list.removeAll { $0.0 == variable.name }
            list.append((variable.name, variable.value))
        }
        return list
    }

    /// Host port bindings on an EC2 instance: fixed ports as mapped, dynamic ones from the
    /// ephemeral range. awsvpc tasks bind on their own ENI and list none.
    func networkBindings(_ task: ECSTask, container: TaskContainer) -> [JSON] {
        let mode = task.definition.effectiveNetworkMode
        guard mode == "bridge" || mode == "host", let instanceID = task.containerInstanceID else { return [] }
        var taken = Set<Int>()
        for other in taskOrder {
            guard let peer = tasks[other], peer.containerInstanceID == instanceID, peer.isActive else { continue }
            for peerContainer in peer.containers {
                for binding in peerContainer.networkBindings ?? [] { if let port = binding["hostPort"].int { taken.insert(port) } }
            }
        }
        return container.definition.portMappings.map { mapping in
            var hostPort = mode == "host" ? mapping.containerPort : (mapping.hostPort ?? 0)
            if hostPort == 0 {
                repeat { hostPort = choices.int(in: 32768...60999) } while taken.contains(hostPort)
                taken.insert(hostPort)
            }
            return ["bindIP": "0.0.0.0", "containerPort": .int(mapping.containerPort), "hostPort": .int(hostPort),
                    "protocol": .string(mapping.transport)]
        }
    }
}
