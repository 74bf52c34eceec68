import JSONValue

/// A tag on an EC2 resource.
public struct EC2Tag: Sendable, Equatable {
    public var key: String
    public var value: String

    var json: JSON { ["Key": .string(key), "Value": .string(value)] }
}

/// Tags of every EC2 resource, by resource ID: CreateTags, DeleteTags, DescribeTags, and the
/// `TagSpecifications` of create calls.
extension EC2Backend {
    func tags(of id: String) -> [EC2Tag] { tagStore[id] ?? [] }

    func setTags(_ new: [EC2Tag], on id: String) {
        var current = tagStore[id] ?? []
        for tag in new {
            if let index = current.firstIndex(where: { $0.key == tag.key }) {
                current[index] = tag
            } else {
                current.append(tag)
            }
        }
        tagStore[id] = current
    }

    /// `Tags` for a describe response: present only when the resource has tags.
    func tagsJSON(_ id: String) -> JSON? {
        let tags = tags(of: id)
        return tags.isEmpty ? nil : .array(tags.map(\.json))
    }

    static func parseTags(_ value: JSON) -> [EC2Tag] {
        (value.array ?? []).compactMap { tag in
            guard let key = tag["Key"].string else { return nil }
            return EC2Tag(key: key, value: tag["Value"].string ?? "")
        }
    }

    /// The tags a create call's `TagSpecifications` give resources of `resourceType`.
    func tagSpecifications(_ input: JSON, resourceType: String) throws(AWSServiceError) -> [EC2Tag] {
        var tags: [EC2Tag] = []
        for spec in input["TagSpecifications"].array ?? [] {
            guard let type = spec["ResourceType"].string else {
                throw AWSServiceError.ec2InvalidParameterValue("Tag specification resource type must have a value")
            }
            if type == resourceType { tags += Self.parseTags(spec["Tags"]) }
        }
        return tags
    }

    func resourceType(of id: String) -> String? {
        let prefixes: [(String, String)] = [
            ("vpc-", "vpc"), ("subnet-", "subnet"), ("sg-", "security-group"), ("eni-", "network-interface"),
            ("i-", "instance"), ("lt-", "launch-template"), ("igw-", "internet-gateway"), ("rtb-", "route-table"),
            ("ami-", "image"), ("key-", "key-pair"), ("vol-", "volume"), ("dopt-", "dhcp-options"), ("acl-", "network-acl"),
        ]
        return prefixes.first { id.hasPrefix($0.0) }?.1
    }

    func resourceExists(_ id: String) -> Bool {
        vpcs.contains { $0.id == id } || subnets.contains { $0.id == id } || securityGroups.contains { $0.id == id }
            || networkInterfaces.contains { $0.id == id } || instances.contains { $0.id == id }
            || launchTemplates.contains { $0.id == id } || internetGateways.contains { $0.id == id }
            || routeTables.contains { $0.id == id } || images.contains { $0.id == id }
            || keyPairs.contains { $0.id == id } || instances.contains { $0.rootVolumeID == id } || volumes.contains { $0.id == id }
    }

    func createTags(_ input: JSON) throws(AWSServiceError) -> JSON {
        let resources = (input["Resources"].array ?? []).compactMap(\.string)
        let newTags = Self.parseTags(input["Tags"])
        for id in resources {
            guard resourceType(of: id) != nil else { throw AWSServiceError.ec2InvalidParameterValue("Invalid id: \"\(id)\"") }
            guard resourceExists(id) else {
                throw AWSServiceError.ec2("InvalidID", "The ID '\(id)' is not valid")
            }
        }
        for tag in newTags where tag.key.hasPrefix("aws:") {
            throw AWSServiceError.ec2InvalidParameterValue("Value (\(tag.key)) for parameter key is invalid. Tag keys starting with 'aws:' are reserved for internal use")
        }
        for id in resources {
            setTags(newTags, on: id)
            if tags(of: id).count > 50 {
                throw AWSServiceError.ec2("TagLimitExceeded", "The maximum number of Tags for a resource has been reached.")
            }
        }
        return [:]
    }

    func deleteTags(_ input: JSON) throws(AWSServiceError) -> JSON {
        let resources = (input["Resources"].array ?? []).compactMap(\.string)
        // A tag given without a value is deleted whatever its value; with one, only if it matches.
        let specs: [(key: String, value: String?)] = (input["Tags"].array ?? []).compactMap { tag in
            tag["Key"].string.map { ($0, tag["Value"].string) }
        }
        for id in resources {
            if input["Tags"].isNull {
                tagStore[id] = nil
                continue
            }
            tagStore[id] = tags(of: id).filter { existing in
                !specs.contains { $0.key == existing.key && ($0.value == nil || $0.value == existing.value) }
            }
        }
        return [:]
    }

    func describeTags(_ input: JSON) throws(AWSServiceError) -> JSON {
        let filters = try EC2Filter.parse(input)
        var items: [JSON] = []
        for id in tagStore.keys.sorted() {
            let type = resourceType(of: id) ?? ""
            for tag in tags(of: id) {
                let passes = try EC2Filter.matches(filters, tags: []) { name in
                    switch name {
                    case "resource-id": return [id]
                    case "resource-type": return [type]
                    case "key": return [tag.key]
                    case "value": return [tag.value]
                    default: return nil
                    }
                }
                if passes {
                    items.append(["Key": .string(tag.key), "ResourceId": .string(id), "ResourceType": .string(type),
                                  "Value": .string(tag.value)])
                }
            }
        }
        return try EC2Paging.page(items, key: "Tags", input: input)
    }
}
