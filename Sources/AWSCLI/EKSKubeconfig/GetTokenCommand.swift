import AWSArguments
import JSONValue
import SimCore

/// `aws eks get-token --cluster-name NAME`: what kubectl runs for an EKS user (the `exec` of
/// the kubeconfig `update-kubeconfig` writes). It calls no API: it presigns an STS
/// GetCallerIdentity request for the cluster with the caller's credentials, and the token is
/// that URL, base64url-encoded after `k8s-aws-v1.`. EKS presents it to STS to learn who is
/// calling. It expires in 14 minutes; kubectl asks again. `--role-arn` signs as a session of
/// that role instead, assumed first.
struct GetTokenCommand {
    let context: CLIContext
    let model: ServiceModel

    var parser: ArgParser {
        ArgParser([.option("--cluster-name"), .option("--cluster-id"), .option("--role-arn"), .option("--session-name")])
    }

    func run(_ arguments: [String]) throws(AWSCLIError) {
        if arguments == ["help"] {
            context.output.out(Self.help)
            return
        }
        let namespace = try parser.parseAll(arguments)
        guard let operation = model.operations["DescribeCluster"] else { throw NotSimulated.command(["eks", "get-token"]) }
        let caller = OperationCaller(context: context, model: model, operation: operation)
        // The STS client first (a region and credentials), then the arguments.
        let region = try caller.clientRegion()
        guard context.endpoint.hasCredentials else {
            throw .configuration("Unable to locate credentials. You can configure credentials by running \"aws configure\".")
        }
        var credentials = try context.configuration.credentials()
        var sessionToken: String?
        if let roleArn = namespace["role_arn"]?.string {
            // Credentials of a role session first, for signing (`--role-arn`).
            let session = try assumeRole(roleArn, region: region)
            credentials.accessKey = session["AccessKeyId"].string ?? ""
            credentials.secretKey = session["SecretAccessKey"].string ?? ""
            sessionToken = session["SessionToken"].string
        }
        if namespace["cluster_name"] != nil, namespace["cluster_id"] != nil {
            throw .parameter("The key \"cluster_id\" cannot be specified when one of the following keys are also specified: cluster_name")
        }
        guard let name = namespace["cluster_id"]?.string ?? namespace["cluster_name"]?.string else {
            throw .returned("Either parameter --cluster-name or --cluster-id must be specified.")
        }
        let now = context.endpoint.now
        let token = "k8s-aws-v1." + Self.base64URL(Self.presignedURL(cluster: name, region: region, accessKey: credentials.accessKey,
                                                                      secretKey: credentials.secretKey, sessionToken: sessionToken,
                                                                      at: now))
        let expiration = (now + .minutes(14)).rfc3339.prefix(19) + "Z"
        let credential: JSON = [
            "kind": "ExecCredential", "apiVersion": "client.authentication.k8s.io/v1beta1", "spec": [:],
            "status": ["expirationTimestamp": .string(String(expiration)), "token": .string(token)],
        ]
        try caller.display().show(credential, into: &context.output)
    }

    /// `sts:AssumeRole` for `--role-arn`, with the session name aws-cli gives it; its errors
    /// are the call's.
    private func assumeRole(_ roleArn: String, region: String) throws(AWSCLIError) -> JSON {
        guard let sts = context.catalog.model("sts"), let operation = sts.operations["AssumeRole"] else {
            throw NotSimulated.command(["eks", "get-token", "--role-arn"])
        }
        var request = PythonDict()
        request["RoleArn"] = .str(roleArn)
        request["RoleSessionName"] = .str("EKSGetTokenAuth")
        return try OperationCaller(context: context, model: sts, operation: operation).send(request, region: region)["Credentials"]
    }

    /// The STS GetCallerIdentity URL, signed for 60 seconds with the `x-k8s-aws-id` header
    /// naming the cluster (the signature a hash of what was signed, as Shipyard signs nothing);
    /// a role session's token rides along as `X-Amz-Security-Token`.
    static func presignedURL(cluster: String, region: String, accessKey: String, secretKey: String, sessionToken: String? = nil,
                             at time: SimTime) -> String {
        let stamp = time.rfc3339.prefix(19).filter { $0 != "-" && $0 != ":" } + "Z"
        let query = "Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256"
            + "&X-Amz-Credential=\(accessKey)%2F\(stamp.prefix(8))%2F\(region)%2Fsts%2Faws4_request"
            + "&X-Amz-Date=\(stamp)&X-Amz-Expires=60&X-Amz-SignedHeaders=host%3Bx-k8s-aws-id"
            + (sessionToken.map { "&X-Amz-Security-Token=" + percentEncoded($0) } ?? "")
        let signature = SHA256.hex(SHA256.hash(Array((query + cluster + secretKey).utf8)))
        return "https://sts.\(region).amazonaws.com/?\(query)&X-Amz-Signature=\(signature)"
    }

    /// A query value as botocore quotes it: every byte but letters, digits and `-_.~` as `%XX`.
    static func percentEncoded(_ text: String) -> String {
        text.utf8.map { byte -> String in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                return String(UnicodeScalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                return "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }.joined()
    }

    /// Base64 with `-` and `_` for `+` and `/`, and no padding.
    static func base64URL(_ text: String) -> String {
        String(Base64.encode(text).compactMap { character -> Character? in
            switch character {
            case "+": return "-"
            case "/": return "_"
            case "=": return nil
            default: return character
            }
        })
    }

    /// `aws eks get-token help`, laid out as Shipyard's other help pages.
    static let help = """
        GET-TOKEN()

        NAME
               get-token -

        DESCRIPTION
               Gets a token for authentication with an Amazon EKS cluster, as
               kubectl's exec credential plugin: an ExecCredential whose token is a
               presigned STS GetCallerIdentity request. It expires in 14 minutes.
               With --role-arn it first assumes the role (session EKSGetTokenAuth)
               and signs as that role session.

        SYNOPSIS
                  get-token
                 --cluster-name <value> | --cluster-id <value>
                 [--role-arn <value>]

        EXAMPLES
               aws eks get-token --cluster-name demo

        """
}
