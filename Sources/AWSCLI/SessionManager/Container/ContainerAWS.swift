import ToolIO

/// aws-cli inside a container, in images that have it (`public.ecr.aws/aws-cli/aws-cli`,
/// `amazon/aws-cli`): the same `aws`, with the container's environment and no config files,
/// so it takes its region from `AWS_REGION` and its credentials from the ECS agent (the task
/// role, through `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`).
enum ContainerAWS {
    static func run(_ arguments: [String], _ process: inout ContainerProcess) -> Int32? {
        guard process.view.imageRepository.hasSuffix("/aws-cli") else {
            process.print("Shipyard: \(process.view.image) has no aws-cli; the simulated images with it are "
                          + "public.ecr.aws/aws-cli/aws-cli and amazon/aws-cli.\n")
            return nil
        }
        guard let endpoint = process.endpoint else {
            process.notSimulated("aws")
            return nil
        }
        var environment: [String: String] = ["HOME": "/root"]
        for variable in process.view.environment { environment[variable.name] = variable.value }
        let invocation = Invocation(arguments: arguments, environment: environment,
                                    fileSystem: InMemoryFileSystem(home: "/root"))
        let output = AWSCommand(endpoint: endpoint).run(invocation)
        process.print(output.combined)
        return output.status
    }
}
