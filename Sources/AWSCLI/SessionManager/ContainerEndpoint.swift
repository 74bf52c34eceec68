import AWSSim
import JSONValue
import SimCore
import World

/// AWS as aws-cli inside an ECS container reaches it: every call is made, authorized against
/// the task role's policies, and recorded in CloudTrail as the principal of the container's
/// credentials (the task role's session, which the ECS agent serves), not as the learner.
/// There is no Session Manager plugin in
/// the container, and no instance metadata to ask for a region.
final class ContainerEndpoint: AWSEndpoint {
    let world: World
    let credentials: ContainerExecView.Credentials?
    let region: String

    init(world: World, credentials: ContainerExecView.Credentials?, region: String) {
        self.world = world
        self.credentials = credentials
        self.region = region
    }

    func call(service: String, operation: String, input: JSON, region: String) throws(AWSServiceError) -> JSON {
        guard let key = credentials?.accessKeyID, let caller = world.aws.sts.caller(forAccessKeyID: key) else {
            throw AWSServiceError(code: "ExpiredTokenException", message: "The security token included in the request is expired",
                                  httpStatus: 400)
        }
        return try world.aws.call(service: service, operation: operation, input: input, region: region, as: caller)
    }

    func hasRegion(_ region: String) -> Bool { AWSCloud.knownRegions.contains(region) }
    var metadataRegion: String { region }
    func sleep(seconds: Int) { world.simulation.advance(by: .seconds(Int64(seconds))) }
    var now: SimTime { world.simulation.now }
    var hasCredentials: Bool { credentials != nil }
    var sessionManagerPluginInstalled: Bool { false }

    var hostCredentials: (accessKey: String, secretKey: String, method: String)? {
        credentials.map { ($0.accessKeyID, $0.secretAccessKey, "container-role") }
    }
}
