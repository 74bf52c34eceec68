@testable import AWSSim
import JSONValue
import SimCore
import Testing

struct ECSServiceTests {
    func createService(_ h: ECSHarness, name: String = "web", family: String = "web", desired: Int = 2,
                       configuration: JSON? = nil) throws {
        var input: JSON = ["cluster": "demo", "serviceName": .string(name), "taskDefinition": .string(family),
                           "desiredCount": .int(desired), "launchType": "FARGATE",
                           "networkConfiguration": ["awsvpcConfiguration": ["subnets": .array(h.subnets.prefix(2).map(JSON.string))]]]
        if let configuration { input["deploymentConfiguration"] = configuration }
        try h.call("CreateService", input)
    }

    func messages(_ h: ECSHarness, _ service: String = "web") -> [String] {
        (h.describeService(service)["events"].array ?? []).compactMap { $0["message"].string }
    }

    @Test func theSchedulerStartsTasksAndReachesASteadyState() throws {
        let h = ECSHarness()
        try h.cluster()
        try h.fargateDefinition()
        try createService(h)
        let created = h.describeService("web")
        #expect(created["deployments"][0]["rolloutState"] == "IN_PROGRESS")
        #expect(created["events"] == [])
        h.wait(90)
        let service = h.describeService("web")
        #expect(service["runningCount"] == 2)
        #expect(service["deployments"].array?.count == 1)
        #expect(service["deployments"][0]["rolloutState"] == "COMPLETED")
        let id = try #require(service["deployments"][0]["id"].string)
        #expect(id.hasPrefix("ecs-svc/") && id.count == 27)
        let log = messages(h)
        #expect(log.count == 3)
        #expect(log.first == "(service web) has reached a steady state.")
        #expect(log[1] == "(service web) (deployment \(id)) deployment completed.")
        #expect(log[2].hasPrefix("(service web) has started 2 tasks: (task "))
        // Tasks are spread over the subnets' zones, and carry the service's group.
        let tasks = h.taskArns().map { h.describeTask($0) }
        #expect(Set(tasks.compactMap { $0["availabilityZone"].string }).count == 2)
        #expect(tasks.allSatisfy { $0["group"] == "service:web" && $0["startedBy"] == .string(id) })
        let cluster = try h.call("DescribeClusters", ["clusters": ["demo"]])["clusters"][0]
        #expect(cluster["activeServicesCount"] == 1 && cluster["runningTasksCount"] == 2)
    }

    @Test func aStoppedServiceTaskIsReplaced() throws {
        let h = ECSHarness()
        try h.cluster()
        try h.fargateDefinition()
        try createService(h, desired: 1)
        h.wait(60)
        let original = try #require(h.taskArns().first)
        try h.call("StopTask", ["cluster": "demo", "task": .string(original)])
        h.wait(60)
        let now = h.taskArns()
        #expect(now.count == 1 && now.first != original)
        #expect(h.describeTask(now[0])["lastStatus"] == "RUNNING")
        #expect(messages(h).contains { $0.hasPrefix("(service web) has started 1 tasks: (task ") })
    }

    @Test func aRollingDeploymentStartsNewTasksBeforeStoppingOld() throws {
        let h = ECSHarness()
        try h.cluster()
        try h.fargateDefinition(image: "nginx:1.27")
        try createService(h, desired: 4)
        h.wait(90)
        try h.fargateDefinition(image: "nginx:1.28")
        try h.call("UpdateService", ["cluster": "demo", "service": "web", "taskDefinition": "web:2"])
        var maxActive = 0
        var minRunning = Int.max
        for _ in 0..<300 {
            h.wait(1)
            let active = h.taskArns().map { h.describeTask($0) }
            maxActive = max(maxActive, active.count)
            minRunning = min(minRunning, active.filter { $0["lastStatus"] == "RUNNING" }.count)
        }
        #expect(maxActive == 8, "maximumPercent 200 allows 8 tasks")
        #expect(minRunning >= 4, "minimumHealthyPercent 100 keeps 4 running")
        let service = h.describeService("web")
        #expect(service["deployments"].array?.count == 1)
        #expect(service["taskDefinition"] == "arn:aws:ecs:us-east-1:123456789012:task-definition/web:2")
        let stoppedCounts = messages(h).compactMap { message -> Int? in
            guard message.hasPrefix("(service web) has stopped ") else { return nil }
            return Int(message.dropFirst("(service web) has stopped ".count).prefix { $0.isNumber })
        }
        #expect(stoppedCounts.reduce(0, +) == 4, "\(messages(h))")
    }

    @Test func aRollingDeploymentWithHalfHealthyStopsFirst() throws {
        let h = ECSHarness()
        try h.cluster()
        try h.fargateDefinition(image: "nginx:1.27")
        try createService(h, desired: 4, configuration: ["maximumPercent": 100, "minimumHealthyPercent": 50])
        h.wait(90)
        try h.fargateDefinition(image: "nginx:1.28")
        try h.call("UpdateService", ["cluster": "demo", "service": "web", "taskDefinition": "web:2"])
        var maxActive = 0
        var minRunning = Int.max
        for _ in 0..<400 {
            h.wait(1)
            let active = h.taskArns().map { h.describeTask($0) }
            maxActive = max(maxActive, active.count)
            minRunning = min(minRunning, active.filter { $0["lastStatus"] == "RUNNING" }.count)
        }
        #expect(maxActive <= 4)
        #expect(minRunning >= 2)
        #expect(h.describeService("web")["deployments"][0]["rolloutState"] == "COMPLETED")
    }

    @Test func aDeploymentThatCannotMoveSaysSo() throws {
        let h = ECSHarness()
        try h.cluster()
        try h.fargateDefinition()
        try createService(h, desired: 2, configuration: ["maximumPercent": 100, "minimumHealthyPercent": 100])
        h.wait(90)
        try h.call("UpdateService", ["cluster": "demo", "service": "web", "forceNewDeployment": true])
        h.wait(60)
        #expect(messages(h).first == "(service web) was unable to stop or start tasks during a deployment because of the service deployment configuration. Update the minimumHealthyPercent or maximumPercent value and try again.")
        #expect(h.describeService("web")["deployments"].array?.count == 2)
    }

    @Test func theCircuitBreakerRollsBackACrashingImage() throws {
        let h = ECSHarness()
        try h.cluster()
        try h.fargateDefinition()
        try createService(h, desired: 2, configuration: ["deploymentCircuitBreaker": ["enable": true, "rollback": true]])
        h.wait(90)
        let good = try #require(h.describeService("web")["deployments"][0]["id"].string)
        try h.fargateDefinition(image: "busybox", command: ["sh", "-c", "exit 1"])
        try h.call("UpdateService", ["cluster": "demo", "service": "web", "taskDefinition": "web:2"])
        let bad = try #require(h.describeService("web")["deployments"][0]["id"].string)
        h.wait(600)
        let service = h.describeService("web")
        #expect(service["taskDefinition"] == "arn:aws:ecs:us-east-1:123456789012:task-definition/web:1")
        #expect(service["deployments"].array?.count == 1)
        #expect(service["deployments"][0]["id"] == .string(good))
        #expect(service["deployments"][0]["rolloutState"] == "COMPLETED")
        #expect(service["runningCount"] == 2)
        let log = messages(h)
        #expect(log.contains("(service web) (deployment \(bad)) deployment failed: tasks failed to start."))
        #expect(log.contains("(service web) rolling back to deployment \(good)."))
        // The old tasks kept serving throughout: none of the good deployment's tasks stopped.
        let stopped = h.taskArns(status: "STOPPED").map { h.describeTask($0) }
        #expect(stopped.count >= 3)
        #expect(stopped.allSatisfy { $0["startedBy"] == .string(bad) && $0["startedAt"] == .null })
        let failedEvents = h.ecs.events.filter { $0.detail["eventName"] == "SERVICE_DEPLOYMENT_FAILED" }
        #expect(failedEvents.count == 1)
    }

    @Test func withoutRollbackAFailedDeploymentStopsLaunching() throws {
        let h = ECSHarness()
        try h.cluster()
        try h.fargateDefinition(image: "nginx:0.0.1")
        try createService(h, desired: 1, configuration: ["deploymentCircuitBreaker": ["enable": true, "rollback": false]])
        h.wait(900)
        let deployment = h.describeService("web")["deployments"][0]
        #expect(deployment["rolloutState"] == "FAILED")
        #expect(deployment["rolloutStateReason"] == "ECS deployment circuit breaker: tasks failed to start.")
        #expect(deployment["failedTasks"] == 3)
        #expect(h.taskArns().isEmpty)
    }

    @Test func failingLaunchesAreThrottled() throws {
        let h = ECSHarness()
        try h.cluster()
        try h.fargateDefinition(image: "nginx:0.0.1")
        try createService(h, desired: 1)
        h.wait(3600)
        let deployment = h.describeService("web")["deployments"][0]
        let failed = try #require(deployment["failedTasks"].int)
        #expect(failed > 5 && failed < 20, "retries slow down: \(failed) failures in an hour")
        #expect(messages(h).contains("(service web) is unable to consistently start tasks successfully."))
    }

    @Test func scalingChangesTheCountWithoutANewDeployment() throws {
        let h = ECSHarness()
        try h.cluster()
        try h.fargateDefinition()
        try createService(h, desired: 1)
        h.wait(60)
        try h.call("UpdateService", ["cluster": "demo", "service": "web", "desiredCount": 3])
        h.wait(60)
        #expect(h.describeService("web")["runningCount"] == 3)
        try h.call("UpdateService", ["cluster": "demo", "service": "web", "desiredCount": 1])
        h.wait(90)
        let service = h.describeService("web")
        #expect(service["runningCount"] == 1)
        #expect(service["deployments"].array?.count == 1)
        #expect(messages(h).contains { $0.hasPrefix("(service web) has stopped 2 running tasks: ") })
        let stopped = h.taskArns(status: "STOPPED").map { h.describeTask($0) }
        #expect(stopped.allSatisfy { $0["stopCode"] == "ServiceSchedulerInitiated" })
        #expect(stopped.first?["stoppedReason"].string?.hasPrefix("Scaling activity initiated by (deployment ecs-svc/") == true)
    }

    @Test func deletingNeedsZeroOrForceThenDrainsToInactive() throws {
        let h = ECSHarness()
        try h.cluster()
        try h.fargateDefinition()
        try createService(h, desired: 1)
        h.wait(60)
        #expect(h.error("DeleteService", ["cluster": "demo", "service": "web"])
            == .ecsInvalidParameter("The service cannot be stopped while it is scaled above 0."))
        #expect(h.error("DeleteCluster", ["cluster": "demo"])?.code == "ClusterContainsServicesException")
        let deleted = try h.call("DeleteService", ["cluster": "demo", "service": "web", "force": true])
        #expect(deleted["service"]["status"] == "DRAINING")
        #expect(try h.call("ListServices", ["cluster": "demo"])["serviceArns"].array?.count == 1)
        h.wait(120)
        #expect(h.describeService("web")["status"] == "INACTIVE")
        #expect(try h.call("ListServices", ["cluster": "demo"])["serviceArns"] == [])
        #expect(h.error("UpdateService", ["cluster": "demo", "service": "web", "desiredCount": 1]) == .serviceNotActive)
        #expect(h.error("UpdateService", ["cluster": "demo", "service": "nope"]) == .serviceNotFound)
        // The name can be used again once the old service is INACTIVE.
        try createService(h, desired: 0)
        #expect(h.describeService("web")["status"] == "ACTIVE")
    }

    @Test func createServiceChecksItsRequest() throws {
        let h = ECSHarness()
        try h.cluster()
        try h.fargateDefinition()
        try createService(h, desired: 0)
        #expect(h.error("CreateService", ["cluster": "demo", "serviceName": "web", "taskDefinition": "web",
                                          "desiredCount": 1, "launchType": "FARGATE", "networkConfiguration": h.network])
            == .ecsInvalidParameter("Creation of service was not idempotent."))
        #expect(h.error("CreateService", ["cluster": "demo", "serviceName": "x", "taskDefinition": "nope",
                                          "desiredCount": 1]) == .taskDefinitionNotFound)
        #expect(h.error("CreateService", ["cluster": "demo", "serviceName": "x", "taskDefinition": "web",
                                          "desiredCount": 1, "launchType": "FARGATE"])?.message
            == "Network Configuration must be provided when networkMode 'awsvpc' is specified.")
        #expect(h.error("CreateService", ["cluster": "nope", "serviceName": "x", "taskDefinition": "web",
                                          "desiredCount": 1]) == .clusterNotFound)
    }

    @Test func servicesStableAsTheWaiterSeesIt() throws {
        let h = ECSHarness()
        try h.cluster()
        try h.fargateDefinition()
        try createService(h, desired: 3)
        let stable = h.wait(upTo: 600) {
            let service = h.describeService("web")
            return service["deployments"].array?.count == 1 && service["runningCount"] == service["desiredCount"]
        }
        #expect(stable)
        #expect(h.simulation.now - ECSHarness.start < SimDuration.seconds(Int64(60)))
    }

    @Test func theSteadyStateIsReportedAgainEverySixHours() throws {
        let h = ECSHarness()
        try h.cluster()
        try h.fargateDefinition()
        try createService(h, desired: 1)
        h.wait(60)
        h.wait(13 * 3600)
        let steady = messages(h).filter { $0 == "(service web) has reached a steady state." }
        #expect(steady.count == 3)
    }

    @Test func containerHealthChecksDecideHealthAndUnhealthyTasksAreReplaced() throws {
        let h = ECSHarness()
        try h.cluster()
        try h.fargateDefinition(family: "good", extra: ["healthCheck": ["command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"],
                                                                        "interval": 10]])
        try h.fargateDefinition(family: "sick", extra: ["healthCheck": ["command": ["CMD-SHELL", "exit 1"], "interval": 5,
                                                                        "retries": 2]])
        try createService(h, name: "good", family: "good", desired: 1)
        try createService(h, name: "sick", family: "sick", desired: 1)
        h.wait(90)
        let good = h.taskArns(service: "good").map { h.describeTask($0) }
        #expect(good.first?["healthStatus"] == "HEALTHY")
        #expect(good.first?["containers"][0]["healthStatus"] == "HEALTHY")
        let replaced = h.taskArns(status: "STOPPED").map { h.describeTask($0) }.filter { $0["group"] == "service:sick" }
        #expect(!replaced.isEmpty)
        #expect(replaced.allSatisfy { $0["stoppedReason"] == "Task failed container health checks" })
        #expect(h.taskArns(service: "sick").count == 1, "the service keeps one task going")
    }
}
