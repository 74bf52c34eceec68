import JSONValue

// AWS managed policies that ECS, EC2 and EKS learners meet, with AWS's documents and metadata,
// are data: Resources/managed-policies.json, embedded at build time.
extension AWSManagedPolicies {
    static let catalogue: [Entry] = {
        guard let list = try? JSONParser.parse(String(decoding: PackageResources.managed_policies_json, as: UTF8.self)).array
        else { return [] }
        return list.compactMap { item in
            guard let name = item["name"].string, let path = item["path"].string, let version = item["version"].string,
                let created = item["created"].string, let updated = item["updated"].string,
                let document = item["document"].string
            else { return nil }
            return Entry(name: name, path: path, version: version, created: created, updated: updated,
                         description: item["description"].string, document: document)
        }
    }()
}
