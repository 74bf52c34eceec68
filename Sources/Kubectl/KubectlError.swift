import KubeSim

/// Every way a kubectl command fails, rendered in one place with kubectl's own wording.
enum KubectlError: Error {
    /// The API server said no: `Error from server (NotFound): pods "x" not found`.
    case server(APIError)
    /// A flag problem, which cobra prints itself: `Error: unknown flag: --x` and
    /// `See 'kubectl get --help' for usage.`
    case flag(String, command: String)
    /// A usage problem: `error: …` and `See 'kubectl get -h' for help and examples`.
    case usage(String, command: String)
    /// `error: …` alone.
    case message(String)
    /// Printed exactly as given (multi-line messages kubectl prints without a prefix).
    case verbatim(String)
    /// A Go runtime panic kubectl itself runs into on some inputs: its first line (the
    /// goroutine trace is left out), exit status 2.
    case panic(String)

    /// A server error about an object read from `source`: AddSourceToErr's `error when
    /// creating "deploy.yaml": …`, except for validation failures, which kubectl words itself.
    static func server(_ error: APIError, when verb: String, source: String) -> KubectlError {
        if error.reason == "Invalid" { return .server(error) }
        return .verbatim("Error from server (\(error.reason)): error when \(verb) \"\(source)\": \(error.message)\n")
    }

    var exitStatus: Int32 {
        if case .panic = self { return 2 }
        return 1
    }

    var rendered: String {
        switch self {
        case .server(let error):
            // kubectl words validation failures itself, one cause per line when several.
            if error.reason == "Invalid", let details = error.details {
                let prefix = "The \(details.kind) \"\(details.name)\" is invalid: "
                switch details.causes.count {
                case 0: return prefix + "\n"
                case 1: return prefix + details.causes[0].description + "\n"
                default: return prefix + "\n" + details.causes.map { "* \($0.description)\n" }.joined()
                }
            }
            if error.reason == "Invalid" { return "The request is invalid: \(error.message)\n" }
            return "Error from server (\(error.reason)): \(error.message)\n"
        case .flag(let message, let command):
            return "Error: \(message)\nSee '\(command) --help' for usage.\n"
        case .usage(let message, let command):
            return "error: \(message)\nSee '\(command) -h' for help and examples\n"
        case .message(let message):
            return message.hasPrefix("error: ") ? message + "\n" : "error: \(message)\n"
        case .verbatim(let text):
            return text.hasSuffix("\n") ? text : text + "\n"
        case .panic(let message):
            return "panic: \(message)\n"
        }
    }
}

extension KubectlError {
    /// The error's words without kubectl's `error: ` prefix or the final newline: for
    /// messages that quote another (kubectl edit's reasons, set env's per-object errors).
    var text: String {
        var rendered = self.rendered
        if rendered.hasPrefix("error: ") { rendered.removeFirst(7) }
        while rendered.hasSuffix("\n") { rendered.removeLast() }
        return rendered
    }
}
