import ContainerImages
import JSONValue
import SimCore
import Testing
@testable import AWSSim

@Suite struct ECRTests {
    /// A one-layer image whose blobs are in `repository`, as a push leaves them, and its manifest.
    func pushedBlobs(_ world: InfraWorld, repository: String, layer: String = "sha256:" + String(repeating: "b", count: 64),
                     source: String = "docker.io/library/nginx:1.27") throws -> String {
        let config = "sha256:" + String(repeating: "a", count: 64)
        try world.region.ecr.receiveBlob(repository: repository, digest: layer, size: 3_000_000, recipe: nil)
        try world.region.ecr.receiveBlob(repository: repository, digest: config, size: 1469, recipe: ImageRecipe(base: source))
        return ECRBackend.dockerManifest(config: (config, 1469), layers: [(layer, 3_000_000)])
    }

    @Test func repositoriesAreNamedByTheirRegistry() throws {
        let world = InfraWorld()
        let created = try world.call("ecr", "CreateRepository", ["repositoryName": "team/web"])["repository"]
        #expect(created.object?.keys == ["repositoryArn", "registryId", "repositoryName", "repositoryUri", "createdAt",
                                         "imageTagMutability", "imageScanningConfiguration", "encryptionConfiguration"])
        #expect(created["repositoryArn"] == "arn:aws:ecr:us-east-1:123456789012:repository/team/web")
        #expect(created["repositoryUri"] == "123456789012.dkr.ecr.us-east-1.amazonaws.com/team/web")
        #expect(created["imageTagMutability"] == "MUTABLE")
        #expect(created["encryptionConfiguration"]["encryptionType"] == "AES256")
        #expect(world.error("ecr", "CreateRepository", ["repositoryName": "team/web"])?.message
            == "The repository with name 'team/web' already exists in the registry with id '123456789012'")
        for bad in ["Web", "web/", "a", "web--x/", "-web"] {
            #expect(world.error("ecr", "CreateRepository", ["repositoryName": .string(bad)])?.code == "InvalidParameterException")
        }
        #expect(world.error("ecr", "DescribeRepositories", ["repositoryNames": ["nope"]])?.message
            == "The repository with name 'nope' does not exist in the registry with id '123456789012'")
        let listed = try world.call("ecr", "DescribeRepositories")["repositories"]
        #expect(listed.array?.compactMap { $0["repositoryName"].string } == ["team/web"])
    }

    @Test func aManifestIsNamedByTheHashOfItsBytes() throws {
        let world = InfraWorld()
        try world.call("ecr", "CreateRepository", ["repositoryName": "app"])
        let manifest = try pushedBlobs(world, repository: "app")
        let put = try world.call("ecr", "PutImage", ["repositoryName": "app", "imageTag": "v1", "imageManifest": .string(manifest)])
        #expect(put["image"]["imageId"]["imageDigest"].string == SHA256.digest(manifest))
        // The same manifest under another tag is the same image with two tags.
        try world.call("ecr", "PutImage", ["repositoryName": "app", "imageTag": "stable", "imageManifest": .string(manifest)])
        let details = try world.call("ecr", "DescribeImages", ["repositoryName": "app"])["imageDetails"]
        #expect(details.array?.count == 1)
        #expect(details[0]["imageTags"] == ["v1", "stable"])
        #expect(details[0]["imageSizeInBytes"] == 3_000_000)
        #expect(world.error("ecr", "PutImage", ["repositoryName": "app", "imageTag": "v1", "imageManifest": .string(manifest)])?.message
            == "Image with digest '\(SHA256.digest(manifest))' and tag 'v1' already exists in the repository with name 'app' in registry with id '123456789012'")
    }

    @Test func aMutableTagMovesAndAnImmutableOneDoesNot() throws {
        let world = InfraWorld()
        try world.call("ecr", "CreateRepository", ["repositoryName": "app"])
        let first = try pushedBlobs(world, repository: "app")
        let second = try pushedBlobs(world, repository: "app", layer: "sha256:" + String(repeating: "c", count: 64))
        try world.call("ecr", "PutImage", ["repositoryName": "app", "imageTag": "latest", "imageManifest": .string(first)])
        try world.call("ecr", "PutImage", ["repositoryName": "app", "imageTag": "latest", "imageManifest": .string(second)])
        let untagged = try world.call("ecr", "ListImages", ["repositoryName": "app", "filter": ["tagStatus": "UNTAGGED"]])
        #expect(untagged["imageIds"] == [["imageDigest": .string(SHA256.digest(first))]])
        try world.call("ecr", "PutImageTagMutability", ["repositoryName": "app", "imageTagMutability": "IMMUTABLE"])
        let refused = world.error("ecr", "PutImage", ["repositoryName": "app", "imageTag": "latest", "imageManifest": .string(first)])
        #expect(refused?.code == "ImageTagAlreadyExistsException")
        #expect(refused?.message == "The image tag 'latest' already exists in the 'app' repository and cannot be overwritten because the repository is immutable.")
    }

    @Test func aManifestNeedsItsLayersUploadedFirst() throws {
        let world = InfraWorld()
        try world.call("ecr", "CreateRepository", ["repositoryName": "app"])
        let layer = "sha256:" + String(repeating: "d", count: 64)
        let manifest = ECRBackend.dockerManifest(config: (layer, 10), layers: [])
        #expect(world.error("ecr", "PutImage", ["repositoryName": "app", "imageTag": "v1", "imageManifest": .string(manifest)])?.code
            == "LayersNotFoundException")
        #expect(world.error("ecr", "PutImage", ["repositoryName": "app", "imageManifest": "{not json"])?.message
            == "Invalid parameter at 'imageManifest' failed to satisfy constraint: 'Invalid JSON syntax'")
        // The size is what was uploaded, not what a manifest claims.
        let claimed = try pushedBlobs(world, repository: "app").replacing("3000000", with: String(Int.max))
        try world.call("ecr", "PutImage", ["repositoryName": "app", "imageTag": "big", "imageManifest": .string(claimed)])
        #expect(try world.call("ecr", "DescribeImages", ["repositoryName": "app"])["imageDetails"][0]["imageSizeInBytes"] == 3_000_000)
    }

    @Test func deletingATagDeletesTheImageWithItsLastTag() throws {
        let world = InfraWorld()
        try world.call("ecr", "CreateRepository", ["repositoryName": "app"])
        let manifest = try pushedBlobs(world, repository: "app")
        for tag in ["v1", "stable"] {
            try world.call("ecr", "PutImage", ["repositoryName": "app", "imageTag": .string(tag), "imageManifest": .string(manifest)])
        }
        #expect(world.error("ecr", "DeleteRepository", ["repositoryName": "app"])?.message
            == "The repository with name 'app' in registry with id '123456789012' cannot be deleted because it still contains images")
        let first = try world.call("ecr", "BatchDeleteImage", ["repositoryName": "app", "imageIds": [["imageTag": "v1"], ["imageTag": "nope"]]])
        #expect(first["imageIds"] == [["imageDigest": .string(SHA256.digest(manifest)), "imageTag": "v1"]])
        #expect(first["failures"] == [["imageId": ["imageTag": "nope"], "failureCode": "ImageNotFound",
                                       "failureReason": "Requested image not found"]])
        #expect(try world.call("ecr", "ListImages", ["repositoryName": "app"])["imageIds"].array?.count == 1)
        try world.call("ecr", "BatchDeleteImage", ["repositoryName": "app", "imageIds": [["imageTag": "stable"]]])
        #expect(try world.call("ecr", "ListImages", ["repositoryName": "app"])["imageIds"] == [])
        try world.call("ecr", "DeleteRepository", ["repositoryName": "app"])
        #expect(world.error("ecr", "ListImages", ["repositoryName": "app"])?.code == "RepositoryNotFoundException")
    }

    @Test func aTokenIsUserAWSsPasswordForTwelveHours() throws {
        let world = InfraWorld()
        let data = try world.call("ecr", "GetAuthorizationToken")["authorizationData"][0]
        #expect(data["proxyEndpoint"] == "https://123456789012.dkr.ecr.us-east-1.amazonaws.com")
        let decoded = String(decoding: Base64.decode(data["authorizationToken"].string ?? "") ?? [], as: UTF8.self)
        #expect(decoded.hasPrefix("AWS:eyJwYXlsb2FkIjoi"))
        let password = String(decoded.dropFirst(4))
        #expect(world.region.ecr.accepts(username: "AWS", password: password))
        #expect(!world.region.ecr.accepts(username: "admin", password: password))
        #expect(!world.region.ecr.accepts(username: "AWS", password: "guess"))
        world.advance(12 * 3600)
        #expect(!world.region.ecr.accepts(username: "AWS", password: password))
    }

    @Test func aPushedImageRunsAsTheImageItWasMadeFrom() throws {
        let world = InfraWorld()
        world.region.ecr.upstream = PublicRegistry()
        try world.call("ecr", "CreateRepository", ["repositoryName": "app"])
        let manifest = try pushedBlobs(world, repository: "app")
        try world.call("ecr", "PutImage", ["repositoryName": "app", "imageTag": "v1", "imageManifest": .string(manifest)])
        guard case .found(let image) = world.region.ecr.resolve(ImageReference("123456789012.dkr.ecr.us-east-1.amazonaws.com/app:v1")) else {
            Issue.record("app:v1 does not resolve")
            return
        }
        #expect(image.image.repository == "docker.io/library/nginx")
        #expect(image.digest == SHA256.digest(manifest))
        #expect(image.size == 3_000_000)
        guard case .tagNotFound = world.region.ecr.resolve(ImageReference("123456789012.dkr.ecr.us-east-1.amazonaws.com/app:v2")) else {
            Issue.record("app:v2 resolves")
            return
        }
    }

    /// Rules in priority order, each expiring from what no earlier rule's selection matched.
    @Test func lifecyclePoliciesExpireWhatTheirRulesSelect() throws {
        #expect(ECRLifecyclePolicy.matches("prod-1", pattern: "prod*"))
        #expect(ECRLifecyclePolicy.matches("a-release-7", pattern: "*release*"))
        #expect(!ECRLifecyclePolicy.matches("dev-1", pattern: "prod*"))
        #expect(ECRLifecyclePolicy.matches("v1", pattern: "v1"))
        let start = SimTime(rfc3339: "2026-01-01T00:00:00Z") ?? SimTime(seconds: 0)
        func image(_ digest: String, _ tags: [String], hour: Int64) -> ECRImage {
            ECRImage(digest: digest, manifest: "", mediaType: "", tags: tags, pushedAt: start + .hours(hour), size: 0, configDigest: nil)
        }
        let images = [image("a", ["prod-1"], hour: 0), image("b", ["prod-2", "stable"], hour: 1), image("c", ["prod-3"], hour: 2),
                      image("d", [], hour: 3), image("e", ["dev-1"], hour: 4)]
        let text = #"{"rules":[{"rulePriority":1,"selection":{"tagStatus":"tagged","tagPatternList":["prod*"],"countType":"imageCountMoreThan","countNumber":1},"action":{"type":"expire"}},{"rulePriority":5,"selection":{"tagStatus":"any","countType":"imageCountMoreThan","countNumber":1},"action":{"type":"expire"}}]}"#
        let policy = try ECRLifecyclePolicy.parse(text).get()
        // prod-3 is kept by rule 1 and so escapes rule 5, which keeps the newest of the rest (dev-1).
        #expect(policy.expiring(images, now: start + .hours(5)).map { "\($0.image.digest)\($0.priority)" } == ["b1", "a1", "d5"])
        let both = #"{"rules":[{"rulePriority":1,"selection":{"tagStatus":"tagged","tagPrefixList":["prod","stable"],"countType":"sinceImagePushed","countUnit":"days","countNumber":1},"action":{"type":"expire"}}]}"#
        #expect(try ECRLifecyclePolicy.parse(both).get().expiring(images, now: start + .hours(30)).map(\.image.digest) == ["b"])
        let forever = both.replacing("\"countNumber\":1}", with: "\"countNumber\":\(Int.max)}")
        #expect(try ECRLifecyclePolicy.parse(forever).get().expiring(images, now: start + .hours(30)).isEmpty)
    }
}
