/// The commands a check may run: ones that only read. A check runs after every learner command,
/// so it must never change the world it looks at.
enum ReadOnlyCommands {
    static let kubectlVerbs: Set<String> = ["get", "describe", "logs", "top", "version", "api-resources", "api-versions",
                                            "explain", "cluster-info"]
    static let kubectlConfigVerbs: Set<String> = ["view", "get-contexts", "current-context"]
    /// `simulate-*` is IAM's policy simulator: it evaluates, it changes nothing.
    static let awsPrefixes = ["describe-", "list-", "get-", "lookup-", "simulate-"]
    static let filters: Set<String> = ["grep", "wc", "head", "tail", "sort", "cut", "echo", "cat", "base64"]
    /// What `kubectl exec … -- PROGRAM` may run in a check: programs that only read the
    /// container (no shell, which could write).
    static let containerReaders: Set<String> = ["ls", "cat", "test", "env", "printenv", "hostname", "pwd"]

    /// Nil when every command of the pipeline only reads; else why not.
    static func problem(with line: String) -> String? {
        let (segments, operators) = commands(in: line)
        if operators { return "a check is one pipeline without `;`, `&&`, `||` or redirections" }
        for segment in segments {
            let words = segment.split(separator: " ").map(String.init).filter { !$0.isEmpty }
            guard let tool = words.first else { return "has an empty command" }
            let rest = words.dropFirst().filter { !$0.hasPrefix("-") }
            switch tool {
            case "kubectl":
                guard let verb = rest.first else { return "`kubectl` needs a verb" }
                if verb == "config" {
                    guard let sub = rest.dropFirst().first, kubectlConfigVerbs.contains(sub) else {
                        return "only `kubectl config view|get-contexts|current-context` read"
                    }
                } else if verb == "exec" {
                    guard let dash = words.firstIndex(of: "--"), words.indices.contains(dash + 1),
                        containerReaders.contains(words[dash + 1])
                    else {
                        return "`kubectl exec` in a check may only run \(containerReaders.sorted().joined(separator: ", ")) after `--`"
                    }
                } else if !kubectlVerbs.contains(verb) {
                    return "`kubectl \(verb)` may change the cluster; checks may use \(kubectlVerbs.sorted().joined(separator: ", "))"
                }
            case "aws":
                guard rest.count >= 2, awsPrefixes.contains(where: { rest[rest.startIndex + 1].hasPrefix($0) }) else {
                    return "checks may only call describe-*, list-*, get-*, lookup-* or simulate-* operations"
                }
            case "docker":
                guard rest.first == "images" || (rest.first == "image" && rest.dropFirst().first == "ls") else {
                    return "checks may only run `docker images` (or `docker image ls`)"
                }
            default:
                if !filters.contains(tool) {
                    return "`\(tool)` is not a read-only command (checks may run kubectl, aws, docker images, \(filters.sorted().joined(separator: ", ")))"
                }
            }
        }
        return nil
    }

    /// The commands of a line, outside quotes: split at `|`, with each `$(…)` taken out as a
    /// command of its own, and whether `;`, `&`, `<` or `>` appear outside quotes. Quoted text
    /// (JMESPath's `|` and `>`, jsonpath's `?(…)`) stays where it is.
    static func commands(in line: String) -> (commands: [String], operators: Bool) {
        var operators = false
        var finished: [String] = []
        var open: [String] = [""]
        var quote: Character?
        var previous: Character?
        for character in line {
            defer { previous = character }
            if let q = quote {
                if character == q { quote = nil }
                open[open.count - 1].append(character)
                continue
            }
            switch character {
            case "'", "\"":
                quote = character
                open[open.count - 1].append(character)
            case "(" where previous == "$":
                open[open.count - 1].removeLast()
                open.append("")
            case ")" where open.count > 1:
                finished.append(open.removeLast())
            case "|":
                finished.append(open[open.count - 1])
                open[open.count - 1] = ""
            case ";", "&", "<", ">":
                operators = true
                open[open.count - 1].append(character)
            default:
                open[open.count - 1].append(character)
            }
        }
        return ((finished + open).filter { !$0.allSatisfy(\.isWhitespace) }, operators)
    }
}
