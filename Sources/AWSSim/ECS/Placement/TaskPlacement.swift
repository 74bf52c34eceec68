import JSONValue
import SimCore

/// A placement strategy rule: `binpack` on `cpu`/`memory`, `spread` on a field, or `random`.
struct PlacementStrategyRule: Equatable {
    var type: String
    var field: String?

    var json: JSON {
        var object = JSONObject()
        object["type"] = .string(type)
        object["field"] = field.map(JSON.string)
        return .object(object)
    }

    static func parse(_ items: [JSON]) throws(AWSServiceError) -> [PlacementStrategyRule] {
        guard items.count <= 5 else {
            throw .ecsInvalidParameter("The placement strategy can contain at most 5 rules.")
        }
        var rules: [PlacementStrategyRule] = []
        for item in items {
            let entry = ECSInput(item)
            guard let type = try entry.enumValue("type", allowed: ["random", "spread", "binpack"]) else {
                throw .ecsInvalidParameter("Placement strategy type must be specified.")
            }
            var field = try entry.string("field")
            switch type {
            case "binpack":
                guard let value = field?.lowercased(), value == "cpu" || value == "memory" else {
                    throw .ecsInvalidParameter("Invalid binpack field: \(field ?? "null"). The binpack field must be either CPU or MEMORY.")
                }
            case "spread":
                guard let value = field, !value.isEmpty else {
                    throw .ecsInvalidParameter("Spread placement strategy requires a field.")
                }
                let lowered = value.lowercased()
                guard lowered == "instanceid" || lowered == "host" || value.hasPrefix("attribute:") else {
                    throw .ecsInvalidParameter("Invalid spread field: \(value). The field must be instanceId, host, or an attribute (attribute:name).")
                }
            default:
                field = nil
            }
            rules.append(.init(type: type, field: field))
        }
        return rules
    }
}

/// A placement constraint: `distinctInstance`, or `memberOf` a cluster query.
struct PlacementConstraintRule {
    var type: String
    var expression: String?
    var query: ClusterQuery?

    var json: JSON {
        var object = JSONObject()
        object["type"] = .string(type)
        object["expression"] = expression.map(JSON.string)
        return .object(object)
    }

    static func parse(_ items: [JSON], allowDistinct: Bool = true) throws(AWSServiceError) -> [PlacementConstraintRule] {
        guard items.count <= 10 else {
            throw .ecsInvalidParameter("The placement constraints can contain at most 10 constraints.")
        }
        var rules: [PlacementConstraintRule] = []
        for item in items {
            let entry = ECSInput(item)
            guard let type = try entry.enumValue("type", allowed: ["distinctInstance", "memberOf"]) else {
                throw .ecsInvalidParameter("Placement constraint type must be specified.")
            }
            if type == "distinctInstance" {
                guard allowDistinct else { throw .ecsClient("constraint.type 'distinctInstance' is not supported.") }
                rules.append(.init(type: type, expression: nil, query: nil))
                continue
            }
            guard let expression = try entry.string("expression"), !expression.isEmpty else {
                throw .ecsInvalidParameter("A memberOf placement constraint requires an expression.")
            }
            rules.append(.init(type: type, expression: expression, query: try ClusterQuery(expression)))
        }
        return rules
    }
}

/// Chooses a container instance for a task on the EC2 launch type: filters instances by
/// agent, constraints and free resources, then orders the survivors by the strategy rules.
struct TaskPlacement {
    struct Request {
        var needs: ResourceReservation
        var group: String
        var constraints: [PlacementConstraintRule]
        var strategy: [PlacementStrategyRule]
        /// Only instances of this Auto Scaling group capacity provider, when set.
        var capacityProvider: String?
        /// awsvpc tasks need an instance in the Availability Zone of one of their subnets.
        var availabilityZones: Set<String>?
    }

    enum Outcome {
        case placed(instanceID: String)
        /// Each considered instance with the reason it could not take the task.
        case failed([(instanceID: String, reason: String)])
        case noInstances
    }

    let instances: [ContainerInstance]
    /// Active tasks' groups per instance, for `distinctInstance`, spread and `task:group`.
    let groupsByInstance: [String: [String]]
    let runningByInstance: [String: Int]
    let random: RandomStream

    func place(_ request: Request) -> Outcome {
        let candidates = instances.filter {
            $0.status == "ACTIVE" && (request.capacityProvider == nil || $0.capacityProviderName == request.capacityProvider)
        }
        guard !candidates.isEmpty else { return .noInstances }
        var fitting: [ContainerInstance] = []
        var failures: [(String, String)] = []
        for instance in candidates {
            if let reason = rejection(of: instance, for: request) {
                failures.append((instance.id, reason))
            } else {
                fitting.append(instance)
            }
        }
        guard let chosen = choose(from: fitting, request: request) else { return .failed(failures) }
        return .placed(instanceID: chosen.id)
    }

    /// Why `instance` cannot run the task, in the order ECS checks: agent, constraints,
    /// availability zone, then CPU, memory and ports.
    func rejection(of instance: ContainerInstance, for request: Request) -> String? {
        guard instance.agentConnected else { return "AGENT" }
        let groups = groupsByInstance[instance.id] ?? []
        for constraint in request.constraints {
            if constraint.type == "distinctInstance", groups.contains(request.group) {
                return "DistinctInstance placement constraint unsatisfied."
            }
            if let query = constraint.query, !query.matches(subject(instance)) {
                return "MemberOf placement constraint unsatisfied."
            }
        }
        if let zones = request.availabilityZones, !zones.contains(instance.availabilityZone) { return "ATTRIBUTE" }
        if instance.remainingCPU < request.needs.cpu { return "RESOURCE:CPU" }
        if instance.remainingMemory < request.needs.memory { return "RESOURCE:MEMORY" }
        let usedTCP = Set(ContainerInstance.reservedPorts + instance.used.tcpPorts)
        if request.needs.tcpPorts.contains(where: usedTCP.contains) { return "RESOURCE:PORTS" }
        if request.needs.udpPorts.contains(where: Set(instance.used.udpPorts).contains) { return "RESOURCE:PORTS_UDP" }
        return nil
    }

    func subject(_ instance: ContainerInstance) -> ClusterQuery.Subject {
        ClusterQuery.Subject(
            attribute: { instance.attribute($0) }, ec2InstanceID: instance.ec2InstanceID,
            agentConnected: instance.agentConnected, runningTasksCount: runningByInstance[instance.id] ?? 0,
            taskGroups: Set(groupsByInstance[instance.id] ?? []), registeredAt: ECSTime.eventString(instance.registeredAt))
    }

    /// Applies the strategy rules in order, each narrowing the candidates to its best ones.
    func choose(from fitting: [ContainerInstance], request: Request) -> ContainerInstance? {
        var pool = fitting
        for rule in request.strategy where pool.count > 1 {
            switch rule.type {
            case "binpack":
                let byMemory = rule.field?.lowercased() == "memory"
                let key: (ContainerInstance) -> Int = { byMemory ? $0.remainingMemory : $0.remainingCPU }
                let best = pool.map(key).min() ?? 0
                pool = pool.filter { key($0) == best }
            case "spread":
                let field = rule.field ?? "instanceId"
                let value: (ContainerInstance) -> String = { instance in
                    let lowered = field.lowercased()
                    if lowered == "instanceid" || lowered == "host" { return instance.id }
                    return instance.attribute(String(field.dropFirst("attribute:".count))) ?? ""
                }
                // Count this group's tasks per value over every instance, not only the fitting ones.
                var load: [String: Int] = [:]
                for instance in instances where instance.status != "INACTIVE" {
                    load[value(instance), default: 0] += (groupsByInstance[instance.id] ?? []).filter { $0 == request.group }.count
                }
                let best = pool.map { load[value($0)] ?? 0 }.min() ?? 0
                pool = pool.filter { (load[value($0)] ?? 0) == best }
            default:
                let index = random.int(in: 0...(pool.count - 1))
                pool = [pool[index]]
            }
        }
        return pool.first ?? fitting.first
    }

    /// The service event for a task no instance could take, as the scheduler words it.
    static func serviceMessage(service: String, outcome: Outcome) -> String {
        let prefix = "(service \(service)) was unable to place a task because no container instance met all of its requirements."
        let suffix = "For more information, see the Troubleshooting section of the Amazon ECS Developer Guide."
        switch outcome {
        case .placed: return ""
        case .noInstances:
            return "\(prefix) Reason: No Container Instances were found in your cluster. \(suffix)"
        case .failed(let failures):
            let closest = failures.first { $0.reason.hasPrefix("RESOURCE:") } ?? failures.first
            guard let closest else { return "\(prefix) \(suffix)" }
            let detail: String
            switch closest.reason {
            case "RESOURCE:CPU": detail = "has insufficient CPU units available."
            case "RESOURCE:MEMORY": detail = "has insufficient memory available."
            case "RESOURCE:PORTS", "RESOURCE:PORTS_UDP": detail = "is already using a port required by your task."
            case "AGENT": detail = "encountered error \"AGENT\"."
            default: detail = "is missing an attribute required by your task."
            }
            return "\(prefix) The closest matching (container-instance \(closest.instanceID)) \(detail) \(suffix)"
        }
    }
}
