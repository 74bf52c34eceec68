@testable import AWSSim
import JSONValue
import SimCore
import Testing

struct ECSPlacementTests {
    /// A bridge-mode definition needing `memory` MiB, optionally on a fixed host port.
    func ec2Definition(_ h: ECSHarness, family: String = "app", memory: Int = 512, cpu: Int = 256, hostPort: Int? = nil,
                       image: String = "nginx:1.27") throws {
        var container: JSON = ["name": "app", "image": .string(image), "memory": .int(memory), "cpu": .int(cpu)]
        if let hostPort { container["portMappings"] = [["containerPort": 80, "hostPort": .int(hostPort)]] }
        else { container["portMappings"] = [["containerPort": 80]] }
        try h.call("RegisterTaskDefinition", ["family": .string(family), "containerDefinitions": [container]])
    }

    func run(_ h: ECSHarness, family: String = "app", count: Int = 1, extra: JSON = [:]) throws -> JSON {
        var input: JSON = ["cluster": "demo", "taskDefinition": .string(family), "count": .int(count)]
        for (key, value) in extra.object?.pairs ?? [] { input[key] = value }
        return try h.call("RunTask", input)
    }

    func instanceOf(_ task: JSON) -> String? { task["containerInstanceArn"].string.map(ECSResourceName.lastSegment) }

    @Test func containerInstancesRegisterWithTheirResources() throws {
        let h = ECSHarness()
        try h.cluster()
        h.addInstance(1)
        let arns = try h.call("ListContainerInstances", ["cluster": "demo"])["containerInstanceArns"].array ?? []
        #expect(arns.count == 1)
        let described = try h.call("DescribeContainerInstances", ["cluster": "demo", "containerInstances": .array(arns)])
        let instance = described["containerInstances"][0]
        #expect(instance["ec2InstanceId"] == "i-00000000000000001")
        #expect(instance["status"] == "ACTIVE" && instance["agentConnected"] == true)
        #expect(instance["registeredResources"][0] == ["name": "CPU", "type": "INTEGER", "doubleValue": 0.0,
                                                         "longValue": 0, "integerValue": 2048])
        #expect(instance["registeredResources"][2]["stringSetValue"] == ["22", "2376", "2375", "51678", "51679"])
        #expect(instance["attributes"].array?.contains(["name": "ecs.instance-type", "value": "t3.medium"]) == true)
        let cluster = try h.call("DescribeClusters", ["clusters": ["demo"]])["clusters"][0]
        #expect(cluster["registeredContainerInstancesCount"] == 1)
        let event = try #require(h.ecs.events.last { $0.detailType == "ECS Container Instance State Change" })
        #expect(event.detail["ec2InstanceId"] == "i-00000000000000001")
        #expect(event.detail["clusterArn"] == "arn:aws:ecs:us-east-1:123456789012:cluster/demo")
    }

    @Test func anAgentThatConnectsBeforeItsClusterExistsRegistersLater() throws {
        let h = ECSHarness()
        h.addInstance(1, cluster: "later")
        try h.cluster("later")
        #expect(try h.call("ListContainerInstances", ["cluster": "later"])["containerInstanceArns"].array?.count == 1)
    }

    @Test func anAgentJoiningDefaultCreatesIt() throws {
        let h = ECSHarness()
        h.addInstance(1, cluster: "default")
        let cluster = try h.call("DescribeClusters", ["clusters": ["default"]])["clusters"][0]
        #expect(cluster["status"] == "ACTIVE" && cluster["registeredContainerInstancesCount"] == 1)
    }

    @Test func tasksHoldResourcesAndGiveThemBack() throws {
        let h = ECSHarness()
        try h.cluster()
        h.addInstance(1)
        try ec2Definition(h, memory: 1000, hostPort: 8080)
        let task = try run(h)["tasks"][0]
        #expect(task["lastStatus"] == "PENDING")
        #expect(task["launchType"] == "EC2")
        let id = try #require(instanceOf(task))
        var remaining = try h.call("DescribeContainerInstances", ["cluster": "demo", "containerInstances": [.string(id)]])
        #expect(remaining["containerInstances"][0]["remainingResources"][1]["integerValue"] == 2904)
        #expect(remaining["containerInstances"][0]["remainingResources"][0]["integerValue"] == 1792)
        #expect(remaining["containerInstances"][0]["remainingResources"][2]["stringSetValue"]
            == ["22", "2376", "2375", "51678", "51679", "8080"])
        h.wait(20)
        let arn = try #require(task["taskArn"].string)
        let running = h.describeTask(arn)
        #expect(running["lastStatus"] == "RUNNING")
        #expect(running["containers"][0]["networkBindings"] == [["bindIP": "0.0.0.0", "containerPort": 80,
                                                                  "hostPort": 8080, "protocol": "tcp"]])
        #expect(running["containers"][0]["runtimeId"].string?.count == 64)
        #expect(running["version"] == 2)
        try h.call("StopTask", ["cluster": "demo", "task": .string(arn)])
        h.wait(60)
        remaining = try h.call("DescribeContainerInstances", ["cluster": "demo", "containerInstances": [.string(id)]])
        #expect(remaining["containerInstances"][0]["remainingResources"][1]["integerValue"] == 3904)
    }

    @Test func tasksThatDoNotFitAreFailuresWithTheReason() throws {
        let h = ECSHarness()
        try h.cluster()
        h.addInstance(1, memory: 2000)
        try ec2Definition(h, memory: 900)
        let output = try run(h, count: 3)
        #expect(output["tasks"].array?.count == 2)
        let failure = output["failures"][0]
        #expect(failure["reason"] == "RESOURCE:MEMORY")
        #expect(failure["arn"].string?.contains(":container-instance/demo/") == true)
        #expect(output["failures"].array?.count == 1)
        try ec2Definition(h, family: "cpu", memory: 64, cpu: 4096)
        #expect(try run(h, family: "cpu")["failures"][0]["reason"] == "RESOURCE:CPU")
    }

    @Test func aFixedHostPortFitsOncePerInstance() throws {
        let h = ECSHarness()
        try h.cluster()
        h.addInstance(1)
        h.addInstance(2)
        try ec2Definition(h, memory: 128, hostPort: 80)
        let output = try run(h, count: 3)
        #expect(output["tasks"].array?.count == 2)
        #expect(Set((output["tasks"].array ?? []).compactMap(instanceOf)).count == 2)
        #expect(output["failures"].array?.allSatisfy { $0["reason"] == "RESOURCE:PORTS" } == true)
        // Dynamic host ports let many copies share an instance.
        try ec2Definition(h, family: "dynamic", memory: 128)
        #expect(try run(h, family: "dynamic", count: 6)["tasks"].array?.count == 6)
    }

    @Test func binpackFillsTheFullestInstanceFirst() throws {
        let h = ECSHarness()
        try h.cluster()
        h.addInstance(1)
        h.addInstance(2)
        try ec2Definition(h, memory: 1000)
        let strategy: JSON = ["placementStrategy": [["type": "binpack", "field": "memory"]]]
        let first = try #require(instanceOf(try run(h, extra: strategy)["tasks"][0]))
        for _ in 0..<2 {
            #expect(instanceOf(try run(h, extra: strategy)["tasks"][0]) == first)
        }
        // The first instance is full (3 × 1000 of 3904): the fourth task goes to the other.
        #expect(instanceOf(try run(h, extra: strategy)["tasks"][0]) != first)
    }

    @Test func spreadAndDistinctInstanceUseEveryInstance() throws {
        let h = ECSHarness()
        try h.cluster()
        for number in 1...3 { h.addInstance(number, zone: number - 1) }
        try ec2Definition(h, memory: 128)
        let spread = try run(h, count: 3, extra: ["placementStrategy": [["type": "spread", "field": "attribute:ecs.availability-zone"]]])
        #expect(Set((spread["tasks"].array ?? []).compactMap(instanceOf)).count == 3)
        let distinct = try run(h, count: 4, extra: ["group": "one-each", "placementConstraints": [["type": "distinctInstance"]]])
        #expect(distinct["tasks"].array?.count == 3)
        #expect(distinct["failures"].array?.allSatisfy { $0["reason"] == "DistinctInstance placement constraint unsatisfied." } == true)
    }

    @Test func memberOfMatchesAttributes() throws {
        let h = ECSHarness()
        try h.cluster()
        h.addInstance(1, instanceType: "t3.medium")
        h.addInstance(2, instanceType: "m5.large")
        try ec2Definition(h, memory: 128)
        let output = try run(h, count: 2, extra: ["placementConstraints": [
            ["type": "memberOf", "expression": "attribute:ecs.instance-type =~ m5.*"]]])
        let instances = (output["tasks"].array ?? []).compactMap(instanceOf)
        let large = try #require(h.ecs.containerInstances.values.first { $0.instanceType == "m5.large" })
        #expect(instances == [large.id, large.id])
        let none = try run(h, extra: ["placementConstraints": [["type": "memberOf", "expression": "attribute:ecs.instance-type == c5.xlarge"]]])
        #expect(none["failures"].array?.allSatisfy { $0["reason"] == "MemberOf placement constraint unsatisfied." } == true)
        let filtered = try h.call("ListContainerInstances", ["cluster": "demo", "filter": "attribute:ecs.instance-type == t3.medium"])
        #expect(filtered["containerInstanceArns"].array?.count == 1)
        #expect(h.error("ListContainerInstances", ["cluster": "demo", "filter": "attribute:ecs.instance-type =="])?.code
            == "InvalidParameterException")
    }

    @Test func theClusterQueryLanguage() throws {
        let subject = ClusterQuery.Subject(
            attribute: { ["ecs.instance-type": "t3.medium", "ecs.availability-zone": "us-east-1b", "stack": "prod"][$0] },
            ec2InstanceID: "i-0123", agentConnected: true, runningTasksCount: 2, taskGroups: ["service:web"],
            registeredAt: "2026-01-01T00:00:00.000Z")
        let cases: [(String, Bool)] = [
            ("attribute:ecs.instance-type == t3.medium", true),
            ("attribute:ecs.instance-type != t3.medium", false),
            ("attribute:ecs.instance-type =~ t3.*", true),
            ("attribute:ecs.instance-type =~ t2.*", false),
            ("attribute:ecs.availability-zone in [us-east-1a, us-east-1b]", true),
            ("attribute:ecs.availability-zone not_in [us-east-1a, us-east-1b]", false),
            ("attribute:stack exists", true),
            ("attribute:color exists", false),
            ("not(task:group == service:web)", false),
            ("task:group == service:web and runningTasksCount > 1", true),
            ("runningTasksCount == 0 or agentConnected == true", true),
            ("ec2InstanceId in ['i-0123', 'i-9999']", true),
            ("(attribute:stack == dev || attribute:stack == prod) && attribute:ecs.instance-type =~ t3\\.[a-z]+", true),
        ]
        for (text, expected) in cases {
            #expect(try ClusterQuery(text).matches(subject) == expected, "\(text)")
        }
        for bad in ["", "attribute:x ==", "(attribute:x == 1", "attribute:x in [a,", "attribute:x ~~ y"] {
            #expect(throws: AWSServiceError.self, "\(bad)") { try ClusterQuery(bad) }
        }
    }

    @Test func drainingMovesServiceTasksButNotStandaloneOnes() throws {
        let h = ECSHarness()
        try h.cluster()
        h.addInstance(1)
        try ec2Definition(h, memory: 256)
        let standalone = try #require(try run(h)["tasks"][0]["taskArn"].string)
        try h.call("CreateService", ["cluster": "demo", "serviceName": "svc", "taskDefinition": "app", "desiredCount": 2])
        h.wait(60)
        #expect(h.describeService("svc")["runningCount"] == 2)
        h.addInstance(2)
        let first = try #require(h.ecs.containerInstances.values.first { $0.ec2InstanceID == "i-00000000000000001" })
        let updated = try h.call("UpdateContainerInstancesState", ["cluster": "demo", "containerInstances": [.string(first.id)],
                                                                   "status": "DRAINING"])
        #expect(updated["containerInstances"][0]["status"] == "DRAINING")
        h.wait(120)
        let serviceTasks = h.taskArns(service: "svc").map { h.describeTask($0) }
        #expect(serviceTasks.count == 2)
        #expect(serviceTasks.allSatisfy { instanceOf($0) != first.id })
        #expect(h.describeTask(standalone)["lastStatus"] == "RUNNING", "standalone tasks stay")
        #expect(h.error("UpdateContainerInstancesState", ["cluster": "demo", "containerInstances": [.string(first.id)],
                                                          "status": "REGISTERING"])?.code == "InvalidParameterException")
    }

    @Test func aTerminatedHostStopsItsTasksAndServicesReplaceThem() throws {
        let h = ECSHarness()
        try h.cluster()
        h.addInstance(1)
        h.addInstance(2)
        try ec2Definition(h, memory: 256)
        try h.call("CreateService", ["cluster": "demo", "serviceName": "svc", "taskDefinition": "app", "desiredCount": 2,
                                     "placementConstraints": [["type": "distinctInstance"]]])
        h.wait(60)
        h.ecs.agentDisconnected(ec2InstanceID: "i-00000000000000001")
        h.simulation.settle()
        let stopped = h.taskArns(status: "STOPPED").map { h.describeTask($0) }
        #expect(stopped.count == 1)
        #expect(stopped.first?["stoppedReason"] == "Host EC2 (instance i-00000000000000001) terminated.")
        h.wait(60)
        #expect(h.describeService("svc")["runningCount"] == 1, "distinctInstance: one instance left")
        #expect((h.describeService("svc")["events"].array ?? []).contains {
            $0["message"].string?.contains("DistinctInstance") == true || $0["message"].string?.contains("was unable to place a task") == true
        })
        h.addInstance(3)
        h.wait(60)
        #expect(h.describeService("svc")["runningCount"] == 2)
    }

    @Test func aServiceThatCannotBePlacedSaysWhy() throws {
        let h = ECSHarness()
        try h.cluster()
        try ec2Definition(h, memory: 256)
        try h.call("CreateService", ["cluster": "demo", "serviceName": "svc", "taskDefinition": "app", "desiredCount": 1])
        h.wait(10)
        let message = h.describeService("svc")["events"][0]["message"].string
        #expect(message == "(service svc) was unable to place a task because no container instance met all of its requirements. Reason: No Container Instances were found in your cluster. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.")
        h.addInstance(1, memory: 128)
        h.wait(60)
        let closest = h.describeService("svc")["events"][0]["message"].string ?? ""
        #expect(closest.contains("has insufficient memory available."))
        h.wait(600)
        let repeated = (h.describeService("svc")["events"].array ?? []).filter { $0["message"].string == closest }
        #expect(repeated.count == 1, "the same placement failure is logged once")
    }

    @Test func capacityProviderStrategiesSplitByBaseThenWeight() {
        let strategy = [CapacityProviderStrategyItem(capacityProvider: "FARGATE", weight: 1, base: 2),
                        CapacityProviderStrategyItem(capacityProvider: "FARGATE_SPOT", weight: 3, base: 0)]
        let assigned = CapacityProviderStrategyItem.assign(10, strategy: strategy)
        #expect(assigned.filter { $0 == "FARGATE" }.count == 4)
        #expect(assigned.filter { $0 == "FARGATE_SPOT" }.count == 6)
        #expect(Array(assigned.prefix(2)) == ["FARGATE", "FARGATE"])
    }

    @Test func aClusterDefaultStrategySendsTasksToFargateSpot() throws {
        let h = ECSHarness()
        try h.cluster()
        try h.call("PutClusterCapacityProviders", ["cluster": "demo", "capacityProviders": ["FARGATE", "FARGATE_SPOT"],
                                                   "defaultCapacityProviderStrategy": [["capacityProvider": "FARGATE_SPOT", "weight": 1]]])
        try h.fargateDefinition()
        let task = try h.call("RunTask", ["cluster": "demo", "taskDefinition": "web", "networkConfiguration": h.network])["tasks"][0]
        #expect(task["launchType"] == "FARGATE")
        #expect(task["capacityProviderName"] == "FARGATE_SPOT")
        #expect(h.error("RunTask", ["cluster": "demo", "taskDefinition": "web", "networkConfiguration": h.network,
                                    "capacityProviderStrategy": [["capacityProvider": "other", "weight": 1]]])?.message
            == "The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster. Associate the capacity provider with the cluster or specify a valid capacity provider and try again.")
    }

    @Test func autoScalingGroupProvidersOwnTheirInstancesAndWaitForCapacity() throws {
        let h = ECSHarness()
        try h.cluster()
        let group = "arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:0f6a1b2c-3d4e-5f60-7182-93a4b5c6d7e8:autoScalingGroupName/ecs-hosts"
        let created = try h.call("CreateCapacityProvider", ["name": "hosts", "autoScalingGroupProvider": [
            "autoScalingGroupArn": .string(group), "managedScaling": ["status": "ENABLED", "targetCapacity": 100]]])
        #expect(created["capacityProvider"]["autoScalingGroupProvider"]["managedScaling"]["instanceWarmupPeriod"] == 300)
        #expect(h.error("CreateCapacityProvider", ["name": "ecs-x", "autoScalingGroupProvider": ["autoScalingGroupArn": .string(group)]])?.code
            == "ClientException")
        let put = try h.call("PutClusterCapacityProviders", ["cluster": "demo", "capacityProviders": ["hosts"],
                                                             "defaultCapacityProviderStrategy": [["capacityProvider": "hosts", "weight": 1]]])
        #expect(put["cluster"]["attachmentsStatus"] == "UPDATE_IN_PROGRESS")
        try ec2Definition(h, memory: 256)
        let waiting = try run(h)["tasks"][0]
        #expect(waiting["lastStatus"] == "PROVISIONING")
        #expect(waiting["capacityProviderName"] == "hosts")
        h.wait(120)
        let arn = try #require(waiting["taskArn"].string)
        #expect(h.describeTask(arn)["lastStatus"] == "PROVISIONING")
        h.addInstance(1, group: "ecs-hosts")
        h.wait(30)
        let placed = h.describeTask(arn)
        #expect(placed["lastStatus"] == "RUNNING")
        let instance = try h.call("DescribeContainerInstances", ["cluster": "demo", "containerInstances": [.string(instanceOf(placed) ?? "")]])
        #expect(instance["containerInstances"][0]["capacityProviderName"] == "hosts")
        #expect(h.error("DeleteCapacityProvider", ["capacityProvider": "hosts"])?.code == "ResourceInUseException")
        #expect(h.error("DeleteCapacityProvider", ["capacityProvider": "FARGATE"])?.code == "InvalidParameterException")
    }

    @Test func clusterDeletionWaitsForItsResources() throws {
        let h = ECSHarness()
        try h.cluster()
        h.addInstance(1)
        #expect(h.error("DeleteCluster", ["cluster": "demo"])?.message
            == "The Cluster cannot be deleted while Container Instances are active or draining.")
        h.ecs.agentDisconnected(ec2InstanceID: "i-00000000000000001")
        try h.fargateDefinition()
        let arn = try #require(try h.runFargate().first)
        #expect(h.error("DeleteCluster", ["cluster": "demo"])?.code == "ClusterContainsTasksException")
        try h.call("StopTask", ["cluster": "demo", "task": .string(arn)])
        h.wait(120)
        #expect(try h.call("DeleteCluster", ["cluster": "demo"])["cluster"]["status"] == "INACTIVE")
    }
}
