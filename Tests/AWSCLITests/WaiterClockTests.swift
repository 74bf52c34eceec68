import AWSSim
import JSONValue
import SimCore
import Testing
import ToolIO
import World

@testable import AWSCLI

/// Waiting moves the simulated clock by the waiter's delay between polls; no real time passes.
@Suite struct WaiterClockTests {
    /// The world's clock with scripted DescribeServices answers: stable on the third poll.
    final class ScriptedWorld: AWSEndpoint {
        let world: World
        var polls: [SimTime] = []
        init(world: World) { self.world = world }

        func call(service: String, operation: String, input: JSON, region: String) throws(AWSServiceError) -> JSON {
            polls.append(world.simulation.now)
            let running = polls.count >= 3 ? 2 : polls.count - 1
            return ["services": [["serviceName": "web", "status": "ACTIVE", "desiredCount": 2, "runningCount": .int(running),
                                  "deployments": [["id": "ecs-svc/1", "status": "PRIMARY"]]]],
                    "failures": []]
        }

        func hasRegion(_ region: String) -> Bool { true }
        var metadataRegion: String { "us-east-1" }
        func sleep(seconds: Int) { WorldEndpoint(world: world).sleep(seconds: seconds) }
    }

    @Test func worldEndpointSleepAdvancesTheSimulation() {
        let world = World.makeDefault()
        let start = world.simulation.now
        WorldEndpoint(world: world).sleep(seconds: 15)
        #expect(world.simulation.now == start + .seconds(Int64(15)))
    }

    @Test func servicesStablePollsEveryFifteenSimulatedSeconds() {
        let world = World.makeDefault()
        let start = world.simulation.now
        let endpoint = ScriptedWorld(world: world)
        let output = AWSCommand(endpoint: endpoint).run(Invocation(
            arguments: ["ecs", "wait", "services-stable", "--cluster", "demo", "--services", "web"],
            fileSystem: InMemoryFileSystem()))
        #expect(output.status == 0)
        #expect(output.combined == "")
        #expect(endpoint.polls == [start, start + .seconds(Int64(15)), start + .seconds(Int64(30))])
        #expect(world.simulation.now == start + .seconds(Int64(30)))
    }
}
