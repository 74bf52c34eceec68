import JSONValue

/// TagResource, UntagResource and ListTagsForResource, for every taggable ECS resource.
extension ECSBackend {
    private enum Taggable {
        case cluster(String), service(String), task(String), taskDefinition(String, Int)
        case capacityProvider(String), containerInstance(String)
    }

    private func taggable(_ arn: String) throws(AWSServiceError) -> Taggable {
        guard arn.hasPrefix("arn:aws:ecs:"), let slash = arn.firstIndex(of: "/") else {
            throw .ecsInvalidParameter("The ARN provided is invalid.")
        }
        let kind = arn[..<slash].split(separator: ":").last.map(String.init) ?? ""
        let path = String(arn[arn.index(after: slash)...])
        let notFound = AWSServiceError.ecsResourceNotFound("The specified resource could not be found.")
        switch kind {
        case "cluster":
            guard clusters[path]?.status == "ACTIVE" else { throw notFound }
            return .cluster(path)
        case "service":
            guard services[path] != nil else { throw notFound }
            return .service(path)
        case "task":
            let id = ECSResourceName.lastSegment(arn)
            guard tasks[id] != nil else { throw notFound }
            return .task(id)
        case "task-definition":
            guard let definition = taskDefinition(path, activeOnlyForFamily: false), path.contains(":") else { throw notFound }
            return .taskDefinition(definition.family, definition.revision)
        case "capacity-provider":
            guard capacityProviders[path] != nil else { throw notFound }
            return .capacityProvider(path)
        case "container-instance":
            let id = ECSResourceName.lastSegment(arn)
            guard containerInstances[id] != nil else { throw notFound }
            return .containerInstance(id)
        default:
            throw .ecsInvalidParameter("The ARN provided is invalid.")
        }
    }

    private func tags(of resource: Taggable) -> [ECSTag] {
        switch resource {
        case .cluster(let name): return clusters[name]?.tags ?? []
        case .service(let key): return services[key]?.tags ?? []
        case .task(let id): return tasks[id]?.tags ?? []
        case .taskDefinition(let family, let revision):
            return taskDefinitions[family].flatMap { $0.indices.contains(revision - 1) ? $0[revision - 1].tags : nil } ?? []
        case .capacityProvider(let name): return capacityProviders[name]?.tags ?? []
        case .containerInstance(let id): return containerInstances[id]?.tags ?? []
        }
    }

    private func setTags(_ tags: [ECSTag], on resource: Taggable) {
        switch resource {
        case .cluster(let name): clusters[name]?.tags = tags
        case .service(let key): services[key]?.tags = tags
        case .task: break
        case .taskDefinition(let family, let revision):
            guard var revisions = taskDefinitions[family], revisions.indices.contains(revision - 1) else { return }
            revisions[revision - 1].tags = tags
            taskDefinitions[family] = revisions
        case .capacityProvider(let name): capacityProviders[name]?.tags = tags
        case .containerInstance(let id): containerInstances[id]?.tags = tags
        }
    }

    func tagResource(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        let resource = try taggable(request.requiredString("resourceArn"))
        var current = tags(of: resource)
        for tag in try request.tags() {
            current.removeAll { $0.key == tag.key }
            current.append(tag)
        }
        guard current.count <= 50 else { throw .ecsInvalidParameter("A resource can have at most 50 tags.") }
        if case .task(let id) = resource { tasks[id]?.tags = current } else { setTags(current, on: resource) }
        return [:]
    }

    func untagResource(_ input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        let resource = try taggable(request.requiredString("resourceArn"))
        let keys = try request.strings("tagKeys") ?? []
        let remaining = tags(of: resource).filter { !keys.contains($0.key) }
        if case .task(let id) = resource { tasks[id]?.tags = remaining } else { setTags(remaining, on: resource) }
        return [:]
    }

    func listTagsForResource(_ input: JSON) throws(AWSServiceError) -> JSON {
        let resource = try taggable(ECSInput(input).requiredString("resourceArn"))
        return ["tags": tags(of: resource).json]
    }
}
