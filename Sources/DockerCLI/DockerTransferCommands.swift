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
              -q, --quiet                   Suppress verbose output

            """,
        flags: [flag("quiet", "q")], arity: .exactly(1)
    ) { flags, context, output in
        let result: DockerEngine.PullResult
        do throws(DockerError) {
            result = try context.engine.pull(flags.arguments[0])
        } catch {
            context.fail(error, &output)
            return
        }
        if !flags.present.contains("quiet") {
            output.out("\(result.tag): Pulling from \(result.path)\n")
            if result.upToDate {
                output.out("Digest: \(result.digest)\nStatus: Image is up to date for \(result.familiar)\n")
            } else {
                output.out(pullProgress(result.layers))
                output.out("Digest: \(result.digest)\nStatus: Downloaded newer image for \(result.familiar)\n")
            }
        }
        output.out(result.canonical + "\n")
    }

    /// Every layer is announced; three download at a time and the rest wait; a download
    /// finishes in order of size; layers are extracted base first.
    static func pullProgress(_ layers: [DockerLayer]) -> String {
        var lines = layers.map { "\($0.shortID): Pulling fs layer" }
        lines += layers.dropFirst(3).map { "\($0.shortID): Waiting" }
        for layer in layers.sorted(by: { $0.size < $1.size }) {
            lines += ["\(layer.shortID): Verifying Checksum", "\(layer.shortID): Download complete"]
        }
        lines += layers.map { "\($0.shortID): Pull complete" }
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
              -q, --quiet                   Suppress verbose output

            """,
        flags: [flag("quiet", "q")], arity: .exactly(1)
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
            output.out("The push refers to repository [\(result.repository)]\n")
            output.out(result.layers.map { "\($0.id): Preparing\n" }.joined())
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
