import AWSSim
import JSONValue
import SimCore
import World

/// What the aws front end talks to: the AWS API surface a real client uses (operation name and
/// JSON input in, JSON output or a service error out) and the passing of time while it waits.
/// The world is one such endpoint; tests substitute recorded responses.
public protocol AWSEndpoint: AnyObject {
    func call(service: String, operation: String, input: JSON, region: String) throws(AWSServiceError) -> JSON
    /// A call signed with `accessKeyID`: the caller is whoever that key belongs to.
    func call(service: String, operation: String, input: JSON, region: String,
              accessKeyID: String) throws(AWSServiceError) -> JSON
    /// Whether the region has an endpoint; requests to other regions cannot connect.
    func hasRegion(_ region: String) -> Bool
    /// The region the host's instance metadata reports (where the learner's shell "runs").
    var metadataRegion: String { get }
    /// Lets `seconds` of time pass, as a waiter's sleep between polls does.
    func sleep(seconds: Int)
    /// The time on the learner's clock (what `aws logs tail --since 10m` counts back from).
    var now: SimTime { get }
    /// Whether the caller has credentials; aws-cli finds none in a Fargate container without
    /// a task role.
    var hasCredentials: Bool { get }
    /// The credentials the host supplies when nothing is configured, and the botocore provider
    /// that finds them (`container-role` in an ECS container); nil: the learner's instance role.
    var hostCredentials: (accessKey: String, secretKey: String, method: String)? { get }
    /// Whether `session-manager-plugin` is on the host's PATH (the learner's machine has it;
    /// containers do not).
    var sessionManagerPluginInstalled: Bool { get }
    /// Session Manager's data channel to an ECS Exec session: the container it reaches, nil
    /// when the session cannot be reached.
    func execSession(_ sessionID: String, region: String) -> ContainerExecView?
    /// The same AWS as aws-cli inside that container reaches it: with the container's
    /// credentials (the task role's, from the ECS agent); nil when this endpoint cannot.
    func inside(_ container: ContainerExecView) -> AWSEndpoint?
    /// Keeps what a command in that container wrote (files as it left them).
    func keep(_ files: [String: String], removing removed: Set<String>, in container: ContainerExecView)
    /// kubectl's configuration on this host, for `aws eks update-kubeconfig`; nil where there
    /// is none to write.
    var kubeconfig: KubeConfig? { get set }
}

extension AWSEndpoint {
    /// Endpoints that know one caller (recorded responses, a container's role) ignore the key.
    public func call(service: String, operation: String, input: JSON, region: String,
                     accessKeyID: String) throws(AWSServiceError) -> JSON {
        try call(service: service, operation: operation, input: input, region: region)
    }

    /// Endpoints without a clock of their own (recorded responses) are at the epoch.
    public var now: SimTime { SimTime(milliseconds: 0) }
    public var hasCredentials: Bool { true }
    public var hostCredentials: (accessKey: String, secretKey: String, method: String)? { nil }
    public var sessionManagerPluginInstalled: Bool { true }
    public func execSession(_ sessionID: String, region: String) -> ContainerExecView? { nil }
    public func inside(_ container: ContainerExecView) -> AWSEndpoint? { nil }
    public func keep(_ files: [String: String], removing removed: Set<String>, in container: ContainerExecView) {}
    public var kubeconfig: KubeConfig? {
        get { nil }
        set {}
    }
}

/// The simulated world as an endpoint: calls go to its AWS cloud, sleeps advance its clock.
final class WorldEndpoint: AWSEndpoint {
    let world: World

    init(world: World) { self.world = world }

    func call(service: String, operation: String, input: JSON, region: String) throws(AWSServiceError) -> JSON {
        try world.aws.call(service: service, operation: operation, input: input, region: region)
    }

    /// Credentials from `aws sts assume-role`, exported, make the call the role session's, as
    /// IAM then authorizes it; an expired session's are refused. Any other key is the
    /// learner's own.
    func call(service: String, operation: String, input: JSON, region: String,
              accessKeyID: String) throws(AWSServiceError) -> JSON {
        guard world.aws.sts.issued(accessKeyID: accessKeyID) else {
            return try call(service: service, operation: operation, input: input, region: region)
        }
        guard let caller = world.aws.sts.caller(forAccessKeyID: accessKeyID) else {
            throw AWSServiceError(code: "ExpiredTokenException", message: "The security token included in the request is expired")
        }
        return try world.aws.call(service: service, operation: operation, input: input, region: region, as: caller)
    }

    func hasRegion(_ region: String) -> Bool { AWSCloud.knownRegions.contains(region) }

    var metadataRegion: String { "us-east-1" }

    func sleep(seconds: Int) {
        world.simulation.advance(by: .seconds(Int64(seconds)))
    }

    var now: SimTime { world.simulation.now }

    func execSession(_ sessionID: String, region: String) -> ContainerExecView? {
        guard AWSCloud.knownRegions.contains(region) else { return nil }
        return world.aws.region(region).ecs.execView(sessionID: sessionID)
    }

    func inside(_ container: ContainerExecView) -> AWSEndpoint? {
        ContainerEndpoint(world: world, credentials: container.credentials, region: container.region)
    }

    var kubeconfig: KubeConfig? {
        get { world.kubeconfig }
        set { if let newValue { world.kubeconfig = newValue } }
    }

    func keep(_ files: [String: String], removing removed: Set<String>, in container: ContainerExecView) {
        guard AWSCloud.knownRegions.contains(container.region) else { return }
        world.aws.region(container.region).ecs.keep(files, removing: removed, sessionID: container.sessionID)
    }
}
