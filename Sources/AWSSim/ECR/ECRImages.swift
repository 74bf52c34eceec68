import JSONValue
import SimCore

/// Images: PutImage, ListImages, DescribeImages, BatchGetImage and BatchDeleteImage.
extension ECRBackend {
    func putImage(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        let repository = try repository(request)
        let text = try request.string("imageManifest") ?? ""
        guard let manifest = ECRManifest(text) else {
            throw .ecrConstraint("imageManifest", "Invalid JSON syntax")
        }
        let tag = try request.string("imageTag")
        let digest = SHA256.digest(text)
        let missing = manifest.blobDigests.filter { repository.blobs[$0] == nil }
        guard missing.isEmpty else {
            throw .layersNotFound(missing, repository: repository.name, registry: context.accountID)
        }
        var images = repository.images
        let existing = images.firstIndex { $0.digest == digest }
        if let tag, let holder = images.firstIndex(where: { $0.tags.contains(tag) }) {
            if holder == existing {
                throw .imageAlreadyExists(digest: digest, tag: tag, repository: repository.name, registry: context.accountID)
            }
            if repository.tagMutability == "IMMUTABLE" { throw .imageTagAlreadyExists(tag, repository: repository.name) }
            images[holder].tags.removeAll { $0 == tag }
        } else if tag == nil, existing != nil {
            throw .imageAlreadyExists(digest: digest, tag: "null", repository: repository.name, registry: context.accountID)
        }
        if let existing {
            if let tag { images[existing].tags.append(tag) }
        } else {
            images.append(ECRImage(digest: digest, manifest: text, mediaType: try request.string("imageManifestMediaType") ?? manifest.mediaType,
                                   tags: tag.map { [$0] } ?? [], pushedAt: simulation.now,
                                   size: manifest.layers.reduce(0) { $0 + (repository.blobs[$1.digest]?.size ?? 0) },
                                   configDigest: manifest.config?.digest))
        }
        repositories[repository.name]?.images = images
        imageAction("PUSH", repository: repository.name, digest: digest, tag: tag)
        let stored = images.first { $0.digest == digest }
        return ["image": imageJSON(repository: repository.name, digest: digest, tag: tag, manifest: text,
                                   mediaType: stored?.mediaType ?? manifest.mediaType)]
    }

    func listImages(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        let repository = try repository(request)
        let status = try ECSInput(request["filter"]).enumValue("tagStatus", allowed: ["TAGGED", "UNTAGGED", "ANY"]) ?? "ANY"
        var ids: [JSON] = []
        for image in repository.images where Self.matches(image, tagStatus: status) {
            if image.tags.isEmpty {
                ids.append(ECRImage.identifier(digest: image.digest, tag: nil))
            } else {
                ids += image.tags.map { ECRImage.identifier(digest: image.digest, tag: $0) }
            }
        }
        return Pagination.page(ids, key: "imageIds", input: request.json, defaultLimit: 1000)
    }

    func describeImages(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        let repository = try repository(request)
        let status = try ECSInput(request["filter"]).enumValue("tagStatus", allowed: ["TAGGED", "UNTAGGED", "ANY"]) ?? "ANY"
        var selected: [ECRImage] = []
        if let ids = try request.objects("imageIds") {
            for id in ids {
                let (digest, tag) = try identifier(id)
                guard let index = find(repository, digest: digest, tag: tag) else {
                    throw .imageNotFound(digest: digest, tag: tag, repository: repository.name, registry: context.accountID)
                }
                if !selected.contains(where: { $0.digest == repository.images[index].digest }) {
                    selected.append(repository.images[index])
                }
            }
        } else {
            selected = repository.images.filter { Self.matches($0, tagStatus: status) }
        }
        let details = selected.map { image -> JSON in
            var detail = JSONObject()
            detail["registryId"] = .string(context.accountID)
            detail["repositoryName"] = .string(repository.name)
            detail["imageDigest"] = .string(image.digest)
            if !image.tags.isEmpty { detail["imageTags"] = .array(image.tags.map { .string($0) }) }
            detail["imageSizeInBytes"] = .int(Int(image.size))
            detail["imagePushedAt"] = EpochJSON.seconds(image.pushedAt)
            detail["imageManifestMediaType"] = .string(image.mediaType)
            detail["artifactMediaType"] = .string(ECRManifest.dockerConfig)
            return .object(detail)
        }
        return Pagination.page(details, key: "imageDetails", input: request.json, defaultLimit: 1000)
    }

    func batchGetImage(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        let repository = try repository(request)
        var images: [JSON] = []
        var failures: [JSON] = []
        for id in try request.objects("imageIds") ?? [] {
            let (digest, tag) = try identifier(id)
            guard let index = find(repository, digest: digest, tag: tag) else {
                failures.append(Self.failure(id, code: "ImageNotFound", reason: "Requested image not found"))
                continue
            }
            let image = repository.images[index]
            images.append(imageJSON(repository: repository.name, digest: image.digest, tag: tag, manifest: image.manifest,
                                    mediaType: image.mediaType))
        }
        return ["images": .array(images), "failures": .array(failures)]
    }

    func batchDeleteImage(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        let repository = try repository(request)
        var images = repository.images
        var deleted: [JSON] = []
        var failures: [JSON] = []
        for id in try request.objects("imageIds") ?? [] {
            let (digest, tag) = try identifier(id)
            guard let index = images.firstIndex(where: { image in
                (digest.map { image.digest == $0 } ?? true) && (tag.map { image.tags.contains($0) } ?? true)
            }), digest != nil || tag != nil else {
                failures.append(Self.failure(id, code: "ImageNotFound", reason: "Requested image not found"))
                continue
            }
            if let tag, digest == nil {
                // A tag goes alone; the image goes with its last tag.
                images[index].tags.removeAll { $0 == tag }
                deleted.append(ECRImage.identifier(digest: images[index].digest, tag: tag))
                if images[index].tags.isEmpty { images.remove(at: index) }
            } else {
                let image = images.remove(at: index)
                if image.tags.isEmpty {
                    deleted.append(ECRImage.identifier(digest: image.digest, tag: nil))
                } else {
                    deleted += image.tags.map { ECRImage.identifier(digest: image.digest, tag: $0) }
                }
            }
        }
        repositories[repository.name]?.images = images
        for id in deleted {
            imageAction("DELETE", repository: repository.name, digest: id["imageDigest"].string ?? "", tag: id["imageTag"].string)
        }
        return ["imageIds": .array(deleted), "failures": .array(failures)]
    }

    // MARK: Helpers

    func imageJSON(repository: String, digest: String, tag: String?, manifest: String, mediaType: String) -> JSON {
        ["registryId": .string(context.accountID), "repositoryName": .string(repository),
         "imageId": ECRImage.identifier(digest: digest, tag: tag), "imageManifest": .string(manifest),
         "imageManifestMediaType": .string(mediaType)]
    }

    /// An `ImageIdentifier`'s digest and tag.
    func identifier(_ id: JSON) throws(AWSServiceError) -> (digest: String?, tag: String?) {
        let entry = ECSInput(id)
        return (try entry.string("imageDigest"), try entry.string("imageTag"))
    }

    /// The image with this digest and tag (either may be nil, not both).
    func find(_ repository: ECRRepository, digest: String?, tag: String?) -> Int? {
        guard digest != nil || tag != nil else { return nil }
        return repository.images.firstIndex { image in
            (digest.map { image.digest == $0 } ?? true) && (tag.map { image.tags.contains($0) } ?? true)
        }
    }

    static func matches(_ image: ECRImage, tagStatus: String) -> Bool {
        switch tagStatus {
        case "TAGGED": return !image.tags.isEmpty
        case "UNTAGGED": return image.tags.isEmpty
        default: return true
        }
    }

    static func failure(_ id: JSON, code: String, reason: String) -> JSON {
        ["imageId": id, "failureCode": .string(code), "failureReason": .string(reason)]
    }
}
