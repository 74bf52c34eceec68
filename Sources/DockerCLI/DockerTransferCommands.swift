import DockerEngine
import ToolIO

/// `docker pull` and `docker push`, printed as Docker prints progress when its output is not
/// a terminal: one line per layer event, in the order the events come.
extension DockerSubcommand {
    static let pull = DockerSubcommand(
        name: "pull", managementName: "pull", usage: "docker pull [OPTIONS] NAME[:TAG|@DIGEST]",
        help: """
            Usage:  docker pull [OPTIONS] NAME[:TAG|@DIGEST]

            Download an image from a registry

            Aliases:
              docker image pull, docker pull

            Options:
              -a, --all-tags                Download all tagged images in the repository
                  --disable-content-trust   Skip image verification (default true)
                  --platform string         Set platform if server is multi-platform
                                            capable
              -q, --quiet                   Suppress verbose output

            """,
        flags: transferFlags, unsupported: ["all-tags", "platform"], arity: .exactly(1)
    ) { flags, context, output in
        let result: DockerEngine.PullResult
        do throws(DockerError) {
            result = try context.engine.pull(flags.arguments[0])
        } catch {
            context.fail(error, &output)
            return
        }
        if !flags.present.contains("quiet") {
            if result.defaultTag { output.out("Using default tag: latest\n") }
            output.out("\(result.tag): Pulling from \(result.path)\n")
            if result.upToDate {
                output.out("Digest: \(result.digest)\nStatus: Image is up to date for \(result.familiar)\n")
            } else {
                output.out(pullProgress(result.layers, present: result.present))
                output.out("Digest: \(result.digest)\nStatus: Downloaded newer image for \(result.familiar)\n")
            }
        }
        output.out(result.canonical + "\n")
    }

    /// Layers already here say so; the others are announced base first, three download at
    /// a time while the rest wait, downloads finish smallest first, and layers are extracted
    /// base first. (Docker's own order of finishing depends on the network.)
    static func pullProgress(_ layers: [DockerLayer], present: Set<String>) -> String {
        var lines = layers.map { present.contains($0.digest) ? "\($0.shortID): Already exists" : "\($0.shortID): Pulling fs layer" }
        let fetched = layers.filter { !present.contains($0.digest) }
        lines += fetched.dropFirst(3).map { "\($0.shortID): Waiting" }
        for layer in fetched.sorted(by: { $0.size < $1.size }) {
            lines += ["\(layer.shortID): Verifying Checksum", "\(layer.shortID): Download complete"]
        }
        lines += fetched.map { "\($0.shortID): Pull complete" }
        return lines.map { $0 + "\n" }.joined()
    }

    static let push = DockerSubcommand(
        name: "push", managementName: "push", usage: "docker push [OPTIONS] NAME[:TAG]",
        help: """
            Usage:  docker push [OPTIONS] NAME[:TAG]

            Upload an image to a registry

            Aliases:
              docker image push, docker push

            Options:
              -a, --all-tags                Push all tags of an image to the repository
                  --disable-content-trust   Skip image signing (default true)
                  --platform string         Push a platform-specific manifest as a
                                            single-platform image to the registry.
                                            Image index won't be pushed, meaning that
                                            other manifests, including attestations
                                            won't be preserved.
                                            'os[/arch[/variant]]': Explicit platform
                                            (eg. linux/amd64)
              -q, --quiet                   Suppress verbose output

            """,
        flags: transferFlags, unsupported: ["all-tags", "platform"], arity: .exactly(1)
    ) { flags, context, output in
        let result: DockerEngine.PushResult
        do throws(DockerError) {
            result = try context.engine.push(flags.arguments[0])
        } catch {
            context.fail(error, &output)
            return
        }
        let quiet = flags.present.contains("quiet")
        if !quiet {
            if result.defaultTag { output.out("Using default tag: latest\n") }
            output.out("The push refers to repository [\(result.repository)]\n")
            output.out(result.layers.map { "\($0.id): Preparing\n" }.joined())
            // Five layers go up at a time; the rest wait.
            if result.refusal != .noBasicAuthCredentials(url: nil) {
                output.out(result.layers.dropFirst(5).map { "\($0.id): Waiting\n" }.joined())
            }
        }
        if let refusal = result.refusal {
            context.fail(refusal, &output)
            return
        }
        if !quiet {
            output.out(result.layers.map { "\($0.id): \($0.existed ? "Layer already exists" : "Pushed")\n" }.joined())
            output.out("\(result.tag): digest: \(result.digest) size: \(result.manifestSize)\n")
        } else {
            output.out(result.repository + ":" + result.tag + "\n")
        }
    }
}
