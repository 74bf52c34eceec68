import JSONValue
import SimCore

/// One CloudTrail event, derived from a call record: the summary LookupEvents lists and the
/// full record (`CloudTrailEvent`, a JSON string).
public struct TrailEvent: Sendable {
    public let record: AWSCallRecord

    public var eventSource: String { "\(endpointPrefix).amazonaws.com" }

    /// The service's host name prefix, where it differs from the aws-cli command's name.
    var endpointPrefix: String { record.service == "cloudwatch" ? "monitoring" : record.service }

    public var readOnly: Bool {
        ["Describe", "Get", "List", "Lookup", "BatchGet", "BatchCheck"].contains { record.operation.hasPrefix($0) }
    }

    /// The resources an event names, as event history lists them.
    public var resources: [(type: String, name: String)] {
        var found: [(String, String)] = []
        let input = record.requestParameters
        func add(_ type: String, _ value: JSON) {
            for name in value.array?.compactMap(\.string) ?? value.string.map({ [$0] }) ?? [] { found.append((type, name)) }
        }
        switch record.service {
        case "iam":
            add("AWS::IAM::Role", input["RoleName"])
            add("AWS::IAM::Policy", input["PolicyArn"])
            add("AWS::IAM::InstanceProfile", input["InstanceProfileName"])
        case "ec2":
            add("AWS::EC2::VPC", input["VpcId"])
            add("AWS::EC2::Subnet", input["SubnetId"])
            add("AWS::EC2::SecurityGroup", input["GroupId"])
            add("AWS::EC2::Ami", input["ImageId"])
            add("AWS::EC2::Instance", input["InstanceIds"])
            for instance in record.responseElements["Instances"].array ?? [] { add("AWS::EC2::Instance", instance["InstanceId"]) }
            add("AWS::EC2::VPC", record.responseElements["Vpc"]["VpcId"])
            add("AWS::EC2::Subnet", record.responseElements["Subnet"]["SubnetId"])
            add("AWS::EC2::SecurityGroup", record.responseElements["GroupId"])
        case "autoscaling":
            add("AWS::AutoScaling::AutoScalingGroup", input["AutoScalingGroupName"])
        case "logs":
            add("AWS::Logs::LogGroup", input["logGroupName"])
        case "ecs":
            add("AWS::ECS::Cluster", input["clusterName"])
        default:
            break
        }
        return found
    }

    /// `aws-cli/… md/command#ecs.create-cluster`: what aws-cli v2 sends as its user agent.
    var userAgent: String {
        if let service = record.caller.invokedBy { return service }
        if let client = record.userAgent { return client }
        var command = ""
        for (index, character) in record.operation.enumerated() {
            if character.isUppercase && index > 0 { command.append("-") }
            command += character.lowercased()
        }
        return "aws-cli/2.27.0 md/awscrt#0.25.4 ua/2.1 os/linux#6.8.0-60-generic md/arch#x86_64 lang/python#3.13.2 md/pyimpl#CPython cfg/retry-mode#standard md/installer#exe md/distrib#ubuntu.24 md/prompt#off md/command#\(record.service).\(command)"
    }

    /// Query-protocol services (EC2, IAM, STS, Auto Scaling) record parameters with
    /// lower-camel names; JSON-protocol ones as sent.
    static func recorded(_ value: JSON, service: String) -> JSON {
        guard ["ec2", "iam", "sts", "autoscaling"].contains(service) else { return value }
        switch value {
        case .object(let object):
            var out = JSONObject()
            for (key, member) in object.pairs {
                out[key.prefix(1).lowercased() + key.dropFirst()] = recorded(member, service: service)
            }
            return .object(out)
        case .array(let items):
            return .array(items.map { recorded($0, service: service) })
        default:
            return value
        }
    }

    /// EC2's events say which side failed, as its old SOAP faults did: `Client.UnauthorizedOperation`,
    /// `Client.InvalidParameterValue`; other services' carry the code their API returned.
    static func recordedErrorCode(_ code: String, service: String) -> String {
        service == "ec2" && !code.hasPrefix("Client.") && !code.hasPrefix("Server.") ? "Client." + code : code
    }

    /// CloudTrail keeps secrets a response carries out of the record: the token of a Session
    /// Manager session (ECS Exec's included) reads `HIDDEN_DUE_TO_SECURITY_REASONS`.
    static func hidingSecrets(_ response: JSON, operation: String) -> JSON {
        guard operation == "ExecuteCommand", var object = response.object, var session = object["session"]?.object,
            session["tokenValue"] != nil
        else { return response }
        session["tokenValue"] = "HIDDEN_DUE_TO_SECURITY_REASONS"
        object["session"] = .object(session)
        return .object(object)
    }

    /// The full event record, keys in CloudTrail's order.
    public var json: JSON {
        let caller = record.caller
        var identity = JSONObject()
        identity["type"] = .string(caller.type)
        identity["principalId"] = .string(caller.principalID)
        identity["arn"] = .string(caller.arn)
        identity["accountId"] = .string(caller.accountID)
        if !caller.accessKeyID.isEmpty { identity["accessKeyId"] = .string(caller.accessKeyID) }
        if caller.type == "IAMUser" { identity["userName"] = .string(caller.userName) }
        if caller.type == "AssumedRole" {
            let roleName = caller.arn.split(separator: "/").dropFirst().first.map(String.init) ?? ""
            identity["sessionContext"] = [
                "sessionIssuer": ["type": "Role", "principalId": .string(String(caller.principalID.prefix(21))),
                                  "arn": .string(caller.issuerArn ?? "arn:aws:iam::\(caller.accountID):role/\(roleName)"),
                                  "accountId": .string(caller.accountID), "userName": .string(roleName)],
                "attributes": ["creationDate": .string(record.time.rfc3339), "mfaAuthenticated": "false"],
            ]
        }
        if let service = caller.invokedBy { identity["invokedBy"] = .string(service) }
        // A call through ECR's registry (Docker's) is made by ECR for the caller, as AWS's own
        // sample event of a pull shows.
        if record.userAgent != nil { identity["invokedBy"] = "AWS Internal" }
        var object = JSONObject()
        object["eventVersion"] = "1.09"
        object["userIdentity"] = .object(identity)
        object["eventTime"] = .string(record.time.rfc3339)
        object["eventSource"] = .string(eventSource)
        object["eventName"] = .string(record.operation)
        object["awsRegion"] = .string(record.region)
        object["sourceIPAddress"] = .string(caller.invokedBy ?? "203.0.113.42")
        object["userAgent"] = .string(userAgent)
        if let code = record.errorCode {
            object["errorCode"] = .string(Self.recordedErrorCode(code, service: record.service))
            object["errorMessage"] = .string(record.errorMessage ?? "")
        }
        let parameters = Self.recorded(record.requestParameters, service: record.service)
        object["requestParameters"] = parameters.object?.isEmpty == false ? parameters : .null
        let response = Self.hidingSecrets(Self.recorded(record.responseElements, service: record.service), operation: record.operation)
        object["responseElements"] = readOnly || record.errorCode != nil || response.object?.isEmpty != false ? .null : response
        object["requestID"] = .string(record.requestID)
        object["eventID"] = .string(record.eventID)
        object["readOnly"] = .bool(readOnly)
        object["eventType"] = "AwsApiCall"
        object["managementEvent"] = true
        object["recipientAccountId"] = .string(caller.accountID)
        object["eventCategory"] = "Management"
        if caller.invokedBy == nil {
            object["tlsDetails"] = ["tlsVersion": "TLSv1.3", "cipherSuite": "TLS_AES_128_GCM_SHA256",
                                    "clientProvidedHostHeader": .string("\(endpointPrefix).\(record.service == "iam" ? "" : record.region + ".")amazonaws.com")]
        }
        return .object(object)
    }

    /// The summary LookupEvents returns.
    var summaryJSON: JSON {
        var object = JSONObject()
        object["EventId"] = .string(record.eventID)
        object["EventName"] = .string(record.operation)
        object["ReadOnly"] = .string(readOnly ? "true" : "false")
        if !record.caller.accessKeyID.isEmpty { object["AccessKeyId"] = .string(record.caller.accessKeyID) }
        object["EventTime"] = EpochJSON.seconds(record.time)
        object["EventSource"] = .string(eventSource)
        object["Username"] = .string(record.caller.userName)
        object["Resources"] = .array(resources.map { ["ResourceType": .string($0.type), "ResourceName": .string($0.name)] })
        object["CloudTrailEvent"] = .string(JSONWriter.cloudTrail.write(json))
        return .object(object)
    }
}
