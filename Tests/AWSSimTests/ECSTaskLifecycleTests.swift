@testable import AWSSim
import JSONValue
import SimCore
import Testing

struct ECSTaskLifecycleTests {
    @Test func aFargateTaskWalksThroughItsStatesWithTime() throws {
        let h = ECSHarness()
        try h.cluster()
        try h.fargateDefinition()
        let output = try h.call("RunTask", ["cluster": "demo", "taskDefinition": "web", "launchType": "FARGATE",
                                            "networkConfiguration": h.network])
        let first = output["tasks"][0]
        #expect(first["lastStatus"] == "PROVISIONING")
        #expect(first["desiredStatus"] == "RUNNING")
        #expect(first["attachments"][0]["status"] == "PRECREATED")
        #expect(first["attachments"][0]["details"].array?.count == 1)
        #expect(first["containers"][0]["lastStatus"] == "PENDING")
        #expect(first["version"] == 1)
        let arn = try #require(first["taskArn"].string)
        #expect(ECSResourceName.lastSegment(arn).count == 32)

        // Reads do not advance anything: only time does.
        for _ in 0..<5 { #expect(h.describeTask(arn)["lastStatus"] == "PROVISIONING") }

        var seen: [String] = []
        for _ in 0..<120 {
            h.wait(1)
            if let status = h.describeTask(arn)["lastStatus"].string, seen.last != status { seen.append(status) }
        }
        #expect(seen == ["PROVISIONING", "PENDING", "ACTIVATING", "RUNNING"])
        let running = h.describeTask(arn)
        #expect(running["attachments"][0]["status"] == "ATTACHED")
        #expect(running["connectivity"] == "CONNECTED")
        #expect(running["healthStatus"] == "UNKNOWN")
        #expect(running["version"] == 3)
        let created = try #require(running["createdAt"].double)
        let started = try #require(running["startedAt"].double)
        #expect(started - created > 15 && started - created < 45, "Fargate takes tens of seconds to start")
        #expect(running["pullStartedAt"] != .null && running["pullStoppedAt"] != .null)
    }

    @Test func theENIComesFromTheSubnetAndGoesBackOnStop() throws {
        let h = ECSHarness()
        try h.cluster()
        try h.fargateDefinition()
        let arn = try #require(try h.runFargate().first)
        h.wait(40)
        let details = h.describeTask(arn)["attachments"][0]["details"].array ?? []
        let value: (String) -> String? = { name in details.first { $0["name"].string == name }?["value"].string }
        let eni = try #require(value("networkInterfaceId"))
        let address = try #require(value("privateIPv4Address"))
        #expect(address.hasPrefix("172.31.0."), "the first default subnet is 172.31.0.0/20")
        #expect(value("privateDnsName") == "ip-\(address.split(separator: ".").joined(separator: "-")).ec2.internal")
        let interface = try #require(h.region.ec2.networkInterfaces.first { $0.id == eni })
        #expect(interface.requesterManaged)
        #expect(interface.publicIP != nil, "assignPublicIp ENABLED")

        try h.call("StopTask", ["cluster": "demo", "task": .string(arn), "reason": "done here"])
        #expect(h.region.ec2.networkInterfaces.contains { $0.id == eni }, "released only once the task deprovisions")
        h.wait(120)
        let stopped = h.describeTask(arn)
        #expect(stopped["lastStatus"] == "STOPPED")
        #expect(stopped["stopCode"] == "UserInitiated")
        #expect(stopped["stoppedReason"] == "done here")
        #expect(stopped["attachments"][0]["status"] == "DELETED")
        #expect(stopped["containers"][0]["exitCode"] == 0, "nginx exits cleanly on SIGTERM")
        #expect(!h.region.ec2.networkInterfaces.contains { $0.id == eni })
    }

    @Test func theStopPassesThroughEveryStopState() throws {
        let h = ECSHarness()
        try h.cluster()
        try h.fargateDefinition()
        let arn = try #require(try h.runFargate().first)
        h.wait(60)
        let response = try h.call("StopTask", ["cluster": "demo", "task": .string(arn)])
        #expect(response["task"]["desiredStatus"] == "STOPPED")
        #expect(response["task"]["lastStatus"] == "RUNNING")
        #expect(response["task"]["stoppedReason"] == "Task stopped by user")
        var seen: [String] = []
        for _ in 0..<200 {
            h.simulation.advance(by: .millis(250))
            if let status = h.describeTask(arn)["lastStatus"].string, seen.last != status { seen.append(status) }
        }
        #expect(seen == ["RUNNING", "DEACTIVATING", "STOPPING", "DEPROVISIONING", "STOPPED"])
    }

    @Test func anEssentialContainerExitStopsTheTaskAndNothingReplacesIt() throws {
        let h = ECSHarness()
        try h.cluster()
        try h.fargateDefinition(family: "job", image: "busybox", command: ["sh", "-c", "echo hello; sleep 5; exit 3"])
        let arn = try #require(try h.runFargate("job").first)
        h.wait(120)
        let task = h.describeTask(arn)
        #expect(task["lastStatus"] == "STOPPED")
        #expect(task["stopCode"] == "EssentialContainerExited")
        #expect(task["stoppedReason"] == "Essential container in task exited")
        #expect(task["containers"][0]["exitCode"] == 3)
        #expect(task["startedAt"] != .null)
        h.wait(600)
        #expect(h.taskArns().isEmpty, "a standalone task never recovers by itself")
        #expect(h.taskArns(status: "STOPPED") == [arn])
    }

    @Test func anUnknownTagFailsToPullWithFargatesMessage() throws {
        let h = ECSHarness()
        try h.cluster()
        try h.fargateDefinition(image: "nginx:9.99")
        let arn = try #require(try h.runFargate().first)
        h.wait(120)
        let task = h.describeTask(arn)
        #expect(task["lastStatus"] == "STOPPED")
        #expect(task["stopCode"] == "TaskFailedToStart")
        let reason = "CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref docker.io/library/nginx:9.99: docker.io/library/nginx:9.99: not found"
        #expect(task["stoppedReason"].string == reason)
        #expect(task["containers"][0]["reason"].string == reason)
        #expect(task["startedAt"] == .null)
    }

    @Test func stoppedTasksAreForgottenAfterAnHour() throws {
        let h = ECSHarness()
        try h.cluster()
        try h.fargateDefinition(family: "job", image: "busybox", command: ["true"])
        let arn = try #require(try h.runFargate("job").first)
        h.wait(300)
        #expect(h.describeTask(arn)["lastStatus"] == "STOPPED")
        h.wait(3600)
        let output = try h.call("DescribeTasks", ["cluster": "demo", "tasks": [.string(arn)]])
        #expect(output["failures"][0]["reason"] == "MISSING")
    }

    @Test func awslogsShipsContainerOutputToTheStream() throws {
        let h = ECSHarness()
        try h.cluster()
        try h.call("RegisterTaskDefinition", [
            "family": "job", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"], "cpu": "256",
            "memory": "512", "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
            "containerDefinitions": [[
                "name": "app", "image": "busybox", "command": ["sh", "-c", "echo one; sleep 2; echo two"],
                "logConfiguration": ["logDriver": "awslogs", "options": [
                    "awslogs-group": "/ecs/job", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "ecs",
                    "awslogs-create-group": "true"]],
            ]],
        ])
        let arn = try #require(try h.runFargate("job").first)
        h.wait(120)
        let id = ECSResourceName.lastSegment(arn)
        let events = h.region.logs.groups["/ecs/job"]?["ecs/app/\(id)"] ?? []
        #expect(events.map(\.message) == ["one", "two"])
        #expect(events.count == 2 && events[1].timestamp - events[0].timestamp == SimDuration(milliseconds: 2000))
    }

    @Test func awslogsWithoutItsGroupFailsTheTask() throws {
        let h = ECSHarness()
        try h.cluster()
        try h.call("RegisterTaskDefinition", [
            "family": "job", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"], "cpu": "256",
            "memory": "512", "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
            "containerDefinitions": [["name": "app", "image": "nginx", "logConfiguration": [
                "logDriver": "awslogs", "options": ["awslogs-group": "/ecs/missing", "awslogs-stream-prefix": "ecs"]]]],
        ])
        let arn = try #require(try h.runFargate("job").first)
        h.wait(120)
        #expect(h.describeTask(arn)["stoppedReason"].string?.hasPrefix(
            "ResourceInitializationError: failed to validate logger args") == true)
    }

    @Test func awslogsOnFargateNeedsAnExecutionRole() {
        let h = ECSHarness()
        let error = h.error("RegisterTaskDefinition", [
            "family": "job", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"], "cpu": "256", "memory": "512",
            "containerDefinitions": [["name": "app", "image": "nginx", "logConfiguration": [
                "logDriver": "awslogs", "options": ["awslogs-group": "/ecs/job"]]]],
        ])
        #expect(error?.message == "Fargate requires task definition to have execution role ARN to support log driver awslogs.")
    }

    @Test func aTaskIDescribesIsDeterministicForASeed() throws {
        func run() throws -> JSON {
            let h = ECSHarness(seed: 7)
            try h.cluster()
            try h.fargateDefinition()
            let arn = try #require(try h.runFargate(count: 2).first)
            h.wait(45)
            return h.describeTask(arn)
        }
        #expect(try run() == run())
    }

    @Test func taskStateChangesReachEventBridge() throws {
        let h = ECSHarness()
        try h.cluster()
        try h.fargateDefinition()
        let arn = try #require(try h.runFargate().first)
        h.wait(60)
        let events = h.ecs.events.filter { $0.detailType == "ECS Task State Change" && $0.resources == [arn] }
        #expect(events.map { $0.detail["lastStatus"].string ?? "" } == ["PROVISIONING", "PENDING", "RUNNING"])
        #expect(events.last?.json["source"] == "aws.ecs")
        #expect(events.last?.detail["createdAt"].string == "2026-01-01T00:00:00.000Z")
    }

    @Test func runTaskChecksItsRequest() throws {
        let h = ECSHarness()
        try h.cluster()
        try h.fargateDefinition()
        func run(_ extra: JSON) -> AWSServiceError? {
            var input: JSON = ["cluster": "demo", "taskDefinition": "web"]
            for (key, value) in extra.object?.pairs ?? [] { input[key] = value }
            return h.error("RunTask", input)
        }
        #expect(run(["launchType": "FARGATE"])?.message
            == "Network Configuration must be provided when networkMode 'awsvpc' is specified.")
        #expect(run(["launchType": "FARGATE", "networkConfiguration": h.network, "count": 11])?.code
            == "InvalidParameterException")
        #expect(run(["launchType": "FARGATE", "capacityProviderStrategy": [["capacityProvider": "FARGATE"]],
                     "networkConfiguration": h.network])?.message
            == "Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.")
        #expect(run(["cluster": "nope", "launchType": "FARGATE"]) == .clusterNotFound)
        #expect(run(["taskDefinition": "nope", "launchType": "FARGATE"]) == .taskDefinitionNotFound)
        #expect(run(["launchType": "FARGATE", "networkConfiguration": h.network,
                     "overrides": ["containerOverrides": [["name": "ghost"]]]])?.message
            == "Override for container named ghost is not a container in the TaskDefinition.")
        try h.call("RegisterTaskDefinition", ["family": "bridge", "containerDefinitions": [
            ["name": "a", "image": "nginx", "memory": 128]]])
        #expect(run(["taskDefinition": "bridge", "launchType": "FARGATE"])?.message
            == "Task definition does not support launch_type FARGATE.")
        #expect(run(["taskDefinition": "bridge"])?.message == "No Container Instances were found in your cluster.")
    }

    @Test func overridesChangeWhatRuns() throws {
        let h = ECSHarness()
        try h.cluster()
        try h.fargateDefinition(family: "job", image: "busybox", command: ["sh", "-c", "exit 0"])
        let output = try h.call("RunTask", [
            "cluster": "demo", "taskDefinition": "job", "launchType": "FARGATE", "networkConfiguration": h.network,
            "overrides": ["containerOverrides": [["name": "job", "command": ["sh", "-c", "exit 7"]]]],
        ])
        #expect(output["tasks"][0]["overrides"]["containerOverrides"][0]["command"] == ["sh", "-c", "exit 7"])
        let arn = try #require(output["tasks"][0]["taskArn"].string)
        h.wait(120)
        #expect(h.describeTask(arn)["containers"][0]["exitCode"] == 7)
    }
}
