@testable import AWSSim
import JSONValue
import SimCore
import Testing

/// No input may crash the simulator: every operation gets garbage of every shape, and a long
/// random session keeps the books balanced.
struct ECSRobustnessTests {
    static let operations = [
        "CreateCluster", "ListClusters", "DescribeClusters", "DeleteCluster", "UpdateClusterSettings", "UpdateCluster",
        "PutClusterCapacityProviders", "CreateCapacityProvider", "DescribeCapacityProviders", "UpdateCapacityProvider",
        "DeleteCapacityProvider", "ListContainerInstances", "DescribeContainerInstances", "UpdateContainerInstancesState",
        "DeregisterContainerInstance", "PutAttributes", "ListAttributes", "DeleteAttributes", "RegisterTaskDefinition",
        "DescribeTaskDefinition", "ListTaskDefinitions", "ListTaskDefinitionFamilies", "DeregisterTaskDefinition",
        "DeleteTaskDefinitions", "RunTask", "StartTask", "DescribeTasks", "ListTasks", "StopTask", "CreateService",
        "UpdateService", "DeleteService", "DescribeServices", "ListServices", "TagResource", "UntagResource",
        "ListTagsForResource",
    ]

    static let members = [
        "cluster", "clusterName", "serviceName", "service", "taskDefinition", "family", "containerDefinitions", "count",
        "launchType", "networkConfiguration", "desiredCount", "tasks", "task", "services", "clusters", "cpu", "memory",
        "networkMode", "requiresCompatibilities", "capacityProviders", "defaultCapacityProviderStrategy",
        "capacityProviderStrategy", "placementConstraints", "placementStrategy", "overrides", "containerInstances",
        "status", "settings", "deploymentConfiguration", "force", "forceNewDeployment", "filter", "name",
        "autoScalingGroupProvider", "resourceArn", "tags", "tagKeys", "attributes", "include", "maxResults", "nextToken",
        "desiredStatus", "reason", "startedBy", "group", "platformVersion", "familyPrefix", "sort", "capacityProvider",
    ]

    /// A random value of any JSON shape, sometimes plausible.
    static func value(_ random: RandomStream, depth: Int = 0) -> JSON {
        switch random.int(in: 0...(depth > 2 ? 5 : 8)) {
        case 0: return .null
        case 1: return .bool(random.int(in: 0...1) == 1)
        case 2: return .int(random.int(in: -5...300_000))
        case 3: return .double(random.unit() * 1e6 - 10)
        case 4: return .string(["", "demo", "web", "web:1", "FARGATE", "EC2", "nginx", "arn:aws:ecs:us-east-1:123456789012:task/demo/x",
                                "attribute:ecs.instance-type =~ t3.*", "256", "512", "awsvpc", "DRAINING", "{"][random.int(in: 0...13)])
        case 5: return .string(random.string(length: random.int(in: 0...40), alphabet: Array("ab:/ =~()[]-_,'\"0123456789")))
        case 6: return .array((0..<random.int(in: 0...4)).map { _ in value(random, depth: depth + 1) })
        default:
            var object = JSONObject()
            for _ in 0..<random.int(in: 0...5) {
                object[members[random.int(in: 0...(members.count - 1))]] = value(random, depth: depth + 1)
            }
            return .object(object)
        }
    }

    @Test func garbageNeverCrashes() {
        let h = ECSHarness()
        try? h.cluster()
        _ = try? h.fargateDefinition()
        h.addInstance(1)
        let random = h.simulation.random.stream("fuzz")
        for round in 0..<4000 {
            let operation = Self.operations[round % Self.operations.count]
            var input = JSONObject()
            for _ in 0..<random.int(in: 0...6) {
                input[Self.members[random.int(in: 0...(Self.members.count - 1))]] = Self.value(random)
            }
            if random.int(in: 0...3) == 0 { input["cluster"] = "demo" }
            _ = h.error(operation, .object(input))
            if round % 50 == 0 { h.wait(Int64(random.int(in: 0...120))) }
        }
        h.wait(7200)
        checkBooks(h)
    }

    @Test func aLongRandomSessionKeepsTheBooksBalanced() throws {
        let h = ECSHarness(seed: 99)
        try h.cluster()
        for number in 1...3 { h.addInstance(number, zone: number % 3) }
        try h.fargateDefinition(family: "web")
        try h.fargateDefinition(family: "bad", image: "nginx:0.0.0")
        try h.fargateDefinition(family: "crash", image: "busybox", command: ["sh", "-c", "sleep 3; exit 2"])
        try h.call("RegisterTaskDefinition", ["family": "ec2", "containerDefinitions": [
            ["name": "a", "image": "nginx", "memory": 300, "cpu": 128, "portMappings": [["containerPort": 80]]]]])
        try h.call("CreateService", ["cluster": "demo", "serviceName": "svc", "taskDefinition": "web", "desiredCount": 2,
                                     "launchType": "FARGATE", "networkConfiguration": h.network,
                                     "deploymentConfiguration": ["deploymentCircuitBreaker": ["enable": true, "rollback": true]]])
        try h.call("CreateService", ["cluster": "demo", "serviceName": "hosts", "taskDefinition": "ec2", "desiredCount": 3])
        let random = h.simulation.random.stream("session")
        for _ in 0..<200 {
            switch random.int(in: 0...7) {
            case 0: _ = h.error("RunTask", ["cluster": "demo", "taskDefinition": ["web", "bad", "crash"][random.int(in: 0...2)],
                                            "launchType": "FARGATE", "networkConfiguration": h.network, "count": .int(random.int(in: 1...3))])
            case 1: _ = h.error("RunTask", ["cluster": "demo", "taskDefinition": "ec2", "count": .int(random.int(in: 1...5))])
            case 2: if let arn = h.taskArns().randomElement(using: random) {
                _ = h.error("StopTask", ["cluster": "demo", "task": .string(arn)])
            }
            case 3: _ = h.error("UpdateService", ["cluster": "demo", "service": "svc", "desiredCount": .int(random.int(in: 0...4))])
            case 4: _ = h.error("UpdateService", ["cluster": "demo", "service": "svc",
                                                  "taskDefinition": ["web", "bad", "crash"][random.int(in: 0...2)]])
            case 5: _ = h.error("UpdateService", ["cluster": "demo", "service": "hosts", "desiredCount": .int(random.int(in: 0...8))])
            case 6:
                let ids = h.ecs.containerInstanceOrder
                if !ids.isEmpty {
                    _ = h.error("UpdateContainerInstancesState", ["cluster": "demo", "containerInstances": [.string(ids[random.int(in: 0...(ids.count - 1))])],
                                                                  "status": random.int(in: 0...1) == 0 ? "DRAINING" : "ACTIVE"])
                }
            default: break
            }
            h.wait(Int64(random.int(in: 1...90)))
            checkBooks(h)
        }
    }

    /// Every instance's used resources equal what its live tasks reserve, and counts agree.
    func checkBooks(_ h: ECSHarness) {
        for instance in h.ecs.containerInstances.values {
            let held = h.ecs.tasks.values.compactMap { $0.containerInstanceID == instance.id ? $0.reservation : nil }
            #expect(instance.used.cpu == held.reduce(0) { $0 + $1.cpu })
            #expect(instance.used.memory == held.reduce(0) { $0 + $1.memory })
            #expect(instance.remainingMemory >= 0 && instance.remainingCPU >= 0)
            #expect(instance.used.tcpPorts.sorted() == held.flatMap(\.tcpPorts).sorted())
        }
        for task in h.ecs.tasks.values where task.isStopped {
            #expect(task.reservation == nil)
            #expect(task.attachment.map { $0.status == "DELETED" } ?? true)
        }
        let liveENIs = Set(h.ecs.tasks.values.compactMap { task in
            task.isStopped ? nil : task.attachment?.networkInterfaceID
        })
        let ecsENIs = Set(h.region.ec2.networkInterfaces.filter(\.requesterManaged).map(\.id))
        #expect(ecsENIs == liveENIs, "ENIs exist exactly while their tasks do")
    }
}

extension Array {
    func randomElement(using random: RandomStream) -> Element? {
        isEmpty ? nil : self[random.int(in: 0...(count - 1))]
    }
}
