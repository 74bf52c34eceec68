/// `curl URL` in a container, for the hosts the container can reach in Shipyard (the ECS
/// agent's endpoint at 169.254.170.2: task role credentials, task metadata; in a pod, its own
/// containers' servers on localhost, and the cluster's Services and pods). The body prints
/// as the server sent it (no newline added); `-s` silences curl's own errors, `-f` turns HTTP
/// errors into exit 22. Messages are curl 7.88's, as in Debian-based images.
enum ContainerCurl {
    static func run(_ arguments: [String], _ process: inout ContainerProcess) -> ContainerExit {
        var silent = false
        var showErrors = false
        var fail = false
        var urls: [String] = []
        var hostHeader: String?
        /// `--resolve NAME:PORT:ADDRESS`: connect to ADDRESS for NAME on PORT.
        var resolved: [String: String] = [:]
        let usage = "Shipyard's curl takes -s, -S, -f, -L, -H 'Host: NAME' and --resolve NAME:PORT:ADDRESS"
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            /// The value of an option that takes one (`-H VALUE`, `--resolve VALUE`).
            func value() -> String? {
                guard index < arguments.count else { return nil }
                index += 1
                return arguments[index - 1]
            }
            if argument == "-H" || argument == "--header" || argument == "--resolve" {
                guard let text = value() else {
                    process.printError("curl: option \(argument): requires parameter\n")
                    process.printError("curl: try 'curl --help' or 'curl --manual' for more information\n")
                    return .exited(2)
                }
                if argument == "--resolve" {
                    let parts = text.split(separator: ":", maxSplits: 2).map(String.init)
                    guard parts.count == 3 else { return .unsupported("\(usage); `--resolve \(text)` is not simulated.") }
                    resolved["\(parts[0].lowercased()):\(parts[1])"] = parts[2]
                } else if text.lowercased().hasPrefix("host:") {
                    hostHeader = String(text.dropFirst(5).drop { $0 == " " })
                }
            } else if argument.hasPrefix("--") {
                switch argument {
                case "--silent": silent = true
                case "--show-error": showErrors = true
                case "--fail": fail = true
                case "--location": break
                default:
                    return .unsupported("\(usage); `\(argument)` is not simulated.")
                }
            } else if argument.hasPrefix("-"), argument.count > 1 {
                for flag in argument.dropFirst() {
                    switch flag {
                    case "s": silent = true
                    case "S": showErrors = true
                    case "f": fail = true
                    case "L": break
                    default:
                        return .unsupported("\(usage); `-\(flag)` is not simulated.")
                    }
                }
            } else {
                urls.append(argument)
            }
        }
        guard let url = urls.first else {
            // curl 7.88 says "no URL specified!" only when it was given options, even with -s.
            if !arguments.isEmpty { process.printError("curl: no URL specified!\n") }
            process.printError("curl: try 'curl --help' or 'curl --manual' for more information\n")
            return .exited(2)
        }
        let quiet = silent && !showErrors
        var rest = Substring(url)
        if rest.hasPrefix("http://") { rest = rest.dropFirst(7) }
        if rest.hasPrefix("https://") { return unreachable(url, process.context) }
        let authority = rest.prefix { $0 != "/" && $0 != "?" }
        let path = rest.dropFirst(authority.count)
        guard Self.isWellFormed(authority) else {
            if !quiet { process.printError("curl: (3) URL using bad/illegal format or missing URL\n") }
            return .exited(3)
        }
        var host = String(authority)
        if host.hasSuffix(":80") { host.removeLast(3) }
        var request = ContainerExecContext.HTTPRequest(host: host, path: path.isEmpty ? "/" : String(path),
                                                       userAgent: userAgent, virtualHost: hostHeader)
        if let address = resolved["\(request.hostName.lowercased()):\(request.port ?? 80)"] {
            request.virtualHost = hostHeader ?? host
            request.host = (request.port ?? 80) == 80 ? address : "\(address):\(request.port ?? 80)"
        }
        guard let exchange = process.context.http(request) else { return unreachable(url, process.context) }
        let name = request.hostName
        let port = request.port ?? 80
        let response: ContainerExecContext.HTTPResponse
        switch exchange.outcome {
        case .answered(let answer):
            response = answer
        case .unresolved:
            if !quiet { process.printError("curl: (6) Could not resolve host: \(name)\n") }
            return .exited(6)
        case .emptyReply:
            if !quiet { process.printError("curl: (52) Empty reply from server\n") }
            return .exited(52)
        case .refused, .unreachable, .timedOut:
            // A connect that timed out is reported as any failed connect, under its own code.
            let code: Int32 = exchange.outcome == .timedOut ? 28 : 7
            process.waitedMilliseconds += exchange.milliseconds
            if !quiet {
                process.printError("curl: (\(code)) Failed to connect to \(name) port \(port) after \(exchange.milliseconds) ms: Couldn't connect to server\n")
            }
            return .exited(code)
        }
        if fail, response.status >= 400 {
            if !quiet { process.printError("curl: (22) The requested URL returned error: \(response.status)\n") }
            return .exited(22)
        }
        process.print(response.body)
        return .exited(0)
    }

    /// Whether curl 7.88 (Debian's, in most images) takes a URL's authority: a host name
    /// (letters, digits, `.`, `-`, `_`: a `$VARIABLE` no shell expanded is refused) or an IPv6
    /// address in brackets, then perhaps `:` and a port from 0 to 65535 (`curl $(minikube ip):30000`
    /// with no minikube asks for `:30000`, which has no host).
    static func isWellFormed(_ authority: Substring) -> Bool {
        var host = authority
        var port: Substring?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return false }
            host = authority[...close]
            let after = authority[authority.index(after: close)...]
            guard after.isEmpty || after.hasPrefix(":") else { return false }
            if !after.isEmpty { port = after.dropFirst() }
            guard host.dropFirst().dropLast().allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) else { return false }
        } else {
            if let colon = authority.firstIndex(of: ":") {
                host = authority[..<colon]
                port = authority[authority.index(after: colon)...]
            }
            guard host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" }) else { return false }
        }
        guard host.count > (authority.hasPrefix("[") ? 2 : 0) else { return false }
        guard let port else { return true }
        return (1...5).contains(port.count) && port.allSatisfy({ $0.isASCII && $0.isNumber }) && (Int(port) ?? .max) <= 65535
    }

    /// What curl 7.88 (Debian's, in most images) calls itself.
    static let userAgent = "curl/7.88.1"

    static func unreachable(_ url: String, _ context: ContainerExecContext) -> ContainerExit {
        let reach = context.reach ?? "Shipyard's curl in containers reaches only the endpoints simulated there "
            + "(in a pod, the cluster's pods and Services and the pod's own servers; in ECS tasks, "
            + "the task's own servers and the agent at http://169.254.170.2)"
        return .unsupported("\(reach); `\(url)` is not simulated.")
    }
}
