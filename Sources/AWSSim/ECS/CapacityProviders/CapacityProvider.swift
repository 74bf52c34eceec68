import JSONValue

/// A capacity provider: the built-in FARGATE and FARGATE_SPOT, or one backed by an Auto
/// Scaling group of container instances.
struct CapacityProvider {
    struct ManagedScaling {
        var status: String
        var targetCapacity: Int
        var minimumScalingStepSize: Int
        var maximumScalingStepSize: Int
        var instanceWarmupPeriod: Int

        var json: JSON {
            ["status": .string(status), "targetCapacity": .int(targetCapacity),
             "minimumScalingStepSize": .int(minimumScalingStepSize),
             "maximumScalingStepSize": .int(maximumScalingStepSize), "instanceWarmupPeriod": .int(instanceWarmupPeriod)]
        }
    }

    var name: String
    var arn: String
    var status: String
    var type: String
    var autoScalingGroupArn: String?
    var managedScaling: ManagedScaling?
    var managedTerminationProtection: String?
    var managedDraining: String?
    var updateStatus: String?
    var tags: [ECSTag]

    static let fargateNames = ["FARGATE", "FARGATE_SPOT"]

    var isFargate: Bool { Self.fargateNames.contains(name) }

    /// The Auto Scaling group's name, the last part of its ARN.
    var autoScalingGroupName: String? {
        guard let arn = autoScalingGroupArn else { return nil }
        guard let range = arn.firstRange(of: "autoScalingGroupName/") else { return arn }
        return String(arn[range.upperBound...])
    }

    /// The `CapacityProvider` shape in model order; tags only when asked for.
    func json(includeTags: Bool) -> JSON {
        var object = JSONObject()
        object["capacityProviderArn"] = .string(arn)
        object["name"] = .string(name)
        object["status"] = .string(status)
        if let autoScalingGroupArn {
            var provider = JSONObject()
            provider["autoScalingGroupArn"] = .string(autoScalingGroupArn)
            provider["managedScaling"] = managedScaling?.json
            provider["managedTerminationProtection"] = managedTerminationProtection.map(JSON.string)
            provider["managedDraining"] = managedDraining.map(JSON.string)
            object["autoScalingGroupProvider"] = .object(provider)
        }
        object["updateStatus"] = updateStatus.map(JSON.string)
        object["tags"] = includeTags ? tags.json : .array([])
        object["type"] = .string(type)
        return .object(object)
    }
}

/// One item of a capacity provider strategy.
struct CapacityProviderStrategyItem: Equatable {
    var capacityProvider: String
    var weight: Int
    var base: Int

    var json: JSON {
        ["capacityProvider": .string(capacityProvider), "weight": .int(weight), "base": .int(base)]
    }

    /// Parses and checks a strategy as ECS does (weights 0–1000, bases 0–100000, at most one
    /// base, at most 20 items, at least one positive weight).
    static func parse(_ items: [JSON]) throws(AWSServiceError) -> [CapacityProviderStrategyItem] {
        guard items.count <= 20 else {
            throw .ecsInvalidParameter("The specified capacity provider strategy cannot contain more than 20 capacity providers.")
        }
        var strategy: [CapacityProviderStrategyItem] = []
        for item in items {
            let entry = ECSInput(item)
            guard let name = try entry.string("capacityProvider"), !name.isEmpty else {
                throw .ecsInvalidParameter("The capacity provider strategy is missing a capacity provider name.")
            }
            let weight = try entry.int("weight") ?? 0
            let base = try entry.int("base") ?? 0
            guard (0...1000).contains(weight) else {
                throw .ecsInvalidParameter("The specified capacity provider strategy weight is invalid. The weight must be between 0 and 1000.")
            }
            guard (0...100_000).contains(base) else {
                throw .ecsInvalidParameter("The specified capacity provider strategy base is invalid. The base must be between 0 and 100000.")
            }
            guard !strategy.contains(where: { $0.capacityProvider == name }) else {
                throw .ecsInvalidParameter("The specified capacity provider strategy cannot contain duplicate capacity providers.")
            }
            strategy.append(.init(capacityProvider: name, weight: weight, base: base))
        }
        if strategy.filter({ $0.base > 0 }).count > 1 {
            throw .ecsInvalidParameter("The specified capacity provider strategy cannot specify a base for more than one capacity provider.")
        }
        if !strategy.isEmpty, !strategy.contains(where: { $0.weight > 0 }) {
            throw .ecsInvalidParameter("The specified capacity provider strategy must contain at least one capacity provider with a weight greater than zero.")
        }
        return strategy
    }

    /// Which provider each of `count` new tasks goes to, given how many tasks each provider
    /// already holds: bases are filled first, then the rest follows the weights.
    static func assign(_ count: Int, strategy: [CapacityProviderStrategyItem], existing: [String: Int] = [:]) -> [String] {
        guard !strategy.isEmpty else { return [] }
        var held = existing
        var result: [String] = []
        for _ in 0..<max(0, count) {
            if let basic = strategy.first(where: { $0.base > (held[$0.capacityProvider] ?? 0) }) {
                held[basic.capacityProvider, default: 0] += 1
                result.append(basic.capacityProvider)
                continue
            }
            var best: CapacityProviderStrategyItem?
            var bestLoad = Double.infinity
            for item in strategy where item.weight > 0 {
                let beyondBase = Double((held[item.capacityProvider] ?? 0) - item.base)
                let load = (beyondBase + 1) / Double(item.weight)
                if load < bestLoad {
                    bestLoad = load
                    best = item
                }
            }
            guard let chosen = best else { break }
            held[chosen.capacityProvider, default: 0] += 1
            result.append(chosen.capacityProvider)
        }
        return result
    }
}
