import ContainerImages
import JSONValue
import SimCore

/// The registry side of ECR: the tokens `docker login` takes, the blobs `docker push` uploads,
/// and what container runtimes find when they pull.
extension ECRBackend {
    /// How long a token lasts.
    static let tokenLifetime = SimDuration.hours(12)

    /// GetAuthorizationToken: a password for user `AWS`, good for twelve hours, as
    /// `base64("AWS:<password>")`. The password has the shape of ECR's: base64 of a JSON
    /// envelope around an encrypted payload (here drawn from the world's seed).
    func getAuthorizationToken() -> JSON {
        let random = simulation.random.stream("ecr-authorization-tokens")
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        let expires = simulation.now + Self.tokenLifetime
        let envelope = "{\"payload\":\"\(random.string(length: 1180, alphabet: alphabet))\","
            + "\"datakey\":\"\(random.string(length: 296, alphabet: alphabet))\",\"version\":\"2\","
            + "\"type\":\"DATA_KEY\",\"expiration\":\(expires.seconds)}"
        let password = Base64.encode(envelope)
        issuedPasswords[password] = expires
        return ["authorizationData": [[
            "authorizationToken": .string(Base64.encode("AWS:" + password)),
            "expiresAt": EpochJSON.millis(expires),
            "proxyEndpoint": .string("https://" + registryHost),
        ]]]
    }

    /// Whether `password` is a token this registry issued that has not expired.
    public func accepts(username: String, password: String) -> Bool {
        guard username == "AWS", let expires = issuedPasswords[password] else { return false }
        return simulation.now < expires
    }

    /// BatchCheckLayerAvailability: which of the blobs a push would send are there already.
    func batchCheckLayerAvailability(_ request: ECSInput) throws(AWSServiceError) -> JSON {
        let repository = try repository(request)
        var layers: [JSON] = []
        var failures: [JSON] = []
        for digest in try request.strings("layerDigests") ?? [] {
            if let blob = repository.blobs[digest] {
                layers.append(["layerDigest": .string(digest), "layerAvailability": "AVAILABLE",
                               "layerSize": .int(Int(blob.size)), "mediaType": .string(ECRManifest.dockerLayer)])
            } else {
                failures.append(["layerDigest": .string(digest), "failureCode": "MissingLayerDigest",
                                 "failureReason": "Could not find layer"])
            }
        }
        return ["layers": .array(layers), "failures": .array(failures)]
    }

    /// Stores an uploaded blob (what InitiateLayerUpload, UploadLayerPart and
    /// CompleteLayerUpload do together). An image configuration comes with its `recipe`, what
    /// the image is made of, which is how its containers will behave.
    public func receiveBlob(repository name: String, digest: String, size: Int64, recipe: ImageRecipe?) throws(AWSServiceError) {
        guard repositories[name] != nil else { throw .repositoryNotFound(name, registry: context.accountID) }
        repositories[name]?.blobs[digest] = ECRBlob(size: size, recipe: recipe)
    }

    /// The region this registry serves.
    public var region: String { context.region }

    /// A Docker v2 manifest for pushing an image configuration and its layers.
    public static func dockerManifest(config: (digest: String, size: Int64), layers: [(digest: String, size: Int64)]) -> String {
        ECRManifest.docker(config: config, layers: layers)
    }

    /// What a pull of a pushed image finds: what it is made of, its configuration's digest
    /// (the image ID Docker shows) and its layers.
    public func pulledImage(repository name: String, digest: String)
        -> (recipe: ImageRecipe, config: String, layers: [(digest: String, size: Int64)])?
    {
        guard let repository = repositories[name], let image = repository.images.first(where: { $0.digest == digest }),
            let manifest = ECRManifest(image.manifest), let config = image.configDigest,
            let recipe = repository.blobs[config]?.recipe
        else { return nil }
        return (recipe, config, manifest.layers)
    }

    /// Whether a repository exists (a push checks before it uploads anything).
    public func hasRepository(_ name: String) -> Bool { repositories[name] != nil }
}

/// Pulling from ECR: a reference to `<account>.dkr.ecr.<region>.amazonaws.com/<name>:<tag>`
/// resolves to the pushed image, which runs as what it is made of: the public image it was
/// built from, with what the build added.
extension ECRBackend: ImageRegistry {
    public func resolve(_ reference: ImageReference) -> ImageResolution {
        guard let repository = repositories[reference.repository] else { return .repositoryNotFound }
        let tag = reference.digest == nil ? (reference.tag ?? "latest") : reference.tag
        guard let index = find(repository, digest: reference.digest, tag: tag) else { return .tagNotFound }
        let image = repository.images[index]
        guard let recipe = image.configDigest.flatMap({ repository.blobs[$0]?.recipe }),
            case .found(let resolved) = upstream?.resolve(ImageReference(recipe.base))
        else { return .tagNotFound }
        return .found(ResolvedImage(image: recipe.apply(to: resolved.image), tag: tag ?? resolved.tag, size: image.size,
                                    digest: image.digest))
    }
}
