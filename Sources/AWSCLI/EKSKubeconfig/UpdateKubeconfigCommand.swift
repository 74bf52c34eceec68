import AWSArguments
import AWSOutput
import JSONValue
import World

/// `aws eks update-kubeconfig --name NAME`: aws-cli's own command over DescribeCluster. It
/// writes the cluster (its endpoint and certificate), a user whose token `aws eks get-token`
/// makes, and a context pairing them, named by the cluster's ARN (or `--alias`), and makes
/// that context current — so kubectl's next command goes to the EKS cluster.
struct UpdateKubeconfigCommand {
    let context: CLIContext
    let model: ServiceModel

    var parser: ArgParser {
        ArgParser([
            .option("--name", required: true), .option("--kubeconfig"), .option("--role-arn"), .option("--alias"),
            .option("--user-alias"), .flag("--dry-run", defaultValue: .bool(false)),
            .flag("--verbose", defaultValue: .bool(false)),
        ])
    }

    func run(_ arguments: [String]) throws(AWSCLIError) {
        if arguments == ["help"] {
            context.output.out(Self.help)
            return
        }
        let namespace = try parser.parseAll(arguments)
        guard let operation = model.operations["DescribeCluster"] else {
            throw NotSimulated.command(["eks", "update-kubeconfig"])
        }
        let name = namespace["name"]?.string ?? ""
        let caller = OperationCaller(context: context, model: model, operation: operation)
        let region = try caller.clientRegion()
        var request = PythonDict()
        request["name"] = .str(name)
        let cluster = try caller.send(request, region: region)["cluster"]
        let status = cluster["status"].string ?? ""
        guard status == "ACTIVE" || status == "UPDATING" else { throw .general("Cluster status is \(status)") }
        guard var kubeconfig = context.endpoint.kubeconfig, let arn = cluster["arn"].string else {
            throw .general("Shipyard has no kubeconfig to write here")
        }
        let clusterRegion = arn.split(separator: ":").dropFirst(3).first.map(String.init) ?? region
        let existed = kubeconfig.addEKSCluster(
            arn: arn, server: cluster["endpoint"].string ?? "", certificateAuthorityData: cluster["certificateAuthority"]["data"].string ?? "",
            region: clusterRegion, clusterName: name, alias: namespace["alias"]?.string,
            userAlias: namespace["user_alias"]?.string, roleArn: namespace["role_arn"]?.string)
        let file = kubeconfig.file
        if namespace["dry_run"] == .bool(true) {
            context.output.out(YAMLFormatter.dumpInOrder(file))
            return
        }
        context.endpoint.kubeconfig = kubeconfig
        let path = KubeConfig.path(given: namespace["kubeconfig"]?.string, environment: context.invocation.environment,
                                   home: context.invocation.fileSystem.homeDirectory,
                                   currentDirectory: context.invocation.fileSystem.currentDirectory)
        let contextName = kubeconfig.currentContext
        context.output.out(existed ? "Updated context \(contextName) in \(path)\n" : "Added new context \(contextName) to \(path)\n")
        if namespace["verbose"] == .bool(true) {
            // The entries just written, as the file holds them: context, user, cluster.
            let written = kubeconfig.context(named: contextName)
            let entries = [("contexts", contextName), ("users", written?.user), ("clusters", written?.cluster)].compactMap { key, name in
                (file[key].array ?? []).first { $0["name"].string == name }
            }
            context.output.out("Entries:\n\n" + entries.map { YAMLFormatter.dumpInOrder($0) + "\n" }.joined())
        }
    }

    /// `aws eks update-kubeconfig help`, laid out as Shipyard's other help pages.
    static let help = """
        UPDATE-KUBECONFIG()

        NAME
               update-kubeconfig -

        DESCRIPTION
               Configures kubectl so that you can connect to an Amazon EKS cluster.
               It adds the cluster, a user whose token "aws eks get-token" makes,
               and a context named by the cluster's ARN (or --alias), and makes the
               context current. The cluster must be ACTIVE. --dry-run prints the
               kubeconfig it would write instead; --verbose adds the entries it
               wrote; --user-alias names the user (and, without --alias, the
               context).

        SYNOPSIS
                  update-kubeconfig
                 --name <value>
                 [--kubeconfig <value>]
                 [--role-arn <value>]
                 [--alias <value>]
                 [--user-alias <value>]
                 [--dry-run]
                 [--verbose]

        EXAMPLES
               aws eks update-kubeconfig --name demo --region us-east-1

        """
}
