import JSONValue
import KubeSim

/// `kubectl version`.
enum VersionCommand {
    static let command = Kubectl.Command(
        name: "version", summary: "Print the client and server version information",
        configure: { flags in
            flags.add("client", nil, .bool)
            flags.add("output", "o", .string)
        },
        run: { context throws(KubectlError) in try run(&context) })

    static func run(_ context: inout CommandContext) throws(KubectlError) {
        let clientOnly = context.flags.bool("client")
        let output = context.flags.string("output")
        guard ["", "json", "yaml"].contains(output) else {
            throw .message("--output must be 'yaml' or 'json'")
        }
        let server = clientOnly ? nil : try context.cluster().apiServer.version
        if output.isEmpty {
            context.out("Client Version: \(Kubectl.clientVersion)\nKustomize Version: \(Kubectl.kustomizeVersion)\n")
            if let server { context.out("Server Version: \(server.gitVersion)\n") }
            return
        }
        func info(_ version: String, major: String, minor: String, commit: String) -> JSON {
            ["major": .string(major), "minor": .string(minor), "gitVersion": .string(version),
             "gitCommit": .string(commit), "gitTreeState": "clean", "buildDate": "2025-04-22T16:03:02Z",
             "goVersion": "go1.23.8", "compiler": "gc", "platform": "linux/amd64"]
        }
        var document: JSON = ["clientVersion": info(Kubectl.clientVersion, major: "1", minor: "32",
                                                     commit: "59526cd4867447956156ae3a602fcbac10a2c335"),
                              "kustomizeVersion": .string(Kubectl.kustomizeVersion)]
        if let server {
            document["serverVersion"] = server.info
        }
        // json.MarshalIndent with two spaces, or the YAML, then Println's newline.
        context.out(output == "json" ? JSONWriter(dialect: .go, indent: 2).write(document) + "\n" : KubectlYAML.render(document) + "\n")
    }
}
