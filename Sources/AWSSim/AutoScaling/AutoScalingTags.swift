import JSONValue

/// Group tags: CreateOrUpdateTags, DeleteTags, DescribeTags. Tags with `PropagateAtLaunch`
/// are copied onto the instances the group launches.
extension AutoScalingBackend {
    func createOrUpdateTags(_ input: JSON) throws(AWSServiceError) -> JSON {
        for tag in input["Tags"].array ?? [] {
            let name = tag["ResourceId"].string
            _ = try existingGroup(name)
            guard let key = tag["Key"].string, let name else { continue }
            let new = AutoScalingGroup.Tag(key: key, value: tag["Value"].string ?? "", propagateAtLaunch: tag["PropagateAtLaunch"].bool ?? false)
            update(name) { group in
                if let index = group.tags.firstIndex(where: { $0.key == key }) { group.tags[index] = new } else { group.tags.append(new) }
            }
        }
        return [:]
    }

    func deleteTags(_ input: JSON) throws(AWSServiceError) -> JSON {
        for tag in input["Tags"].array ?? [] {
            guard let name = tag["ResourceId"].string, let key = tag["Key"].string else { continue }
            _ = try existingGroup(name)
            update(name) { $0.tags.removeAll { $0.key == key } }
        }
        return [:]
    }

    func describeTags(_ input: JSON) throws(AWSServiceError) -> JSON {
        let filters = try EC2Filter.parse(input)
        var items: [JSON] = []
        for group in groups {
            for tag in group.tags {
                let passes = try EC2Filter.matches(filters, tags: []) { name in
                    switch name {
                    case "auto-scaling-group": return [group.name]
                    case "key": return [tag.key]
                    case "value": return [tag.value]
                    case "propagate-at-launch": return [tag.propagateAtLaunch.filterValue]
                    default: return nil
                    }
                }
                if passes { items.append(tagJSON(tag, group: group.name)) }
            }
        }
        return try AutoScalingPaging.page(items, key: "Tags", input: input, defaultLimit: 50)
    }
}
