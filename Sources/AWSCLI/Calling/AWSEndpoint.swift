import AWSSim
import JSONValue
import SimCore
import World

/// What the aws front end talks to: the AWS API surface a real client uses (operation name and
/// JSON input in, JSON output or a service error out) and the passing of time while it waits.
/// The world is one such endpoint; tests substitute recorded responses.
public protocol AWSEndpoint: AnyObject {
    func call(service: String, operation: String, input: JSON, region: String) throws(AWSServiceError) -> JSON
    /// Whether the region has an endpoint; requests to other regions cannot connect.
    func hasRegion(_ region: String) -> Bool
    /// The region the host's instance metadata reports (where the learner's shell "runs").
    var metadataRegion: String { get }
    /// Lets `seconds` of time pass, as a waiter's sleep between polls does.
    func sleep(seconds: Int)
    /// The time on the learner's clock (what `aws logs tail --since 10m` counts back from).
    var now: SimTime { get }
}

extension AWSEndpoint {
    /// Endpoints without a clock of their own (recorded responses) are at the epoch.
    public var now: SimTime { SimTime(milliseconds: 0) }
}

/// The simulated world as an endpoint: calls go to its AWS cloud, sleeps advance its clock.
final class WorldEndpoint: AWSEndpoint {
    let world: World

    init(world: World) { self.world = world }

    func call(service: String, operation: String, input: JSON, region: String) throws(AWSServiceError) -> JSON {
        try world.aws.call(service: service, operation: operation, input: input, region: region)
    }

    func hasRegion(_ region: String) -> Bool { AWSCloud.knownRegions.contains(region) }

    var metadataRegion: String { "us-east-1" }

    func sleep(seconds: Int) {
        world.simulation.advance(by: .seconds(Int64(seconds)))
    }

    var now: SimTime { world.simulation.now }
}
