/// `curl URL` in a container, for the ECS agent's endpoint at 169.254.170.2: task role
/// credentials (`$AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`) and task metadata
/// (`$ECS_CONTAINER_METADATA_URI_V4`, `…/task`). The body prints as the agent sent it (no
/// newline added); `-s` silences curl's own errors, `-f` turns HTTP errors into exit 22.
enum ContainerCurl {
    static let agentHost = "169.254.170.2"

    static func run(_ arguments: [String], _ process: inout ContainerProcess) -> Int32? {
        var silent = false
        var showErrors = false
        var fail = false
        var urls: [String] = []
        for argument in arguments {
            if argument.hasPrefix("--") {
                switch argument {
                case "--silent": silent = true
                case "--show-error": showErrors = true
                case "--fail": fail = true
                case "--location": break
                default:
                    process.print("Shipyard's curl in containers takes -s, -S, -f and -L; `\(argument)` is not simulated.\n")
                    return nil
                }
            } else if argument.hasPrefix("-"), argument.count > 1 {
                for flag in argument.dropFirst() {
                    switch flag {
                    case "s": silent = true
                    case "S": showErrors = true
                    case "f": fail = true
                    case "L": break
                    default:
                        process.print("Shipyard's curl in containers takes -s, -S, -f and -L; `-\(flag)` is not simulated.\n")
                        return nil
                    }
                }
            } else {
                urls.append(argument)
            }
        }
        guard let url = urls.first else {
            // curl 7.88 says "no URL specified!" only when it was given options, even with -s.
            if !arguments.isEmpty { process.print("curl: no URL specified!\n") }
            process.print("curl: try 'curl --help' or 'curl --manual' for more information\n")
            return 2
        }
        let quiet = silent && !showErrors
        var rest = Substring(url)
        if rest.hasPrefix("http://") { rest = rest.dropFirst(7) }
        if rest.hasPrefix("https://") {
            process.print("Shipyard's curl in containers reaches the ECS agent at http://\(agentHost); `\(url)` is not simulated.\n")
            return nil
        }
        let authority = rest.prefix { $0 != "/" && $0 != "?" }
        let path = rest.dropFirst(authority.count)
        var host = String(authority)
        if host.hasSuffix(":80") { host.removeLast(3) }
        // curl 7.88 (Debian's, in most images) rejects a host name with shell characters, such
        // as a `$VARIABLE` no shell expanded.
        guard !host.isEmpty, host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == ":" || $0 == "_" })
        else {
            if !quiet { process.print("curl: (3) URL using bad/illegal format or missing URL\n") }
            return 3
        }
        guard host == agentHost else {
            process.print("Shipyard's curl in containers reaches the ECS agent at http://\(agentHost); `\(url)` is not simulated.\n")
            return nil
        }
        let response = process.view.agent(path.isEmpty ? "/" : String(path))
        if fail, response.status >= 400 {
            if !quiet { process.print("curl: (22) The requested URL returned error: \(response.status)\n") }
            return 22
        }
        process.print(response.body)
        return 0
    }
}
