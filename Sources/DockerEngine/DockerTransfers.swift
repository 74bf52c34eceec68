import AWSSim
import ContainerImages
import JSONValue
import SimCore

/// `docker pull` and `docker push`: what moves, layer by layer, for the CLI to report.
extension DockerEngine {
    public struct PullResult: Sendable {
        /// `1.27` (or a pinned digest): what the first line names.
        public var tag: String
        /// `library/nginx`: the repository path the first line names.
        public var path: String
        /// `nginx:1.27`, and `docker.io/library/nginx:1.27` (the last line).
        public var familiar: String
        public var canonical: String
        public var layers: [DockerLayer]
        /// Layers some local image holds already (`Already exists`).
        public var present: Set<String>
        public var digest: String
        /// The image was already here under this name.
        public var upToDate: Bool
        /// No tag was given (`Using default tag: latest`).
        public var defaultTag: Bool
    }

    public func pull(_ name: String) throws(DockerError) -> PullResult {
        let reference = ImageReference(name)
        guard reference.isValid else { throw .invalidReference(name) }
        let tag = reference.tag ?? "latest"
        // A digest without a tag pins the image: it is named by the digest, and gets no tag.
        let pinned = reference.tag == nil ? reference.digest : nil
        let familiar = pinned.map { FamiliarName.repository(reference) + "@" + $0 } ?? FamiliarName.tagged(reference)
        let ecr = aws.ecr(forRegistryHost: reference.registry)
        if let ecr {
            switch credentials(for: reference.registry, ecr) {
            case .missing:
                throw .noBasicAuthCredentials(url: "https://\(reference.registry)/v2/\(reference.repository)/manifests/\(pinned ?? tag)")
            case .expired:
                throw .pullDenied(reference.normalizedName, reason: Self.expiredToken)
            case .valid:
                break
            }
        }
        switch registry.resolve(reference) {
        case .found(let resolved):
            var image: DockerImage
            if let ecr, let pushed = ecr.pulledImage(repository: reference.repository, digest: resolved.digest) {
                image = DockerImage.fromRegistry(source: pushed.recipe.base, compressed: resolved.size, start: start)
                image.layers = pushed.layers.map { DockerLayer(digest: $0.digest, size: $0.size) }
                image.recipe = pushed.recipe
                image.id = pushed.config
            } else {
                // Named by its tag, so a pull by digest finds the same image as one by tag.
                image = DockerImage.fromRegistry(source: "\(reference.normalizedName):\(resolved.tag)", compressed: resolved.size,
                                                 start: start)
            }
            let upToDate = images.contains { $0.id == image.id && ($0.repoTags + $0.repoDigests).contains(familiar) }
            let present = Set(images.flatMap { $0.layers.map(\.digest) })
            if let ecr {
                let configNeeded = !images.contains { $0.id == image.id }
                let blobs = (configNeeded ? [image.id] : []) + image.layers.map(\.digest).filter { !present.contains($0) }
                aws.recordPull(repository: reference.repository, reference: pinned ?? tag, blobs: blobs, region: ecr.region)
            }
            store(image, name: pinned == nil ? familiar : nil, repoDigest: FamiliarName.repository(reference) + "@" + resolved.digest)
            return PullResult(tag: pinned ?? tag, path: reference.repository, familiar: familiar,
                              canonical: reference.normalizedName + (pinned.map { "@" + $0 } ?? ":" + tag), layers: image.layers,
                              present: present, digest: resolved.digest, upToDate: upToDate,
                              defaultTag: reference.tag == nil && pinned == nil)
        case .tagNotFound:
            throw .manifestUnknown(familiar, reason: ecr == nil ? "manifest unknown" : "Requested image not found")
        case .repositoryNotFound, .invalidReference:
            if let ecr {
                throw .repositoryUnknown(reference.normalizedName, reason: "The repository with name '\(reference.repository)' does not exist in the registry with id '\(aws.accountID)'")
            }
            throw .pullDenied(FamiliarName.repository(reference), reason: "requested access to the resource is denied")
        }
    }

    public struct PushResult: Sendable {
        /// `[123456789012.dkr.ecr.us-east-1.amazonaws.com/web]`'s name.
        public var repository: String
        /// Layers top first, as the push lists them, and whether each was there already.
        public var layers: [(id: String, existed: Bool)] = []
        public var tag: String
        /// No tag was given (`Using default tag: latest`).
        public var defaultTag: Bool
        public var digest = ""
        public var manifestSize = 0
        /// Set when the push failed, after the lines printed before it.
        public var refusal: DockerError?
    }

    /// ECR's word for a login whose token has run out.
    static let expiredToken = "Your authorization token has expired. Reauthenticate and try again."

    enum Credentials { case missing, expired, valid }

    /// Whether the login stored for an ECR registry still holds.
    func credentials(for host: String, _ ecr: ECRBackend) -> Credentials {
        guard let stored = logins[host] else { return .missing }
        let password = String(stored.drop { $0 != ":" }.dropFirst())
        return ecr.accepts(username: String(stored.prefix { $0 != ":" }), password: password) ? .valid : .expired
    }

    /// `docker push NAME`: to the account's ECR registries, through the same API the Docker
    /// client uses (layers first, then PutImage, which CloudTrail records).
    public func push(_ name: String) throws(DockerError) -> PushResult {
        let reference = ImageReference(name)
        guard reference.isValid else { throw .invalidReference(name) }
        let tag = reference.tag ?? "latest"
        var result = PushResult(repository: reference.normalizedName, tag: tag, defaultTag: reference.tag == nil)
        guard let image = images.first(where: { $0.repoTags.contains(FamiliarName.tagged(reference)) }) else {
            result.refusal = .notLocal(FamiliarName.repository(reference))
            return result
        }
        let diffIDs = image.layers.reversed().map { String(SHA256.digest("\($0.digest) diff").dropFirst(7).prefix(12)) }
        result.layers = diffIDs.map { ($0, false) }
        guard let ecr = aws.ecr(forRegistryHost: reference.registry) else {
            result.refusal = .pushRefused("Shipyard's Docker pushes to the account's ECR registries only, not to \(reference.registry).")
            return result
        }
        switch credentials(for: reference.registry, ecr) {
        case .missing:
            result.refusal = .noBasicAuthCredentials(url: nil)
            return result
        case .expired:
            result.refusal = .pushRefused("denied: " + Self.expiredToken)
            return result
        case .valid:
            break
        }
        guard ecr.hasRepository(reference.repository) else {
            result.refusal = .pushRefused("name unknown: The repository with name '\(reference.repository)' does not exist in the registry with id '\(aws.accountID)'")
            return result
        }
        let region = ecr.region
        let check = try? aws.registryCall("BatchCheckLayerAvailability",
                                          input: ["repositoryName": .string(reference.repository),
                                                  "layerDigests": .array((image.layers.map(\.digest) + [image.id]).map { .string($0) })],
                                          region: region)
        let present = Set((check?["layers"].array ?? []).compactMap { $0["layerDigest"].string })
        result.layers = zip(diffIDs, image.layers.reversed()).map { ($0, present.contains($1.digest)) }
        for layer in image.layers where !present.contains(layer.digest) {
            aws.recordBlobUpload(repository: reference.repository, digest: layer.digest, size: layer.size, region: region)
            try? ecr.receiveBlob(repository: reference.repository, digest: layer.digest, size: layer.size, recipe: nil)
        }
        if !present.contains(image.id) {
            aws.recordBlobUpload(repository: reference.repository, digest: image.id, size: image.configSize, region: region)
        }
        try? ecr.receiveBlob(repository: reference.repository, digest: image.id, size: image.configSize, recipe: image.recipe)
        let manifest = ECRBackend.dockerManifest(config: image.manifest.config, layers: image.manifest.layers)
        result.manifestSize = manifest.utf8.count
        do {
            let output = try aws.registryCall("PutImage",
                                              input: ["repositoryName": .string(reference.repository), "imageTag": .string(tag),
                                                      "imageManifest": .string(manifest)],
                                              region: region)
            result.digest = output["image"]["imageId"]["imageDigest"].string ?? ""
        } catch let error where error.code == "ImageAlreadyExistsException" {
            result.digest = SHA256.digest(manifest)
        } catch let error where error.code == "ImageTagAlreadyExistsException" {
            result.refusal = .pushRefused("tag invalid: " + error.message)
            return result
        } catch {
            result.refusal = .pushRefused(error.message)
            return result
        }
        store(image, name: nil, repoDigest: reference.normalizedName + "@" + result.digest)
        return result
    }
}
