@testable import AWSSim
import JSONValue
import SimCore
import Testing

/// ECS Exec: ExecuteCommand's conditions (exec enabled, task running, a task role that may
/// open Session Manager's channels) and what a container sees through the agent's endpoint.
@Suite struct ECSExecTests {
    static let channels = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ssmmessages:CreateControlChannel","ssmmessages:CreateDataChannel","ssmmessages:OpenControlChannel","ssmmessages:OpenDataChannel"],"Resource":"*"}]}"#

    /// A cluster, a task role (with or without the channel permissions) and a running task.
    func runningTask(exec: Bool = true, role: Bool = true, channels: Bool = true) throws -> (ECSHarness, String) {
        let harness = ECSHarness()
        try harness.cluster()
        var extra: JSON = [:]
        if role {
            _ = try harness.cloud.call(service: "iam", operation: "CreateRole", input: [
                "RoleName": "appTaskRole", "AssumeRolePolicyDocument": .string(Trust.service("ecs-tasks.amazonaws.com"))],
                region: "us-east-1")
            if channels {
                _ = try harness.cloud.call(service: "iam", operation: "PutRolePolicy", input: [
                    "RoleName": "appTaskRole", "PolicyName": "exec", "PolicyDocument": .string(Self.channels)],
                    region: "us-east-1")
            }
            extra = ["taskRoleArn": "arn:aws:iam::123456789012:role/appTaskRole"]
        }
        var definition: JSON = [
            "family": "web", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"], "cpu": "256", "memory": "512",
            "containerDefinitions": [["name": "web", "image": "nginx:1.27", "essential": true]],
        ]
        for (key, value) in extra.object?.pairs ?? [] { definition[key] = value }
        try harness.call("RegisterTaskDefinition", definition)
        let output = try harness.call("RunTask", ["cluster": "demo", "taskDefinition": "web", "launchType": "FARGATE",
                                                  "networkConfiguration": harness.network, "enableExecuteCommand": .bool(exec)])
        let arn = output["tasks"][0]["taskArn"].string ?? ""
        harness.wait(upTo: 120) { harness.describeTask(arn)["lastStatus"] == "RUNNING" }
        return (harness, arn)
    }

    func execute(_ harness: ECSHarness, _ task: String, command: String = "env") -> Result<JSON, AWSServiceError> {
        do {
            return .success(try harness.call("ExecuteCommand", ["cluster": "demo", "task": .string(task), "container": "web",
                                                                "interactive": true, "command": .string(command)]))
        } catch {
            return .failure(error)
        }
    }

    @Test func opensASessionOnARunningContainer() throws {
        let (harness, task) = try runningTask()
        guard case .success(let output) = execute(harness, task) else {
            Issue.record("ExecuteCommand failed")
            return
        }
        let session = try #require(output["session"]["sessionId"].string)
        #expect(session.hasPrefix("ecs-execute-command-0") && session.count == 37)
        #expect(output["containerName"] == "web" && output["interactive"] == true && output["taskArn"] == .string(task))
        let view = try #require(harness.ecs.execView(sessionID: session))
        #expect(view.command == "env")
        #expect(view.environmentValue("AWS_EXECUTION_ENV") == "AWS_ECS_FARGATE")
        #expect(view.environmentValue("AWS_REGION") == "us-east-1")
        #expect(view.environmentValue("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI")?.hasPrefix("/v2/credentials/") == true)
        #expect(view.environmentValue("ECS_CONTAINER_METADATA_URI_V4")?.hasPrefix("http://169.254.170.2/v4/\(task.split(separator: "/").last ?? "")-") == true)
    }

    @Test func refusesWhenExecWasNotEnabledOrTheTaskIsNotRunning() throws {
        let (harness, task) = try runningTask(exec: false)
        guard case .failure(let error) = execute(harness, task) else {
            Issue.record("ExecuteCommand succeeded")
            return
        }
        #expect(error.code == "InvalidParameterException")
        #expect(error.message.hasPrefix("The execute command failed because execute command was not enabled when the task was run or the execute command agent isn\u{2019}t running."))
        let (stopping, arn) = try runningTask()
        try stopping.call("StopTask", ["cluster": "demo", "task": .string(arn)])
        guard case .failure(let stopped) = execute(stopping, arn) else {
            Issue.record("ExecuteCommand succeeded on a stopping task")
            return
        }
        #expect(stopped.code == "InvalidParameterException")
    }

    @Test func needsATaskRoleThatMayOpenTheChannels() throws {
        for (role, channels) in [(false, false), (true, false)] {
            let (harness, task) = try runningTask(role: role, channels: channels)
            guard case .failure(let error) = execute(harness, task) else {
                Issue.record("ExecuteCommand succeeded")
                continue
            }
            #expect(error.code == "TargetNotConnectedException")
            #expect(error.message == "The execute command failed due to an internal error. Try again later.")
        }
    }

    @Test func onlyInteractiveSessions() throws {
        let (harness, task) = try runningTask()
        let error = harness.error("ExecuteCommand", ["cluster": "demo", "task": .string(task), "interactive": false,
                                                     "command": "env"])
        #expect(error?.message == "Interactive is the only mode supported currently.")
    }

    @Test func agentServesTheTaskRoleCredentialsFromSTS() throws {
        let (harness, task) = try runningTask()
        guard case .success(let output) = execute(harness, task), let id = output["session"]["sessionId"].string,
            let view = harness.ecs.execView(sessionID: id),
            let path = view.environmentValue("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI")
        else {
            Issue.record("no session")
            return
        }
        let response = view.agent(path)
        #expect(response.status == 200)
        let credentials = try JSONParser.parse(response.body)
        #expect(credentials.object?.keys == ["RoleArn", "AccessKeyId", "SecretAccessKey", "Token", "Expiration"])
        #expect(credentials["RoleArn"] == "arn:aws:iam::123456789012:role/appTaskRole")
        let key = try #require(credentials["AccessKeyId"].string)
        #expect(key.hasPrefix("ASIA") && key == view.credentials?.accessKeyID)
        let taskID = String(task.split(separator: "/").last ?? "")
        #expect(harness.cloud.sts.caller(forAccessKeyID: key)?.arn == "arn:aws:sts::123456789012:assumed-role/appTaskRole/\(taskID)")
        // The same credentials until they expire, six hours after they were issued.
        #expect(view.agent(path).body == response.body)
        #expect(view.agent("/v2/credentials/").body == #"{"code":"NoIdInRequest","message":"CredentialsV2Request: No Credential ID in the request","HTTPErrorCode":400}"#)
        #expect(view.agent("/v2/credentials/nope").status == 400)
        #expect(view.agent("/").body == "404 page not found\n")
    }

    @Test func taskMetadataDescribesTheTask() throws {
        let (harness, task) = try runningTask()
        guard case .success(let output) = execute(harness, task), let id = output["session"]["sessionId"].string,
            let view = harness.ecs.execView(sessionID: id),
            let uri = view.environmentValue("ECS_CONTAINER_METADATA_URI_V4")
        else {
            Issue.record("no session")
            return
        }
        let path = String(uri.dropFirst("http://169.254.170.2".count))
        let metadata = try JSONParser.parse(view.agent(path + "/task").body)
        #expect(metadata["TaskARN"] == .string(task))
        #expect(metadata["Cluster"] == "arn:aws:ecs:us-east-1:123456789012:cluster/demo")
        #expect(metadata["LaunchType"] == "FARGATE" && metadata["KnownStatus"] == "RUNNING")
        #expect(metadata["Limits"] == ["CPU": 0.25, "Memory": 512])
        let eni = harness.describeTask(task)["attachments"][0]["details"].array?.first { $0["name"] == "privateIPv4Address" }
        #expect(metadata["Containers"][0]["Networks"][0]["IPv4Addresses"][0] == eni?["value"])
        let container = try JSONParser.parse(view.agent(path).body)
        #expect(container["Name"] == "web" && container["DockerId"] == .string(String(path.dropFirst(4))))
        #expect(view.agent("/v4/nope/task").status == 404)
    }

    @Test func onEC2TheAgentNamesEndpointsByUUIDAndTheClusterByName() throws {
        let harness = ECSHarness()
        try harness.cluster()
        harness.addInstance(1)
        _ = try harness.cloud.call(service: "iam", operation: "CreateRole", input: [
            "RoleName": "appTaskRole", "AssumeRolePolicyDocument": .string(Trust.service("ecs-tasks.amazonaws.com"))],
            region: "us-east-1")
        _ = try harness.cloud.call(service: "iam", operation: "PutRolePolicy", input: [
            "RoleName": "appTaskRole", "PolicyName": "exec", "PolicyDocument": .string(Self.channels)], region: "us-east-1")
        try harness.call("RegisterTaskDefinition", [
            "family": "web", "networkMode": "bridge", "taskRoleArn": "arn:aws:iam::123456789012:role/appTaskRole",
            "containerDefinitions": [["name": "web", "image": "nginx:1.27", "memory": 256]],
        ])
        let run = try harness.call("RunTask", ["cluster": "demo", "taskDefinition": "web", "launchType": "EC2",
                                               "enableExecuteCommand": true])
        let task = run["tasks"][0]["taskArn"].string ?? ""
        harness.wait(upTo: 120) { harness.describeTask(task)["lastStatus"] == "RUNNING" }
        guard case .success(let output) = execute(harness, task), let id = output["session"]["sessionId"].string,
            let view = harness.ecs.execView(sessionID: id), let uri = view.environmentValue("ECS_CONTAINER_METADATA_URI_V4")
        else {
            Issue.record("no session")
            return
        }
        #expect(view.environmentValue("AWS_EXECUTION_ENV") == "AWS_ECS_EC2")
        let endpointID = String(uri.dropFirst("http://169.254.170.2/v4/".count))
        #expect(endpointID.count == 36 && endpointID.split(separator: "-").count == 5)
        let metadata = try JSONParser.parse(view.agent("/v4/\(endpointID)/task").body)
        #expect(metadata["Cluster"] == "demo" && metadata["LaunchType"] == "EC2")
        #expect(metadata["Containers"][0]["DockerName"].string?.hasPrefix("ecs-web-1-web-") == true)
        #expect(metadata["Containers"][0]["Networks"][0]["NetworkMode"] == "bridge")
        #expect(metadata["ClockDrift"] == .null && metadata["AvailabilityZoneID"] != .null)
    }

    @Test func containerFilesAreECSNotKubernetes() throws {
        let (harness, task) = try runningTask()
        guard case .success(let output) = execute(harness, task), let id = output["session"]["sessionId"].string,
            let view = harness.ecs.execView(sessionID: id)
        else {
            Issue.record("no session")
            return
        }
        #expect(view.files["/etc/hostname"] == view.hostname + "\n")
        #expect(view.files["/etc/resolv.conf"] == "search ec2.internal\nnameserver 172.31.0.2\n")
        #expect(!view.files.keys.contains { $0.contains("kubernetes") })
    }
}
