import AWSSim
import JSONValue
import Testing
import ToolIO

@testable import AWSCLI

/// aws-cli's EC2 customizations: what each shortcut sends and how each rejects bad input.
/// Expected requests and messages are what aws-cli 2.27.0 sent and printed for the same
/// command lines (run in-process with `Tools/aws-cli-oracle/harness.py`).
@Suite struct EC2CustomizationTests {
    /// Runs `aws ARGUMENTS` against an endpoint answering `{}`; returns the output and the
    /// requests sent.
    func run(_ arguments: [String]) -> (ToolOutput, [(operation: String, input: JSON)]) {
        let endpoint = RecordedEndpoint(responses: [["body": [:]], ["body": [:]]])
        let output = AWSCommand(endpoint: endpoint).run(Invocation(arguments: arguments, fileSystem: InMemoryFileSystem()))
        return (output, endpoint.calls)
    }

    func sent(_ arguments: [String]) throws -> JSON {
        let (output, calls) = run(arguments)
        #expect(output.status == 0, "\(output.combined)")
        return try #require(calls.first).input
    }

    func json(_ text: String) -> JSON { (try? JSONParser.parse(text)) ?? .null }

    @Test func countDefaultsToOneOfEach() throws {
        #expect(try sent(["ec2", "run-instances", "--image-id", "ami-1"])
                == json(#"{"ImageId":"ami-1","MaxCount":1,"MinCount":1}"#))
    }

    @Test func countTakesNumberOrRange() throws {
        #expect(try sent(["ec2", "run-instances", "--image-id", "ami-1", "--count", "3"])["MinCount"] == 3)
        let range = try sent(["ec2", "run-instances", "--image-id", "ami-1", "--count", "2:5"])
        #expect(range["MinCount"] == 2 && range["MaxCount"] == 5)
    }

    @Test func countReplacesMinAndMaxCount() {
        let (output, calls) = run(["ec2", "run-instances", "--image-id", "ami-1", "--min-count", "2"])
        #expect(output.status == 252)
        #expect(output.stderr.hasSuffix("\nUnknown options: --min-count, 2\n\n"))
        #expect(calls.isEmpty)
    }

    /// aws-cli 2.27.0 raises a `ParamValidationError` its module never imported.
    @Test func badCountIsPythonsNameError() {
        for count in ["2:x", "x", "1:2:3", ""] {
            let (output, calls) = run(["ec2", "run-instances", "--image-id", "ami-1", "--count", count])
            #expect(output.status == 255)
            #expect(output.stderr == "\nname 'ParamValidationError' is not defined\n")
            #expect(calls.isEmpty)
        }
    }

    @Test func userDataIsBase64Encoded() throws {
        let input = try sent(["ec2", "run-instances", "--image-id", "ami-1", "--user-data", "hello"])
        #expect(input["UserData"] == "aGVsbG8=")
    }

    @Test func userDataFromAFileIsEncodedToo() throws {
        let files = InMemoryFileSystem()
        try files.writeFile("/home/learner/user-data.sh", Array("#!/bin/bash\necho ECS_CLUSTER=demo >> /etc/ecs/ecs.config\n".utf8), append: false)
        let endpoint = RecordedEndpoint(responses: [["body": [:]]])
        let output = AWSCommand(endpoint: endpoint).run(Invocation(
            arguments: ["ec2", "run-instances", "--image-id", "ami-1", "--user-data", "file://user-data.sh"],
            fileSystem: files))
        #expect(output.status == 0)
        #expect(endpoint.calls.first?.input["UserData"]
                == "IyEvYmluL2Jhc2gKZWNobyBFQ1NfQ0xVU1RFUj1kZW1vID4+IC9ldGMvZWNzL2Vjcy5jb25maWcK")
    }

    @Test func interfaceShortcutsBuildTheFirstInterface() throws {
        let input = try sent(["ec2", "run-instances", "--image-id", "ami-1", "--count", "2:3", "--user-data", "hello",
                              "--associate-public-ip-address", "--secondary-private-ip-address-count", "2"])
        #expect(input == json(#"{"ImageId":"ami-1","UserData":"aGVsbG8=","MinCount":2,"MaxCount":3,"NetworkInterfaces":[{"DeviceIndex":0,"SecondaryPrivateIpAddressCount":2,"AssociatePublicIpAddress":true}]}"#))
    }

    @Test func subnetAndGroupsMoveIntoTheInterface() throws {
        let input = try sent(["ec2", "run-instances", "--image-id", "ami-1", "--subnet-id", "subnet-1",
                              "--security-group-ids", "sg-1", "--no-associate-public-ip-address",
                              "--secondary-private-ip-addresses", "10.0.0.9"])
        #expect(input["SubnetId"].isNull && input["SecurityGroupIds"].isNull)
        #expect(input["NetworkInterfaces"] == json(#"[{"DeviceIndex":0,"PrivateIpAddresses":[{"PrivateIpAddress":"10.0.0.9","Primary":false}],"AssociatePublicIpAddress":false,"SubnetId":"subnet-1","Groups":["sg-1"]}]"#))
    }

    @Test func interfaceShortcutsDoNotMixWithNetworkInterfaces() {
        let (output, _) = run(["ec2", "run-instances", "--image-id", "ami-1", "--network-interfaces", "DeviceIndex=0",
                               "--associate-public-ip-address"])
        #expect(output.status == 252)
        #expect(output.stderr == "\nMixing the --network-interfaces option with the simple, scalar options is not supported.\n")
    }

    @Test func securityGroupShortcutsBuildOneRule() throws {
        let input = try sent(["ec2", "authorize-security-group-ingress", "--group-id", "sg-1", "--protocol", "tcp",
                              "--port", "22", "--cidr", "0.0.0.0/0"])
        #expect(input == json(#"{"GroupId":"sg-1","IpPermissions":[{"IpProtocol":"tcp","FromPort":22,"ToPort":22,"IpRanges":[{"CidrIp":"0.0.0.0/0"}]}]}"#))
        let pair = try sent(["ec2", "authorize-security-group-ingress", "--group-id", "sg-1", "--protocol", "tcp",
                             "--port", "8000-8080", "--source-group", "web", "--group-owner", "123456789012"])
        #expect(pair["IpPermissions"] == json(#"[{"IpProtocol":"tcp","FromPort":8000,"ToPort":8080,"UserIdGroupPairs":[{"GroupName":"web","UserId":"123456789012"}]}]"#))
        let all = try sent(["ec2", "revoke-security-group-egress", "--group-id", "sg-1", "--protocol", "all", "--port", "all"])
        #expect(all["IpPermissions"] == json(#"[{"IpProtocol":"-1","FromPort":-1,"ToPort":-1}]"#))
        let byID = try sent(["ec2", "authorize-security-group-egress", "--group-id", "sg-1", "--source-group", "sg-2"])
        #expect(byID["IpPermissions"] == json(#"[{"UserIdGroupPairs":[{"GroupId":"sg-2"}]}]"#))
    }

    @Test func securityGroupShortcutErrors() {
        let cases: [([String], String)] = [
            (["--protocol", "xyz"], "protocol parameter should be one of: tcp|udp|icmp|all or any valid protocol number."),
            (["--protocol", "300"], "protocol numbers must be in the range 0-255 or -1 to specify all protocols"),
            (["--port", "abc"], "port parameter should be of the form <from[-to]> (e.g. 22 or 22-25)"),
            (["--port", "80-x"], "port parameter should be of the form <from[-to]> (e.g. 22 or 22-25)"),
            (["--port", "1-2-3"], "port parameter should be of the form <from[-to]> (e.g. 22 or 22-25)"),
            (["--ip-permissions", "IpProtocol=tcp", "--port", "22"], "The --port option is not compatible with the --ip-permissions option "),
            (["--ip-permissions", "IpProtocol=tcp", "--cidr", "1.2.3.4/32", "--protocol", "tcp"],
             "The --protocol option is not compatible with the --ip-permissions option "),
        ]
        for (extra, message) in cases {
            let (output, calls) = run(["ec2", "authorize-security-group-ingress", "--group-id", "sg-1"] + extra)
            #expect(output.status == 252, "\(extra)")
            #expect(output.stderr == "\n\(message)\n", "\(extra)")
            #expect(calls.isEmpty)
        }
    }

    @Test func shortcutsAppearInHelpAndTheirFlatParametersDoNot() {
        let (runHelp, _) = run(["ec2", "run-instances", "help"])
        #expect(runHelp.stdout.contains("          [--count <value>]\n"))
        #expect(runHelp.stdout.contains("          [--associate-public-ip-address | --no-associate-public-ip-address]\n"))
        #expect(!runHelp.stdout.contains("--min-count"))
        let (groupHelp, _) = run(["ec2", "authorize-security-group-ingress", "help"])
        #expect(groupHelp.stdout.contains("       --protocol (string)\n"))
        #expect(!groupHelp.stdout.contains("--cidr-ip"))
    }
}
