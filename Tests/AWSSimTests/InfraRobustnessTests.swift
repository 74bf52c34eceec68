import JSONValue
import SimCore
import Testing
@testable import AWSCLI
@testable import AWSSim

/// No input may crash a simulator: every operation of every infrastructure service is
/// called with odd values for every member its model names — empty, negative, huge,
/// forged tokens, wrong kinds — and must answer or fail with an error.
@Suite struct InfraRobustnessTests {
    static let oddValues: [@Sendable (String) -> JSON] = [
        { _ in .string("") },
        { _ in .int(-1) },
        { _ in .int(Int.max) },
        { _ in .double(1e300) },
        { _ in .array([.string("x"), .int(0), .null]) },
        { _ in .object(JSONObject()) },
        { _ in .string("eyJvZmZzZXQiOi01fQ==") },  // {"offset":-5}
        { _ in .string("eyJvZmZzZXQiOjkyMjMzNzIwMzY4NTQ3NzU4MDd9") },  // {"offset":Int.max}
        { name in .string(name.hasSuffix("Id") || name.hasSuffix("Ids") ? "i-" : "f/\(String(repeating: "9", count: 56))") },
        { _ in .array([.object(JSONObject([("Name", .string("tag:")), ("Values", .array([.string("*")]))]))]) },
    ]

    @Test(arguments: ["iam", "sts", "ec2", "autoscaling", "logs", "cloudtrail"])
    func oddInputsNeverCrash(_ service: String) throws {
        let model = try #require(ServiceCatalog().model(service))
        let world = InfraWorld()
        try EC2InstanceTests().makeInstanceRole(world)
        for (name, operation) in model.operations.sorted(by: { $0.key < $1.key }) where !operation.omitted {
            guard let input = model.shape(operation.input) else { continue }
            for odd in Self.oddValues {
                var object = JSONObject()
                for (member, _) in input.members { object[member] = odd(member) }
                _ = world.error(service, name, .object(object))
                _ = world.error(service, name, [:])
            }
            world.advance(90)
        }
    }
}
