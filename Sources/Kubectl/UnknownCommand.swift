import GoPorts

/// A command name kubectl does not have (cobra's error and its "Did you mean this?"), or one it
/// has that Shipyard does not simulate (said plainly, with what to use instead).
enum UnknownCommand {
    /// The commands' own `SuggestFor` words in v1.32.
    static let suggestedFor: [String: [String]] = ["get": ["list", "ps"], "delete": ["rm"], "wait": ["list", "ps"]]

    /// What Shipyard says instead of running a real kubectl command it does not simulate.
    static let notSimulated: [String: String] = [
        "attach": "kubectl attach is not simulated; read what a container prints with kubectl logs -f.",
        "debug": "kubectl debug is not simulated; kubectl exec runs single commands in containers, and ssh NODE logs in to a node.",
        "auth": "kubectl auth is not simulated; in this sandbox you are the cluster's admin (kubernetes-admin), allowed everything.",
        "certificate": "kubectl certificate is not simulated.",
        "kustomize": "kubectl kustomize is not simulated; apply plain manifests with kubectl apply -f.",
        "completion": "Shipyard completes kubectl commands itself: press Tab.",
        "plugin": "kubectl plugins are not simulated.",
        "options": "kubectl options is not simulated; the global flags Shipyard reads are -n/--namespace, --context, -h/--help.",
    ]

    static func message(for name: String) -> KubectlError {
        if let hint = notSimulated[name] { return .message(hint) }
        // cobra prints its own errors: `Error: `, the error, a newline.
        return .verbatim("Error: unknown command \(GoStrconv.quote(name)) for \"kubectl\"" + suggestions(for: name) + "\n")
    }

    /// cobra's suggestions: a command within two edits (bytes, any case), one whose name
    /// starts with what was typed, or one that names it among its `SuggestFor` words.
    static func suggestions(for typed: String) -> String {
        let lowered = typed.lowercased()
        var found: [String] = []
        for command in KubectlCommandTree.commands {
            if EditDistance.between(lowered.utf8, command.utf8) <= 2 || command.hasPrefix(lowered) { found.append(command) }
            for word in suggestedFor[command] ?? [] where word == lowered { found.append(command) }
        }
        guard !found.isEmpty else { return "" }
        return "\n\nDid you mean this?\n" + found.map { "\t\($0)\n" }.joined()
    }
}
