import JSONValue

/// RegisterTaskDefinition, DescribeTaskDefinition, ListTaskDefinitions,
/// ListTaskDefinitionFamilies, DeregisterTaskDefinition and DeleteTaskDefinitions.
extension ECSBackend {
    func registerTaskDefinition(_ input: JSON) throws(AWSServiceError) -> JSON {
        let family = input["family"].string ?? ""
        let revision = (taskDefinitions[family]?.count ?? 0) + 1
        let definition = try TaskDefinitionRegistration(input).build(
            revision: revision, arn: { self.context.arn("ecs", $0) }, now: simulation.now, registeredBy: callerArn())
        if taskDefinitions[family] == nil { taskDefinitions[family] = [] }
        taskDefinitions[family]?.append(definition)
        var output: JSON = ["taskDefinition": definition.json]
        if !definition.tags.isEmpty { output["tags"] = definition.tags.json }
        return output
    }

    func describeTaskDefinition(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        let reference = try request.requiredString("taskDefinition")
        guard let definition = taskDefinition(reference, activeOnlyForFamily: true) else {
            throw .taskDefinitionUndescribable
        }
        let include = try request.strings("include") ?? []
        return ["taskDefinition": definition.json, "tags": include.contains("TAGS") ? definition.tags.json : .array([])]
    }

    func listTaskDefinitions(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        let family = try request.string("familyPrefix")
        let status = try request.enumValue("status", allowed: ["ACTIVE", "INACTIVE", "DELETE_IN_PROGRESS"]) ?? "ACTIVE"
        let sort = try request.enumValue("sort", allowed: ["ASC", "DESC"]) ?? "ASC"
        var arns: [JSON] = []
        for name in taskDefinitions.keys.sorted() where family == nil || family == name {
            for definition in taskDefinitions[name] ?? [] where definition.status == status {
                arns.append(.string(definition.arn))
            }
        }
        if sort == "DESC" { arns.reverse() }
        return Pagination.page(arns, key: "taskDefinitionArns", input: input)
    }

    func listTaskDefinitionFamilies(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        let prefix = try request.string("familyPrefix") ?? ""
        let status = try request.enumValue("status", allowed: ["ACTIVE", "INACTIVE", "ALL"]) ?? "ALL"
        var families: [JSON] = []
        for name in taskDefinitions.keys.sorted() where name.hasPrefix(prefix) {
            let revisions = taskDefinitions[name] ?? []
            let hasActive = revisions.contains { $0.status == "ACTIVE" }
            let include: Bool
            switch status {
            case "ACTIVE": include = hasActive
            case "INACTIVE": include = !hasActive
            default: include = true
            }
            if include { families.append(.string(name)) }
        }
        return Pagination.page(families, key: "families", input: input)
    }

    func deregisterTaskDefinition(_ input: JSON) throws(AWSServiceError) -> JSON {
        let reference = try ECSInput(input).requiredString("taskDefinition")
        guard reference.contains(":") || reference.hasPrefix("arn:") else {
            throw .ecsClient("Invalid revision number. Number: \(reference)")
        }
        guard var definition = taskDefinition(reference, activeOnlyForFamily: false),
            definition.status != "DELETE_IN_PROGRESS"
        else {
            throw .ecsClient("The specified task definition does not exist.")
        }
        if definition.status == "ACTIVE" {
            definition.status = "INACTIVE"
            definition.deregisteredAt = simulation.now
            store(definition)
        }
        return ["taskDefinition": definition.json]
    }

    func deleteTaskDefinitions(_ input: JSON) throws(AWSServiceError) -> JSON {
        guard let references = try ECSInput(input).strings("taskDefinitions"), !references.isEmpty else {
            throw .ecsInvalidParameter("taskDefinitions can not be blank.")
        }
        var deleted: [JSON] = []
        var failures: [JSON] = []
        for reference in references {
            guard reference.contains(":"), var definition = taskDefinition(reference, activeOnlyForFamily: false) else {
                failures.append(["arn": .string(reference), "reason": "The specified task definition does not exist."])
                continue
            }
            guard definition.status != "ACTIVE" else {
                failures.append(["arn": .string(definition.arn),
                                 "reason": "The specified task definition is still in ACTIVE status. Please deregister the target and try again."])
                continue
            }
            if definition.status == "INACTIVE" {
                definition.status = "DELETE_IN_PROGRESS"
                definition.deleteRequestedAt = simulation.now
                store(definition)
            }
            deleted.append(definition.json)
        }
        return ["taskDefinitions": .array(deleted), "failures": .array(failures)]
    }

    /// Finds a revision by `family` (its latest ACTIVE revision), `family:revision` or ARN.
    func taskDefinition(_ reference: String, activeOnlyForFamily: Bool) -> TaskDefinition? {
        var text = reference
        if text.hasPrefix("arn:") {
            guard let slash = text.firstIndex(of: "/"), text.contains(":task-definition/") else { return nil }
            text = String(text[text.index(after: slash)...])
        }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard let familyPart = parts.first else { return nil }
        let revisions = taskDefinitions[String(familyPart)] ?? []
        if parts.count == 1 {
            return revisions.last { !activeOnlyForFamily || $0.status == "ACTIVE" }
        }
        guard parts.count == 2, let revision = Int(parts[1]), revision >= 1, revision <= revisions.count else {
            return nil
        }
        return revisions[revision - 1]
    }

    func store(_ definition: TaskDefinition) {
        guard var revisions = taskDefinitions[definition.family], definition.revision >= 1,
            definition.revision <= revisions.count
        else { return }
        revisions[definition.revision - 1] = definition
        taskDefinitions[definition.family] = revisions
    }
}
