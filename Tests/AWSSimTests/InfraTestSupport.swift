import JSONValue
import SimCore
@testable import AWSSim

/// A fresh account for the infrastructure tests: us-east-1, seed 42, 2026-01-01T00:00:00Z.
struct InfraWorld {
    let simulation: Simulation
    let cloud: AWSCloud

    init(seed: UInt64 = 42) {
        simulation = Simulation(start: SimTime(rfc3339: "2026-01-01T00:00:00Z") ?? SimTime(seconds: 0), seed: seed)
        cloud = AWSCloud(simulation: simulation)
        _ = cloud.region("us-east-1")
    }

    var region: AWSRegion { cloud.region("us-east-1") }
    var ec2: EC2Backend { region.ec2 }
    var iam: IAMBackend { cloud.iam }

    @discardableResult
    func call(_ service: String, _ operation: String, _ input: JSON = [:]) throws(AWSServiceError) -> JSON {
        try cloud.call(service: service, operation: operation, input: input, region: "us-east-1")
    }

    /// The error a call fails with, or nil if it succeeds.
    func error(_ service: String, _ operation: String, _ input: JSON = [:]) -> AWSServiceError? {
        do {
            _ = try call(service, operation, input)
            return nil
        } catch {
            return error
        }
    }

    func advance(_ seconds: Int64) { simulation.advance(by: .seconds(seconds)) }
}

/// Trust policies a course writes.
enum Trust {
    static func service(_ name: String) -> String {
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"\#(name)"},"Action":"sts:AssumeRole"}]}"#
    }
}
