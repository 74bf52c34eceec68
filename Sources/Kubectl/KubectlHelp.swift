/// kubectl's help pages, for the commands Shipyard simulates.
enum KubectlHelp {
    static func root(_ commands: [Kubectl.Command]) -> String {
        var text = """
            kubectl controls the Kubernetes cluster manager.

             Find more information at: https://kubernetes.io/docs/reference/kubectl/

            Commands simulated by Shipyard:

            """
        let width = (commands.map(\.name.count).max() ?? 0) + 3
        for command in commands {
            text += "  " + command.name + String(repeating: " ", count: width - command.name.count) + command.summary + "\n"
        }
        text += """

            Usage:
              kubectl [flags] [options]

            Use "kubectl <command> --help" for more information about a given command.

            """
        return text
    }

    static func command(_ command: Kubectl.Command) -> String {
        var flags = FlagSet()
        command.configure(&flags)
        var text = "\(command.summary).\n\nOptions:\n"
        for flag in flags.flags {
            let short = flag.shorthand.map { "-\($0), " } ?? "    "
            text += "    \(short)--\(flag.name)=\(flag.kind == .bool ? "false" : "''")\n"
        }
        text += "\nUsage:\n  kubectl \(command.name) [options]\n"
        return text
    }
}
