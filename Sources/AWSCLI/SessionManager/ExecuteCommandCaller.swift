import AWSArguments
import AWSSim
import JSONValue

/// `aws ecs execute-command`: aws-cli's `ExecuteCommandCaller`. It first runs
/// `session-manager-plugin` bare (whose banner shows the plugin is installed), calls
/// ExecuteCommand, looks the container's runtime ID up with DescribeTasks, and hands the
/// session to the plugin, which prints what the command printed in the container. The
/// response itself is never printed, and the exit status is the plugin's.
enum ExecuteCommandCaller {
    static var customization: OperationCustomization { OperationCustomization(invoke: run) }

    static func run(_ caller: OperationCaller, _ parameters: PythonDict) throws(AWSCLIError) {
        let context = caller.context
        guard context.endpoint.sessionManagerPluginInstalled else { throw .general(SessionManagerPlugin.notFound) }
        context.output.out(SessionManagerPlugin.installedBanner)
        let region = try caller.clientRegion()
        let response = try caller.send(parameters, region: region)
        let cluster = lastSegment(response["clusterArn"].string ?? "")
        let taskID = lastSegment(response["taskArn"].string ?? "")
        guard let describe = caller.model.operations["DescribeTasks"] else { return }
        let tasks = try OperationCaller(context: context, model: caller.model, operation: describe)
            .send(PythonDict([("cluster", .str(cluster)), ("tasks", .list([.str(taskID)]))]), region: region)
        guard let described = tasks["tasks"].array, !described.isEmpty else {
            throw .general("The task provided in the request was not found.")
        }
        let sessionID = response["session"]["sessionId"].string ?? ""
        SessionManagerPlugin(context: context, region: region).startSession(sessionID)
    }

    /// `arn.split('/')[-1]`.
    static func lastSegment(_ arn: String) -> String {
        String(arn.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
    }
}
