import JSONValue
import SimCore

/// Lifecycle policies: PutLifecyclePolicy, GetLifecyclePolicy, DeleteLifecyclePolicy, their
/// previews, and the daily pass that expires what a policy selects. ECR applies a policy once
/// a day; here the first pass comes 24 hours after the policy is put.
extension ECRBackend {
    static let lifecyclePeriod = SimDuration.hours(24)
    /// How long a preview takes before it is COMPLETE.
    static let previewDuration = SimDuration.seconds(Int64(10))

    func putLifecyclePolicy(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        let repository = try repository(request)
        let text = try request.string("lifecyclePolicyText") ?? ""
        _ = try ECRLifecyclePolicy.parse(text).get()
        lifecyclePuts += 1
        repositories[repository.name]?.lifecyclePolicy = text
        repositories[repository.name]?.lifecycleID = lifecyclePuts
        scheduleLifecyclePass(repository.name, id: lifecyclePuts)
        return ["registryId": .string(context.accountID), "repositoryName": .string(repository.name),
                "lifecyclePolicyText": .string(text)]
    }

    func getLifecyclePolicy(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        let repository = try repository(request)
        guard let text = repository.lifecyclePolicy else { throw .lifecyclePolicyNotFound(repository.name, registry: context.accountID) }
        var output = JSONObject([("registryId", .string(context.accountID)), ("repositoryName", .string(repository.name)),
                                 ("lifecyclePolicyText", .string(text))])
        if let evaluated = repository.lifecycleEvaluatedAt { output["lastEvaluatedAt"] = EpochJSON.millis(evaluated) }
        return .object(output)
    }

    func deleteLifecyclePolicy(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        let output = try getLifecyclePolicy(request)
        let name = try repository(request).name
        repositories[name]?.lifecyclePolicy = nil
        repositories[name]?.lifecycleID = 0
        return output
    }

    func startLifecyclePolicyPreview(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        let repository = try repository(request)
        guard let text = try request.string("lifecyclePolicyText") ?? repository.lifecyclePolicy else {
            throw .lifecyclePolicyNotFound(repository.name, registry: context.accountID)
        }
        _ = try ECRLifecyclePolicy.parse(text).get()
        repositories[repository.name]?.preview = (text, simulation.now)
        return ["registryId": .string(context.accountID), "repositoryName": .string(repository.name),
                "lifecyclePolicyText": .string(text), "status": "IN_PROGRESS"]
    }

    func getLifecyclePolicyPreview(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        let repository = try repository(request)
        guard let (text, started) = repository.preview else {
            throw AWSServiceError(code: "LifecyclePolicyPreviewNotFoundException",
                                  message: "There is no preview in progress or completed for the repository with name '\(repository.name)' in the registry with id '\(context.accountID)'")
        }
        var output = JSONObject([("registryId", .string(context.accountID)), ("repositoryName", .string(repository.name)),
                                 ("lifecyclePolicyText", .string(text))])
        guard simulation.now >= started + Self.previewDuration, case .success(let policy) = ECRLifecyclePolicy.parse(text) else {
            output["status"] = "IN_PROGRESS"
            output["previewResults"] = []
            return .object(output)
        }
        let expiring = policy.expiring(repository.images, now: started)
        output["status"] = "COMPLETE"
        output["previewResults"] = .array(expiring.map { entry in
            var result = JSONObject()
            if !entry.image.tags.isEmpty { result["imageTags"] = .array(entry.image.tags.map { .string($0) }) }
            result["imageDigest"] = .string(entry.image.digest)
            result["imagePushedAt"] = EpochJSON.seconds(entry.image.pushedAt)
            result["action"] = ["type": "EXPIRE"]
            result["appliedRulePriority"] = .int(entry.priority)
            return .object(result)
        })
        output["summary"] = ["expiringImageTotalCount": .int(expiring.count)]
        return .object(output)
    }

    /// Runs the policy's daily pass while it stays the repository's policy.
    func scheduleLifecyclePass(_ name: String, id: Int) {
        _ = simulation.schedule(after: Self.lifecyclePeriod) { [weak self] in
            guard let self, let repository = self.repositories[name], repository.lifecycleID == id,
                let text = repository.lifecyclePolicy, case .success(let policy) = ECRLifecyclePolicy.parse(text)
            else { return }
            let doomed = Set(policy.expiring(repository.images, now: self.simulation.now).map(\.image.digest))
            self.repositories[name]?.images.removeAll { doomed.contains($0.digest) }
            self.repositories[name]?.lifecycleEvaluatedAt = self.simulation.now
            self.scheduleLifecyclePass(name, id: id)
        }
    }
}
