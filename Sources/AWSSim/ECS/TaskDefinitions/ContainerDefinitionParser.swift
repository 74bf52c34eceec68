import JSONValue

/// One container definition: checked, typed, and echoed with ECS's defaults.
struct ContainerDefinitionParser {
    let raw: JSON
    let networkMode: String

    func parse() throws(AWSServiceError) -> ContainerDefinition {
        let input = ECSInput(raw)
        guard let name = try input.string("name"), !name.isEmpty else {
            throw .ecsClient("Container.name should not be null or empty.")
        }
        guard name.count <= 255, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else {
            throw .ecsClient("Container name '\(name)' is invalid. Up to 255 letters (uppercase and lowercase), numbers, hyphens, and underscores are allowed.")
        }
        guard let image = try input.string("image"), !image.isEmpty else {
            throw .ecsClient("Container.image should not be null or empty.")
        }
        guard image.count <= 255 else { throw .ecsClient("Container.image must be 255 characters or fewer.") }
        let cpu = try input.int("cpu") ?? 0
        guard cpu >= 0 else { throw .ecsClient("Invalid 'cpu' setting for container '\(name)'.") }
        let memory = try input.int("memory")
        let reservation = try input.int("memoryReservation")
        if let memory, memory < 6 {
            throw .ecsClient("Invalid 'memory' setting for container '\(name)'. The minimum is 6 MiB.")
        }
        if let reservation, reservation < 6 {
            throw .ecsClient("Invalid 'memoryReservation' setting for container '\(name)'. The minimum is 6 MiB.")
        }
        if let memory, let reservation, reservation > memory {
            throw .ecsClient("Invalid setting for container '\(name)'. 'memoryReservation' must be less than or equal to 'memory'.")
        }
        let essential = try input.bool("essential") ?? true

        var mappings: [ContainerDefinition.PortMapping] = []
        var mappingJSON: [JSON] = []
        for item in try input.objects("portMappings") ?? [] {
            let entry = ECSInput(item)
            guard let containerPort = try entry.int("containerPort"), (1...65535).contains(containerPort) else {
                throw .ecsClient("Invalid 'containerPort' setting for container '\(name)'.")
            }
            var hostPort = try entry.int("hostPort")
            if let given = hostPort, !(0...65535).contains(given) {
                throw .ecsClient("Invalid 'hostPort' setting for container '\(name)'.")
            }
            if networkMode == "awsvpc" || networkMode == "host" {
                if let given = hostPort, given != containerPort {
                    throw .ecsClient("When networkMode=\(networkMode), the host ports and container ports in port mappings must match.")
                }
                hostPort = containerPort
            }
            let transport = try entry.enumValue("protocol", allowed: ["tcp", "udp"]) ?? "tcp"
            mappings.append(.init(containerPort: containerPort, hostPort: hostPort, transport: transport))
            var echo = JSONObject()
            echo["containerPort"] = .int(containerPort)
            echo["hostPort"] = hostPort.map(JSON.int)
            echo["protocol"] = .string(transport)
            for key in ["name", "appProtocol", "containerPortRange"] { echo[key] = item[key].isNull ? nil : item[key] }
            mappingJSON.append(.object(echo))
        }

        var environment: [(name: String, value: String)] = []
        for item in try input.objects("environment") ?? [] {
            let entry = ECSInput(item)
            guard let key = try entry.string("name") else { continue }
            environment.append((key, try entry.string("value") ?? ""))
        }

        var logConfiguration: ContainerDefinition.LogConfiguration?
        if let log = try input.object("logConfiguration") {
            let entry = ECSInput(log)
            let drivers = ["json-file", "syslog", "journald", "gelf", "fluentd", "awslogs", "splunk", "awsfirelens"]
            guard let driver = try entry.enumValue("logDriver", allowed: drivers) else {
                throw .ecsClient("Log driver must be specified in the log configuration of container '\(name)'.")
            }
            var options: [String: String] = [:]
            for (key, value) in log["options"].object?.pairs ?? [] { options[key] = value.string ?? "" }
            if driver == "awslogs", options["awslogs-group"] == nil {
                throw .ecsClient("Log driver awslogs option 'awslogs-group' should not be null or empty.")
            }
            logConfiguration = .init(driver: driver, options: options)
        }

        var healthCheck: ContainerDefinition.HealthCheck?
        var healthJSON: JSON?
        if let check = try input.object("healthCheck") {
            let entry = ECSInput(check)
            guard let command = try entry.strings("command"), !command.isEmpty else {
                throw .ecsClient("Health check command must be specified for container '\(name)'.")
            }
            let interval = try entry.int("interval") ?? 30
            let timeout = try entry.int("timeout") ?? 5
            let retries = try entry.int("retries") ?? 3
            let startPeriod = try entry.int("startPeriod")
            guard (5...300).contains(interval), (2...120).contains(timeout), (1...10).contains(retries),
                (0...300).contains(startPeriod ?? 0)
            else {
                throw .ecsClient("Invalid 'healthCheck' setting for container '\(name)'.")
            }
            healthCheck = .init(command: command, interval: interval, timeout: timeout, retries: retries,
                                startPeriod: startPeriod)
            var echo = JSONObject()
            echo["command"] = .array(command.map(JSON.string))
            echo["interval"] = .int(interval)
            echo["timeout"] = .int(timeout)
            echo["retries"] = .int(retries)
            echo["startPeriod"] = startPeriod.map(JSON.int)
            healthJSON = .object(echo)
        }
        let stopTimeout = try input.int("stopTimeout")
        if let stopTimeout, !(0...120).contains(stopTimeout) {
            throw .ecsClient("Invalid 'stopTimeout' setting for container '\(name)'.")
        }

        // The echo: members in model order, defaults where ECS fills them in.
        var echo = JSONObject()
        for key in TaskDefinitionRegistration.containerMemberOrder {
            switch key {
            case "cpu": echo[key] = .int(cpu)
            case "portMappings": echo[key] = .array(mappingJSON)
            case "essential": echo[key] = .bool(essential)
            case "environment", "mountPoints", "volumesFrom", "systemControls":
                echo[key] = raw[key].isNull ? .array([]) : raw[key]
            case "healthCheck": echo[key] = healthJSON
            default: echo[key] = raw[key].isNull ? nil : raw[key]
            }
        }
        return ContainerDefinition(
            name: name, image: image, cpu: cpu, memory: memory, memoryReservation: reservation, essential: essential,
            entryPoint: try input.strings("entryPoint"), command: try input.strings("command"),
            environment: environment, portMappings: mappings, logConfiguration: logConfiguration,
            healthCheck: healthCheck, stopTimeout: stopTimeout, json: .object(echo))
    }
}
