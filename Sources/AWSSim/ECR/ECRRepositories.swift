import JSONValue
import SimCore

/// Repositories: CreateRepository, DescribeRepositories, DeleteRepository, their settings and tags.
extension ECRBackend {
    func createRepository(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        let name = try request.string("repositoryName") ?? ""
        guard ECRNames.isValid(name) else {
            throw .ecrConstraint("repositoryName", "must satisfy regular expression '\(ECRNames.pattern)'")
        }
        guard repositories[name] == nil else { throw .repositoryAlreadyExists(name, registry: context.accountID) }
        let mutability = try request.enumValue("imageTagMutability", allowed: ["MUTABLE", "IMMUTABLE"]) ?? "MUTABLE"
        let scanOnPush = try ECSInput(request["imageScanningConfiguration"]).bool("scanOnPush") ?? false
        let encryption = ECSInput(request["encryptionConfiguration"])
        let encryptionType = try encryption.enumValue("encryptionType", allowed: ["AES256", "KMS", "KMS_DSSE"]) ?? "AES256"
        // With KMS and no key named, ECR uses the account's AWS managed key for ECR.
        var kmsKey: String? = nil
        if encryptionType != "AES256" {
            kmsKey = try encryption.string("kmsKey") ?? context.arn("kms", "key/" + simulation.random.stream("ecr-kms").uuid())
        }
        let repository = ECRRepository(name: name, createdAt: simulation.now, tagMutability: mutability,
                                       scanOnPush: scanOnPush, encryptionType: encryptionType, kmsKey: kmsKey,
                                       tags: try tags(request))
        repositories[name] = repository
        return ["repository": repository.json(context)]
    }

    func describeRepositories(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        let registry = try request.string("registryId") ?? context.accountID
        var selected: [ECRRepository]
        if let names = try request.strings("repositoryNames") {
            selected = []
            for name in names {
                guard registry == context.accountID, let repository = repositories[name] else {
                    throw .repositoryNotFound(name, registry: registry)
                }
                selected.append(repository)
            }
        } else {
            selected = registry == context.accountID ? repositories.values.sorted { $0.name < $1.name } : []
        }
        return Pagination.page(selected.map { $0.json(context) }, key: "repositories", input: request.json,
                               defaultLimit: 1000)
    }

    func deleteRepository(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        let repository = try repository(request)
        if !repository.images.isEmpty, try request.bool("force") != true {
            throw .repositoryNotEmpty(repository.name, registry: context.accountID)
        }
        repositories[repository.name] = nil
        return ["repository": repository.json(context)]
    }

    func putImageTagMutability(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        let repository = try repository(request)
        guard let mutability = try request.enumValue("imageTagMutability", allowed: ["MUTABLE", "IMMUTABLE"]) else {
            throw .ecrInvalidParameter("1 validation error detected: Value null at 'imageTagMutability' failed to satisfy constraint: Member must not be null")
        }
        repositories[repository.name]?.tagMutability = mutability
        return ["registryId": .string(context.accountID), "repositoryName": .string(repository.name),
                "imageTagMutability": .string(mutability)]
    }

    func putImageScanningConfiguration(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        let repository = try repository(request)
        let scanOnPush = try ECSInput(request["imageScanningConfiguration"]).bool("scanOnPush") ?? false
        repositories[repository.name]?.scanOnPush = scanOnPush
        return ["registryId": .string(context.accountID), "repositoryName": .string(repository.name),
                "imageScanningConfiguration": ["scanOnPush": .bool(scanOnPush)]]
    }

    // MARK: Tags

    func tags(_ request: ECSInput) throws(AWSServiceError) -> [ECRTag] {
        var tags: [ECRTag] = []
        for item in try request.objects("tags") ?? [] {
            let entry = ECSInput(item)
            let key = try entry.string("Key") ?? ""
            guard (1...128).contains(key.count) else {
                throw .ecrInvalidParameter("Invalid parameter at 'tags' failed to satisfy constraint: 'Tag keys must be between 1 and 128 characters in length'")
            }
            tags.removeAll { $0.key == key }
            tags.append(ECRTag(key: key, value: try entry.string("Value") ?? ""))
        }
        return tags
    }

    /// The repository a resource ARN names (`arn:aws:ecr:<region>:<account>:repository/<name>`).
    func repositoryName(arn request: ECSInput) throws(AWSServiceError) -> String {
        let arn = try request.string("resourceArn") ?? ""
        let prefix = context.arn("ecr", "repository/")
        guard arn.hasPrefix(prefix) else {
            throw .ecrInvalidParameter("Invalid parameter at 'resourceArn' failed to satisfy constraint: 'Invalid ARN'")
        }
        let name = String(arn.dropFirst(prefix.count))
        guard repositories[name] != nil else { throw .repositoryNotFound(name, registry: context.accountID) }
        return name
    }

    func tagResource(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        let name = try repositoryName(arn: request)
        for tag in try tags(request) {
            repositories[name]?.tags.removeAll { $0.key == tag.key }
            repositories[name]?.tags.append(tag)
        }
        return [:]
    }

    func untagResource(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        let name = try repositoryName(arn: request)
        let keys = Set(try request.strings("tagKeys") ?? [])
        repositories[name]?.tags.removeAll { keys.contains($0.key) }
        return [:]
    }

    func listTagsForResource(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        let name = try repositoryName(arn: request)
        return ["tags": .array((repositories[name]?.tags ?? []).map(\.json))]
    }
}
