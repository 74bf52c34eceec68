import AWSSim
import ContainerImages
import ToolIO

/// aws-cli inside a container, in images that have it (`public.ecr.aws/aws-cli/aws-cli`,
/// `amazon/aws-cli`): the same `aws`, with the container's environment and no config files,
/// so it takes its region from `AWS_REGION` and its credentials from the ECS agent (the task
/// role, through `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`).
enum ContainerAWS {
    static func program(image: String, repository: String, endpoint: AWSEndpoint?) -> ContainerProcess.Program {
        { arguments, process in
            guard repository.hasSuffix("/aws-cli"), let endpoint else {
                return .unsupported("Shipyard runs aws-cli in containers of the images that have it "
                                    + "(public.ecr.aws/aws-cli/aws-cli, amazon/aws-cli); \(image) has none.")
            }
            var environment: [String: String] = [:]
            for variable in process.context.environment { environment[variable.name] = variable.value }
            let invocation = Invocation(arguments: arguments, environment: environment,
                                        fileSystem: InMemoryFileSystem(home: environment["HOME"] ?? "/root"))
            let output = AWSCommand(endpoint: endpoint).run(invocation)
            process.print(output.combined)
            return .exited(output.status)
        }
    }
}
