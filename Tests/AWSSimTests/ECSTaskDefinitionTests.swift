@testable import AWSSim
import JSONValue
import Testing

struct ECSTaskDefinitionTests {
    @Test func everyFargateSizeInTheTableRegisters() throws {
        let h = ECSHarness()
        for (cpu, memories) in FargateTaskSizes.table {
            for memory in [memories.first, memories.last].compactMap({ $0 }) {
                let output = try h.fargateDefinition(family: "f\(cpu)", cpu: String(cpu), memory: String(memory))
                #expect(output["taskDefinition"]["cpu"] == .string(String(cpu)))
                #expect(output["taskDefinition"]["compatibilities"] == ["EC2", "FARGATE"])
            }
        }
    }

    @Test func invalidFargateSizesGetAWSsMessages() {
        let h = ECSHarness()
        let badCPU = h.error("RegisterTaskDefinition", fargate(cpu: "300", memory: "512"))
        #expect(badCPU == AWSServiceError(code: "ClientException", message:
            "Invalid 'cpu' setting for task. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide."))
        let badPair = h.error("RegisterTaskDefinition", fargate(cpu: "256", memory: "4096"))
        #expect(badPair?.message == "No Fargate configuration exists for given values: 256 CPU, 4096 memory. See the Amazon ECS documentation for the valid values.")
        let bigStep = h.error("RegisterTaskDefinition", fargate(cpu: "8192", memory: "17408"))
        #expect(bigStep?.code == "ClientException")
        var bridge = fargate(cpu: "256", memory: "512")
        bridge.remove("networkMode")
        #expect(h.error("RegisterTaskDefinition", bridge)?.message == "Fargate only supports network mode \u{2018}awsvpc\u{2019}.")
        var noCPU = fargate(cpu: "256", memory: "512")
        noCPU.remove("cpu")
        #expect(h.error("RegisterTaskDefinition", noCPU)?.message == "Fargate requires that 'cpu' be defined at the task level.")
    }

    @Test func sizesInVCPUAndGBAreNormalised() throws {
        let h = ECSHarness()
        let output = try h.fargateDefinition(cpu: "0.5 vCPU", memory: "1 GB")
        #expect(output["taskDefinition"]["cpu"] == "512")
        #expect(output["taskDefinition"]["memory"] == "1024")
    }

    @Test func containerRulesAreChecked() {
        let h = ECSHarness()
        func register(_ containers: JSON, memory: String? = nil) -> AWSServiceError? {
            var input: JSON = ["family": "app", "containerDefinitions": containers]
            if let memory { input["memory"] = .string(memory) }
            return h.error("RegisterTaskDefinition", input)
        }
        #expect(register([["name": "a", "image": "nginx"]])?.message
            == "Invalid setting for container 'a'. At least one of 'memory' or 'memoryReservation' must be specified.")
        #expect(register([["name": "a", "image": "nginx"]], memory: "512") == nil)
        #expect(register([["name": "a", "image": "nginx", "memory": 128, "essential": false]])?.message
            == "Task definition must contain at least one essential container.")
        #expect(register([["name": "a", "memory": 128]])?.message == "Container.image should not be null or empty.")
        #expect(register([["name": "a", "image": "nginx", "memory": 1024]], memory: "512")?.message
            == "The 'memory' setting for container 'a' is greater than for the task.")
        #expect(register([])?.message == "Container list cannot be empty.")
        #expect(register([["name": "a", "image": "x", "memory": 64], ["name": "a", "image": "y", "memory": 64]])?.code
            == "ClientException")
    }

    @Test func awsvpcPortMappingsMustMatch() {
        let h = ECSHarness()
        let error = h.error("RegisterTaskDefinition", [
            "family": "app", "networkMode": "awsvpc", "memory": "512",
            "containerDefinitions": [["name": "a", "image": "nginx", "portMappings": [["containerPort": 80, "hostPort": 8080]]]],
        ])
        #expect(error?.message == "When networkMode=awsvpc, the host ports and container ports in port mappings must match.")
    }

    @Test func registrationEchoesDefaultsInModelOrder() throws {
        let h = ECSHarness()
        let output = try h.call("RegisterTaskDefinition", [
            "family": "sleep360",
            "containerDefinitions": [["name": "sleep", "image": "busybox", "cpu": 10, "command": ["sleep", "360"],
                                      "memory": 10, "essential": true]],
        ])
        let definition = output["taskDefinition"]
        #expect(definition.object?.keys == [
            "taskDefinitionArn", "containerDefinitions", "family", "revision", "volumes", "status",
            "requiresAttributes", "placementConstraints", "compatibilities", "registeredAt", "registeredBy",
        ])
        #expect(definition["compatibilities"] == ["EXTERNAL", "EC2"])
        #expect(definition["containerDefinitions"][0].object?.keys == [
            "name", "image", "cpu", "memory", "portMappings", "essential", "command", "environment", "mountPoints",
            "volumesFrom", "systemControls",
        ])
        #expect(definition["taskDefinitionArn"] == "arn:aws:ecs:us-east-1:123456789012:task-definition/sleep360:1")
    }

    @Test func revisionsCountUpAndDeregisteredOnesAreInactive() throws {
        let h = ECSHarness()
        for _ in 0..<3 { try h.fargateDefinition() }
        try h.call("DeregisterTaskDefinition", ["taskDefinition": "web:3"])
        let described = try h.call("DescribeTaskDefinition", ["taskDefinition": "web"])
        #expect(described["taskDefinition"]["revision"] == 2)
        let inactive = try h.call("DescribeTaskDefinition", ["taskDefinition": "web:3"])
        #expect(inactive["taskDefinition"]["status"] == "INACTIVE")
        #expect(inactive["taskDefinition"]["deregisteredAt"] != .null)
        let active = try h.call("ListTaskDefinitions", [:])
        #expect(active["taskDefinitionArns"].array?.count == 2)
        let listedInactive = try h.call("ListTaskDefinitions", ["status": "INACTIVE"])
        #expect(listedInactive["taskDefinitionArns"] == ["arn:aws:ecs:us-east-1:123456789012:task-definition/web:3"])
        // A fourth registration is revision 4: revisions are never reused.
        let fourth = try h.fargateDefinition()
        #expect(fourth["taskDefinition"]["revision"] == 4)
        // An INACTIVE revision cannot start new tasks.
        try h.cluster()
        #expect(h.error("RunTask", ["cluster": "demo", "taskDefinition": "web:3", "launchType": "FARGATE",
                                    "networkConfiguration": h.network])?.message == "TaskDefinition is inactive")
    }

    @Test func familiesFilterByStatusAndPrefix() throws {
        let h = ECSHarness()
        try h.fargateDefinition(family: "web")
        try h.fargateDefinition(family: "worker")
        try h.fargateDefinition(family: "api")
        try h.call("DeregisterTaskDefinition", ["taskDefinition": "api:1"])
        #expect(try h.call("ListTaskDefinitionFamilies", [:])["families"] == ["api", "web", "worker"])
        #expect(try h.call("ListTaskDefinitionFamilies", ["status": "ACTIVE"])["families"] == ["web", "worker"])
        #expect(try h.call("ListTaskDefinitionFamilies", ["status": "INACTIVE"])["families"] == ["api"])
        #expect(try h.call("ListTaskDefinitionFamilies", ["familyPrefix": "w"])["families"] == ["web", "worker"])
        #expect(h.error("DescribeTaskDefinition", ["taskDefinition": "nope"])
            == AWSServiceError(code: "ClientException", message: "Unable to describe task definition."))
    }

    private func fargate(cpu: String, memory: String) -> JSON {
        ["family": "web", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"], "cpu": .string(cpu),
         "memory": .string(memory), "containerDefinitions": [["name": "web", "image": "nginx"]]]
    }
}
