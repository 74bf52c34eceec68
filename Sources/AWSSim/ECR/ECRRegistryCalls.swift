import JSONValue
import SimCore

/// What the Docker client's requests to an ECR registry are to AWS: API calls, made as the
/// logged-in account, which CloudTrail records with Docker's user agent and CloudWatch counts
/// (`AWS/Usage` CallCount). A push checks which layers the repository has
/// (BatchCheckLayerAvailability), uploads each missing blob (InitiateLayerUpload,
/// UploadLayerPart, CompleteLayerUpload) and puts the manifest (PutImage); a pull gets the
/// manifest (BatchGetImage) and a download URL for each blob it lacks
/// (GetDownloadUrlForLayer).
extension AWSCloud {
    /// The Docker client's user agent, as the registry passes it on.
    static let dockerUserAgent =
        "docker/28.2.2 go/go1.24.3 git-commit/45873be kernel/6.8.0-60-generic os/linux arch/amd64 UpstreamClient(Docker-Client/28.2.2 \\(linux\\))"

    /// A call the registry makes to ECR's API for the Docker client.
    public func registryCall(_ operation: String, input: JSON, region: String) throws(AWSServiceError) -> JSON {
        let saved = userAgent
        defer { userAgent = saved }
        userAgent = Self.dockerUserAgent
        return try call(service: "ecr", operation: operation, input: input, region: region)
    }

    /// The three calls that upload one blob (a layer or the image configuration) in one part.
    public func recordBlobUpload(repository: String, digest: String, size: Int64, region: String) {
        let uploadID = JSON.string(simulation.random.stream("ecr-upload-ids").uuid())
        let lastByte = JSON.int(Int(max(size, 1) - 1))
        let about = { (members: [(String, JSON)]) in self.registryRequest(repository, members) }
        recordRegistryCall("InitiateLayerUpload", input: about([]),
                           output: ["uploadId": uploadID, "partSize": 10_485_760], region: region)
        recordRegistryCall("UploadLayerPart",
                           input: about([("uploadId", uploadID), ("partFirstByte", 0), ("partLastByte", lastByte)]),
                           output: about([("uploadId", uploadID), ("lastByteReceived", lastByte)]), region: region)
        recordRegistryCall("CompleteLayerUpload",
                           input: about([("uploadId", uploadID), ("layerDigests", [.string(digest)])]),
                           output: about([("uploadId", uploadID), ("layerDigest", .string(digest))]), region: region)
    }

    /// The calls a pull makes: the manifest (by tag or digest), then a download URL for each
    /// blob not at hand.
    public func recordPull(repository: String, reference: String, blobs: [String], region: String) {
        let about = { (members: [(String, JSON)]) in self.registryRequest(repository, members) }
        let imageID: JSON = reference.hasPrefix("sha256:") ? ["imageDigest": .string(reference)] : ["imageTag": .string(reference)]
        recordRegistryCall("BatchGetImage", input: about([("imageIds", [imageID])]), output: .null, region: region)
        for digest in blobs {
            recordRegistryCall("GetDownloadUrlForLayer", input: about([("layerDigest", .string(digest))]), output: .null,
                               region: region)
        }
    }

    /// A request about one of the account's repositories.
    private func registryRequest(_ repository: String, _ members: [(String, JSON)]) -> JSON {
        .object(JSONObject([("registryId", .string(accountID)), ("repositoryName", .string(repository))] + members))
    }

    private func recordRegistryCall(_ operation: String, input: JSON, output: JSON, region: String) {
        record(service: "ecr", operation: operation, region: region, input: input, output: output, error: nil,
               caller: caller, userAgent: Self.dockerUserAgent)
    }
}
