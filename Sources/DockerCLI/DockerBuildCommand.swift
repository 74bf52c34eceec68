import DockerEngine
import ToolIO

/// `docker build`, printed as BuildKit prints its progress when the output is not a terminal
/// (`--progress=plain`): numbered steps on standard error, every one done in the simulated
/// instant (`DONE 0.0s`). The image's ID goes to standard output only with `-q`.
extension DockerSubcommand {
    static let build = DockerSubcommand(
        name: "build", managementName: "build", usage: "docker buildx build [OPTIONS] PATH | URL | -",
        help: """
            Usage:  docker buildx build [OPTIONS] PATH | URL | -

            Start a build

            Aliases:
              docker build, docker builder build, docker image build, docker buildx b

            Options:
                  --build-arg stringArray         Set build-time variables
              -f, --file string                   Name of the Dockerfile (default: "PATH/Dockerfile")
                  --no-cache                      Do not use cache when building the image
                  --progress string               Set type of progress output
                  --pull                          Always attempt to pull all referenced images
              -q, --quiet                         Suppress the build output and print image ID on success
              -t, --tag stringArray               Name and optionally a tag (format: "name:tag")

            Shipyard's build reads the options above; buildx has more, which it does not simulate.

            """,
        flags: [flag("build-arg", value: true), flag("file", "f", value: true), flag("no-cache"), flag("progress", value: true),
                flag("pull"), flag("quiet", "q"), flag("tag", "t", value: true), flag("platform", value: true)],
        unsupported: ["platform"], arity: .exactly(1)
    ) { flags, context, output in
        let fileSystem = context.invocation.fileSystem
        let root = fileSystem.absolute(flags.arguments[0])
        let dockerfileName = flags.values["file"] ?? "Dockerfile"
        let dockerfilePath = dockerfileName.hasPrefix("/") ? dockerfileName : root + "/" + dockerfileName
        var progress = BuildProgress(quiet: flags.present.contains("quiet"))
        progress.begin()
        guard fileSystem.isDirectory(root) else {
            output.err("ERROR: failed to build: unable to prepare context: path \"\(flags.arguments[0])\" not found\n")
            output.status = 1
            return
        }
        let text = (try? fileSystem.readText(dockerfilePath))
        progress.step("[internal] load build definition from \(DockerBuildLayout.lastComponent(dockerfileName))",
                      detail: "transferring dockerfile: \(DockerBuildLayout.bytes(text?.utf8.count ?? 0)) done")
        guard let text else {
            progress.fail(.noDockerfile(dockerfileName), output: &output)
            return
        }
        let dockerfile: Dockerfile
        switch Dockerfile.parse(text) {
        case .success(let parsed): dockerfile = parsed
        case .failure(let error):
            progress.fail(error, dockerfile: text, name: dockerfileName, output: &output)
            return
        }
        let contextFiles = DockerBuildLayout.files(under: root, in: fileSystem)
        let buildContext = DockerEngine.BuildContext(
            file: { path in contextFiles[path] },
            filesUnder: { directory in
                contextFiles.keys.filter { directory.isEmpty || $0.hasPrefix(directory + "/") }
                    .map { directory.isEmpty ? $0 : String($0.dropFirst(directory.count + 1)) }.sorted()
            },
            size: contextFiles.values.reduce(0) { $0 + $1.utf8.count })
        let result = context.engine.build(dockerfile, context: buildContext, tags: flags.allValues["tag"] ?? [],
                                          noCache: flags.present.contains("no-cache"))
        switch result {
        case .failure(let failure):
            progress.report(failure, base: failure.steps.first?.title, contextSize: buildContext.size, dockerfile: text,
                            name: dockerfileName, output: &output)
        case .success(let built):
            progress.report(built, contextSize: buildContext.size, output: &output)
        }
    }
}
