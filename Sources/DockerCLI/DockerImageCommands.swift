import DockerEngine
import GoPorts
import SimCore
import ToolIO

/// `docker images`, `docker tag` and `docker rmi`: the local image store.
extension DockerSubcommand {
    static let images = DockerSubcommand(
        name: "images", managementName: "ls", usage: "docker images [OPTIONS] [REPOSITORY[:TAG]]",
        help: """
            Usage:  docker images [OPTIONS] [REPOSITORY[:TAG]]

            List images

            Aliases:
              docker image ls, docker image list, docker images

            Options:
              -a, --all             Show all images (default hides intermediate images)
                  --digests         Show digests
              -f, --filter filter   Filter output based on conditions provided
                  --format string   Format output using a custom template:
                                    'table':            Print output in table format
                                    with column headers (default)
                                    'table TEMPLATE':   Print output in table format
                                    using the given Go template
                                    'json':             Print in JSON format
                                    'TEMPLATE':         Print output using the given
                                    Go template.
                                    Refer to https://docs.docker.com/go/formatting/
                                    for more information about formatting output with
                                    templates
                  --no-trunc        Don't truncate output
              -q, --quiet           Only show image IDs
                  --tree            List multi-platform images as a tree (EXPERIMENTAL)

            """,
        flags: [flag("all", "a"), flag("digests"), flag("filter", "f", value: true), flag("format", value: true),
                flag("no-trunc"), flag("quiet", "q"), flag("tree")],
        unsupported: ["filter", "format", "tree"], arity: .atMost(1)
    ) { flags, context, output in
        var rows = context.engine.images.flatMap { image -> [(repository: String, tag: String, image: DockerImage)] in
            let names = image.repoTags.map { tagged -> (String, String) in
                let colon = tagged.lastIndex(of: ":") ?? tagged.endIndex
                return (String(tagged[..<colon]), String(tagged[colon...].dropFirst()))
            }
            return names.isEmpty ? [("<none>", "<none>", image)] : names.map { ($0.0, $0.1, image) }
        }
        if let filter = flags.arguments.first {
            let (repository, tag) = filter.contains(":") ? (String(filter.prefix { $0 != ":" }), String(filter.drop { $0 != ":" }.dropFirst())) : (filter, nil)
            rows = rows.filter { row in row.repository == repository && (tag.map { row.tag == $0 } ?? true) }
        }
        let id = { (image: DockerImage) in flags.present.contains("no-trunc") ? image.id : image.shortID }
        if flags.present.contains("quiet") {
            // One ID per row, repeated for an image with several names, as Docker does.
            output.out(rows.map { id($0.image) + "\n" }.joined())
            return
        }
        let digests = flags.present.contains("digests")
        var table = [["REPOSITORY", "TAG"] + (digests ? ["DIGEST"] : []) + ["IMAGE ID", "CREATED", "SIZE"]]
        for row in rows {
            let age = context.now - row.image.created
            let digest = row.image.repoDigests.first { $0.hasPrefix(row.repository + "@") }.map { String($0.drop { $0 != "@" }.dropFirst()) }
            table.append([row.repository, row.tag] + (digests ? [digest ?? "<none>"] : [])
                         + [id(row.image), GoUnits.humanDuration(age) + " ago", GoUnits.humanSize(row.image.size, precision: 3)])
        }
        var writer = TabWriter(minWidth: 10, padding: 3, rememberWidths: false)
        output.out(writer.format(table))
    }

    static let tag = DockerSubcommand(
        name: "tag", managementName: "tag", usage: "docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]",
        help: """
            Usage:  docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]

            Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE

            Aliases:
              docker image tag, docker tag

            """,
        flags: [], arity: .exactly(2)
    ) { flags, context, output in
        do throws(DockerError) {
            try context.engine.tag(flags.arguments[0], as: flags.arguments[1])
        } catch {
            context.fail(error, &output)
        }
    }

    static let rmi = DockerSubcommand(
        name: "rmi", managementName: "rm", usage: "docker rmi [OPTIONS] IMAGE [IMAGE...]",
        help: """
            Usage:  docker rmi [OPTIONS] IMAGE [IMAGE...]

            Remove one or more images

            Aliases:
              docker image rm, docker image remove, docker rmi

            Options:
              -f, --force              Force removal of the image
                  --no-prune           Do not delete untagged parents
                  --platform strings   Remove only the given platform variant.
                                       Formatted as "os[/arch[/variant]]" (e.g.,
                                       "linux/amd64")

            """,
        flags: [flag("force", "f"), flag("no-prune")], arity: .atLeast(1)
    ) { flags, context, output in
        for name in flags.arguments {
            do throws(DockerError) {
                let lines = try context.engine.remove(name, force: flags.present.contains("force"))
                output.out(lines.map { $0 + "\n" }.joined())
            } catch {
                context.fail(error, &output)
            }
        }
    }
}
