import ContainerImages
import JSONValue
import SimCore

/// Amazon ECR in one region: the account's private registry
/// (`<account>.dkr.ecr.<region>.amazonaws.com`), its repositories, and the images pushed to
/// them, keyed by digest with any number of tags each.
///
/// `docker push` reaches it as the Docker client's calls do (layer uploads, then PutImage),
/// and container runtimes (ECS hosts, Fargate, Kubernetes nodes) pull from it through
/// `resolve`.
public final class ECRBackend: AWSService {
    public let serviceName = "ecr"
    let context: AWSContext
    let simulation: Simulation
    /// Repositories by name.
    var repositories: [String: ECRRepository] = [:]
    /// Passwords GetAuthorizationToken gave out, and when each expires.
    var issuedPasswords: [String: SimTime] = [:]
    /// Where the public images pushed images were made from are found.
    var upstream: ImageRegistry?
    /// The last lifecycle policy put, across repositories (`ECRRepository.lifecycleID`).
    var lifecyclePuts = 0
    /// Puts an event (detail type, detail) on the region's EventBridge default bus.
    var publishEvent: ((String, JSON) -> Void)?

    init(context: AWSContext, simulation: Simulation) {
        self.context = context
        self.simulation = simulation
    }

    /// `<account>.dkr.ecr.<region>.amazonaws.com`: the registry's host name.
    public var registryHost: String { "\(context.accountID).dkr.ecr.\(context.region).amazonaws.com" }

    /// The account and region a private registry's host name names, or nil for another host.
    public static func registry(ofHost host: String) -> (account: String, region: String)? {
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 6, parts[1] == "dkr", parts[2] == "ecr", parts[4] == "amazonaws", parts[5] == "com"
        else { return nil }
        return (String(parts[0]), String(parts[3]))
    }

    public func call(_ operation: String, input: JSON) throws(AWSServiceError) -> JSON {
        let request = ECSInput(input)
        switch operation {
        case "CreateRepository": return try createRepository(request)
        case "DescribeRepositories": return try describeRepositories(request)
        case "DeleteRepository": return try deleteRepository(request)
        case "PutImageTagMutability": return try putImageTagMutability(request)
        case "PutImageScanningConfiguration": return try putImageScanningConfiguration(request)
        case "TagResource": return try tagResource(request)
        case "UntagResource": return try untagResource(request)
        case "ListTagsForResource": return try listTagsForResource(request)
        case "GetAuthorizationToken": return getAuthorizationToken()
        case "ListImages": return try listImages(request)
        case "DescribeImages": return try describeImages(request)
        case "BatchGetImage": return try batchGetImage(request)
        case "BatchDeleteImage": return try batchDeleteImage(request)
        case "PutImage": return try putImage(request)
        case "BatchCheckLayerAvailability": return try batchCheckLayerAvailability(request)
        case "PutLifecyclePolicy": return try putLifecyclePolicy(request)
        case "GetLifecyclePolicy": return try getLifecyclePolicy(request)
        case "DeleteLifecyclePolicy": return try deleteLifecyclePolicy(request)
        case "StartLifecyclePolicyPreview": return try startLifecyclePolicyPreview(request)
        case "GetLifecyclePolicyPreview": return try getLifecyclePolicyPreview(request)
        default: throw AWSServiceError.notSimulated("ecr", operation)
        }
    }

    /// The repository named by the request's `repositoryName`. Another account's registry
    /// (`registryId`) holds nothing this account can see.
    func repository(_ request: ECSInput) throws(AWSServiceError) -> ECRRepository {
        let name = try request.string("repositoryName") ?? ""
        let registry = try request.string("registryId") ?? context.accountID
        guard registry == context.accountID, let repository = repositories[name] else {
            throw .repositoryNotFound(name, registry: registry)
        }
        return repository
    }
}

extension AWSCloud {
    /// The ECR backend a registry host name names, if it is one of this account's
    /// (`123456789012.dkr.ecr.us-east-1.amazonaws.com`).
    public func ecr(forRegistryHost host: String) -> ECRBackend? {
        guard let (account, region) = ECRBackend.registry(ofHost: host), account == accountID,
            AWSCloud.knownRegions.contains(region)
        else { return nil }
        return self.region(region).ecr
    }
}
