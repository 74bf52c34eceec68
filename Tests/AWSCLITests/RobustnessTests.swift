import AWSCLI
import SimCore
import Testing
import ToolIO
import World

/// No command line can crash `aws` or make it hang: seeded random arguments over a vocabulary of
/// real and broken options, values, shorthand, JSON, files and queries, run against the world.
@Suite struct RobustnessTests {
    static let vocabulary = [
        "ecs", "ec2", "iam", "sts", "logs", "configure", "help", "wait", "list-clusters", "create-cluster",
        "describe-clusters", "delete-cluster", "services-stable", "tasks-running", "list", "get", "set", "region",
        "--cluster-name", "--cluster", "--clusters", "--tags", "--settings", "--include", "--query", "--output",
        "--region", "--profile", "--max-items", "--page-size", "--starting-token", "--no-paginate",
        "--generate-cli-skeleton", "--cli-input-json", "--cli-input-yaml", "--configuration", "--capacity-providers",
        "--debug", "--color", "--endpoint-url", "--", "-", "-1", "demo", "json", "text", "table", "yaml",
        "yaml-stream", "input", "output", "yaml-input", "key=a,value=b", "key=,value=", "name=x,name=y",
        "{", "}", "[", "]", "{\"a\": [1, 2", "[{\"key\": \"k\", \"value\": \"v\"}]", "file://", "file://nope",
        "fileb://x", "file://~/.aws/config", "clusters[0]", "clusterArns[", "length(@)", "`1`", "a.b.c",
        "executeCommandConfiguration={logging=DEFAULT", "eyJuZXh0VG9rZW4iOiBudWxsfQ==", "x___1", "0", "99999999999999999999",
        "ünïcödé", "🚀", "'quoted'", "\"", "\\", "=", "--x=", "--output=json", "a b", "",
    ]

    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        mutating func pick<T>(_ items: [T]) -> T? { items.isEmpty ? nil : items[Int(next() % UInt64(items.count))] }
    }

    @Test func randomCommandLinesNeverCrash() {
        let world = World.makeDefault()
        let aws = AWSCommand(world: world)
        let fileSystem = InMemoryFileSystem()
        var generator = Generator(state: 2026)
        for _ in 0..<3000 {
            let count = Int(generator.next() % 9)
            var arguments: [String] = []
            for _ in 0..<count { if let word = generator.pick(Self.vocabulary) { arguments.append(word) } }
            if generator.next() % 2 == 0 { arguments.insert("ecs", at: 0) }
            let output = aws.run(Invocation(arguments: arguments, environment: ["HOME": "/home/learner"],
                                            fileSystem: fileSystem))
            #expect([0, 1, 252, 253, 254, 255].contains(output.status), "\(arguments) → \(output.status)")
        }
    }

    @Test func deeplyNestedInputIsAnErrorNotACrash() {
        let world = World.makeDefault()
        let aws = AWSCommand(world: world)
        let fileSystem = InMemoryFileSystem()
        let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        for arguments in [["ecs", "create-cluster", "--cli-input-json", deep],
                          ["ecs", "create-cluster", "--cluster-name", "x", "--tags", deep],
                          ["ecs", "list-clusters", "--query", String(repeating: "[", count: 5000)],
                          ["ecs", "create-cluster", "--cluster-name", "x", "--configuration",
                           String(repeating: "a={", count: 3000)]] {
            let output = aws.run(Invocation(arguments: arguments, fileSystem: fileSystem))
            #expect(output.status != 0)
        }
    }
}
