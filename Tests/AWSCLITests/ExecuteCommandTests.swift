import AWSSim
import JSONValue
import SimCore
import Testing
import ToolIO
import World

@testable import AWSCLI

/// `aws ecs execute-command` end to end: the Session Manager plugin's framing, and commands
/// run in the container seeing the task role.
@Suite struct ExecuteCommandTests {
    static let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#
    static let channels = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ssmmessages:CreateControlChannel","ssmmessages:CreateDataChannel","ssmmessages:OpenControlChannel","ssmmessages:OpenDataChannel"],"Resource":"*"}]}"#

    final class Session {
        let world = World.makeDefault()
        let files = InMemoryFileSystem()
        var task = ""

        func aws(_ arguments: [String]) -> ToolOutput {
            AWSCommand(world: world).run(Invocation(arguments: arguments, fileSystem: files))
        }

        /// A running Fargate task of `image` with ECS Exec on and a task role that may use it.
        init(image: String) {
            _ = aws(["ecs", "create-cluster", "--cluster-name", "demo"])
            _ = aws(["iam", "create-role", "--role-name", "appTaskRole", "--assume-role-policy-document", ExecuteCommandTests.trust])
            _ = aws(["iam", "put-role-policy", "--role-name", "appTaskRole", "--policy-name", "exec",
                     "--policy-document", ExecuteCommandTests.channels])
            _ = aws(["ecs", "register-task-definition", "--family", "app", "--network-mode", "awsvpc",
                     "--requires-compatibilities", "FARGATE", "--cpu", "256", "--memory", "512",
                     "--task-role-arn", "arn:aws:iam::123456789012:role/appTaskRole", "--container-definitions",
                     "name=app,image=\(image),entryPoint=[sh,-c],command=[\"sleep infinity\"]"])
            let subnet = world.aws.region("us-east-1").ec2.subnets.first?.id ?? ""
            let run = aws(["ecs", "run-task", "--cluster", "demo", "--task-definition", "app", "--launch-type", "FARGATE",
                           "--enable-execute-command", "--network-configuration",
                           "awsvpcConfiguration={subnets=[\(subnet)]}", "--query", "tasks[0].taskArn", "--output", "text"])
            task = run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            world.simulation.advance(by: .seconds(Int64(60)))
        }

        func exec(_ command: String) -> ToolOutput {
            aws(["ecs", "execute-command", "--cluster", "demo", "--task", task, "--interactive", "--command", command])
        }

        /// What the command printed inside the session.
        func inside(_ command: String) -> String {
            let text = exec(command).stdout
            guard let start = text.range(of: "\nStarting session with SessionId: "),
                let line = text[start.upperBound...].firstIndex(of: "\n"),
                let end = text.range(of: "\n\nExiting session with sessionId: ", options: .backwards)
            else { return "" }
            return String(text[text.index(after: line)..<end.lowerBound])
        }
    }

    @Test func pluginFramesTheSession() {
        let session = Session(image: "nginx:1.27")
        let output = session.exec("hostname")
        #expect(output.status == 0)
        let lines = output.stdout.components(separatedBy: "\n")
        #expect(lines[0] == "" && lines[1] == "The Session Manager plugin was installed successfully. Use the AWS CLI to start a session.")
        #expect(lines[2] == "" && lines[3] == "" && lines[4].hasPrefix("Starting session with SessionId: ecs-execute-command-0"))
        let id = String(lines[4].dropFirst("Starting session with SessionId: ".count))
        #expect(output.stdout.hasSuffix("\n\n\nExiting session with sessionId: \(id).\n\n"))
        #expect(lines[5].hasPrefix("ip-172-31-"))
    }

    @Test func errorsComeAfterTheBanner() {
        let session = Session(image: "nginx:1.27")
        let output = session.aws(["ecs", "execute-command", "--cluster", "demo", "--task", "nope", "--interactive",
                                  "--command", "env"])
        #expect(output.status == 254)
        #expect(output.stdout == SessionManagerPlugin.installedBanner)
        #expect(output.stderr == "\nAn error occurred (InvalidParameterException) when calling the ExecuteCommand operation: The referenced task was not found.\n")
    }

    @Test func variablesExpandOnlyInAShell() {
        let session = Session(image: "nginx:1.27")
        #expect(session.inside("curl 169.254.170.2$AWS_CONTAINER_CREDENTIALS_RELATIVE_URI")
                == "curl: (3) URL using bad/illegal format or missing URL\n")
        let credentials = session.inside("sh -c 'curl -s 169.254.170.2$AWS_CONTAINER_CREDENTIALS_RELATIVE_URI'")
        #expect(credentials.hasPrefix(#"{"RoleArn":"arn:aws:iam::123456789012:role/appTaskRole","AccessKeyId":"ASIA"#))
        #expect(session.inside("sh -c 'echo $AWS_REGION && echo ${AWS_EXECUTION_ENV}'") == "us-east-1\nAWS_ECS_FARGATE\n")
    }

    @Test func awsInsideRunsAsTheTaskRole() {
        let session = Session(image: "public.ecr.aws/aws-cli/aws-cli:latest")
        let taskID = session.task.split(separator: "/").last.map(String.init) ?? ""
        let identity = session.inside("aws sts get-caller-identity --query Arn --output text")
        #expect(identity == "arn:aws:sts::123456789012:assumed-role/appTaskRole/\(taskID)\n")
        // The learner's own identity is untouched.
        #expect(session.aws(["sts", "get-caller-identity", "--query", "Arn", "--output", "text"]).stdout
                == "arn:aws:iam::123456789012:user/learner\n")
    }

    @Test func awsIsOnlyInImagesThatHaveIt() {
        let session = Session(image: "nginx:1.27")
        #expect(session.inside("aws sts get-caller-identity").hasSuffix("; nginx:1.27 has none.\n"))
    }

    @Test func unsimulatedProgramsSaySo() {
        let session = Session(image: "nginx:1.27")
        #expect(session.inside("top").hasPrefix("Shipyard does not run `top` inside containers;"))
        // A lone shell is no command to run: it takes the terminal (the shell session's part).
        let shell = session.exec("/bin/bash")
        #expect(shell.attachment?.ecsExec != nil && shell.attachment?.program == "bash")
        #expect(!shell.stdout.contains("Exiting session"))
        #expect(session.inside("sh -c 'cat < /etc/hostname'").hasPrefix("Shipyard's shell in containers runs commands joined by"))
    }

    @Test func interactiveIsRequiredByTheModel() {
        let session = Session(image: "nginx:1.27")
        let output = session.aws(["ecs", "execute-command", "--cluster", "demo", "--task", session.task, "--command", "env"])
        #expect(output.status == 252)
        #expect(output.stdout == SessionManagerPlugin.installedBanner)
        #expect(output.stderr == "\nParameter validation failed:\nMissing required parameter in input: \"interactive\"\n")
    }

    @Test func theEnvironmentHasTheAgentsEndpoints() {
        let session = Session(image: "nginx:1.27")
        let env = session.inside("env").components(separatedBy: "\n")
        let taskID = session.task.split(separator: "/").last.map(String.init) ?? ""
        #expect(env.contains("AWS_EXECUTION_ENV=AWS_ECS_FARGATE") && env.contains("AWS_REGION=us-east-1"))
        #expect(env.contains { $0.hasPrefix("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/") })
        #expect(env.contains { $0.hasPrefix("ECS_CONTAINER_METADATA_URI_V4=http://169.254.170.2/v4/\(taskID)-") })
        #expect(env.contains { $0.hasPrefix("ECS_AGENT_URI=http://169.254.170.2/api/\(taskID)-") })
        // The managed SSM agent adds its terminal's variables after the container's.
        #expect(Array(env.suffix(4)) == ["HOME=/root", "TERM=xterm-256color", "LANG=C.UTF-8", ""])
    }

    @Test func containersHaveNoSessionManagerPlugin() {
        let session = Session(image: "public.ecr.aws/aws-cli/aws-cli:latest")
        let nested = session.inside("aws ecs execute-command --cluster demo --task \(session.task) --interactive --command env")
        #expect(nested == "\n" + SessionManagerPlugin.notFound + "\n")
    }

    @Test func awsInsideFindsTheContainerRole() {
        let session = Session(image: "public.ecr.aws/aws-cli/aws-cli:latest")
        let list = session.inside("aws configure list").components(separatedBy: "\n")
        #expect(list.contains { $0.hasPrefix("access_key     ****************") && $0.hasSuffix("   container-role    ") })
        #expect(list.contains("    region                us-east-1              env    ['AWS_REGION', 'AWS_DEFAULT_REGION']"))
    }

    @Test func commandsStartInTheWorkingDirectory() {
        let cli = Session(image: "public.ecr.aws/aws-cli/aws-cli:latest")
        #expect(cli.inside("pwd") == "/aws\n")
        #expect(cli.inside("ls") == "")
        #expect(cli.inside("cat ../etc/hostname").hasPrefix("ip-172-31-"))
        let nginx = Session(image: "nginx:1.27")
        #expect(nginx.inside("pwd") == "/\n")
        #expect(nginx.inside("cat /etc") == "cat: /etc: Is a directory\n")
        #expect(nginx.inside("ls /etc").hasPrefix("Shipyard does not list /etc in containers; the files it knows there are "))
        #expect(nginx.inside("ls /nope") == "ls: cannot access '/nope': No such file or directory\n")
    }

    @Test func curlWithoutAURL() {
        let session = Session(image: "nginx:1.27")
        #expect(session.inside("curl") == "curl: try 'curl --help' or 'curl --manual' for more information\n")
        #expect(session.inside("curl -s") == "curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n")
    }

    @Test func cloudTrailRecordsTheTaskRoleAndHidesTheSessionToken() throws {
        let session = Session(image: "public.ecr.aws/aws-cli/aws-cli:latest")
        _ = session.inside("aws ecs list-clusters")
        session.world.simulation.advance(by: .seconds(Int64(900)))
        func event(_ name: String) throws -> JSON {
            let text = session.aws(["cloudtrail", "lookup-events", "--lookup-attributes", "AttributeKey=EventName,AttributeValue=\(name)",
                                    "--query", "Events[0].CloudTrailEvent", "--output", "text"]).stdout
            return try JSONParser.parse(text)
        }
        #expect(try event("ExecuteCommand")["responseElements"]["session"]["tokenValue"] == "HIDDEN_DUE_TO_SECURITY_REASONS")
        let identity = try event("ListClusters")["userIdentity"]
        #expect(identity["type"] == "AssumedRole")
        #expect(identity["sessionContext"]["sessionIssuer"]["arn"] == "arn:aws:iam::123456789012:role/appTaskRole")
    }
}
