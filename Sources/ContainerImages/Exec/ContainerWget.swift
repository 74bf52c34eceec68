/// busybox's `wget` (in busybox and alpine images): `wget -qO- http://web` prints a page,
/// `wget URL` saves it under its last path component (`index.html` for `/`). Without `-q` it
/// says where it connects and draws its progress meter on standard error, as busybox 1.36 does:
/// one bar 32 characters wide (80 columns less 48), a line of its own when there is no
/// terminal. Failures are busybox's one-line messages with exit status 1.
enum ContainerWget {
    static func run(_ arguments: [String], _ process: inout ContainerProcess) -> ContainerExit {
        guard process.context.busybox else {
            return .unsupported("Shipyard runs busybox's wget (busybox and alpine images); GNU wget is not simulated.")
        }
        var quiet = false
        var spider = false
        var output: String?
        var userAgent = "Wget"
        var urls: [String] = []
        var index = 0
        func value(_ option: String) -> String? {
            index += 1
            return index < arguments.count ? arguments[index] : nil
        }
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "-q", "--quiet": quiet = true
            case "--spider": spider = true
            case "-O", "--output-document":
                guard let file = value(argument) else { return missingArgument(argument, &process) }
                output = file
            case "-U", "--user-agent":
                guard let agent = value(argument) else { return missingArgument(argument, &process) }
                userAgent = agent
            case "-T", "--timeout":
                guard value(argument) != nil else { return missingArgument(argument, &process) }
            default:
                if argument.hasPrefix("--output-document=") {
                    output = String(argument.dropFirst("--output-document=".count))
                } else if argument.hasPrefix("-"), argument.count > 1, !argument.hasPrefix("--") {
                    // Bundled short options: `-qO-`, `-qO` FILE.
                    var rest = Substring(argument.dropFirst())
                    while let flag = rest.first {
                        rest = rest.dropFirst()
                        if flag == "q" {
                            quiet = true
                        } else if flag == "O" {
                            if rest.isEmpty {
                                guard let file = value(argument) else { return missingArgument("-O", &process) }
                                output = file
                            } else {
                                output = String(rest)
                            }
                            break
                        } else {
                            return .unsupported("Shipyard's wget in containers takes -q, -O FILE, -U AGENT, -T SEC and --spider; `-\(flag)` is not simulated.")
                        }
                    }
                } else if argument.hasPrefix("-"), argument != "-" {
                    return .unsupported("Shipyard's wget in containers takes -q, -O FILE, -U AGENT, -T SEC and --spider; `\(argument)` is not simulated.")
                } else {
                    urls.append(argument)
                }
            }
            index += 1
        }
        guard !urls.isEmpty else {
            return .unsupported("Shipyard's wget in containers needs a URL: wget -qO- http://SERVICE")
        }
        for url in urls {
            let exit = fetch(url, output: output, quiet: quiet, spider: spider, userAgent: userAgent, &process)
            if exit != .exited(0) { return exit }
        }
        return .exited(0)
    }

    private static func missingArgument(_ option: String, _ process: inout ContainerProcess) -> ContainerExit {
        process.printError("wget: option requires an argument -- '\(option.trimmingPrefix("-").prefix(1))'\n")
        return .exited(1)
    }

    private static func fetch(_ url: String, output: String?, quiet: Bool, spider: Bool, userAgent: String,
                              _ process: inout ContainerProcess) -> ContainerExit {
        var rest = Substring(url)
        if rest.hasPrefix("http://") {
            rest = rest.dropFirst(7)
        } else if rest.contains("://") {
            return .unsupported("Shipyard's wget in containers speaks plain http://; `\(url)` is not simulated.")
        }
        let authority = rest.prefix { $0 != "/" }
        var path = String(rest.dropFirst(authority.count))
        if path.isEmpty { path = "/" }
        var host = String(authority)
        if host.hasSuffix(":80") { host.removeLast(3) }
        let request = ContainerExecContext.HTTPRequest(host: host, path: path, userAgent: userAgent)
        guard let port = request.port, var exchange = process.context.http(request) else {
            return .unsupported("Shipyard's wget in containers reaches the cluster's pods and Services and the container's own servers; `\(url)` is not simulated.")
        }
        guard let address = exchange.address else {
            process.printError("wget: bad address '\(request.hostName)'\n")
            return .exited(1)
        }
        if !quiet { process.printError("Connecting to \(request.hostName) (\(address):\(port))\n") }
        // nginx answers a directory named without its slash with a redirect to it; wget follows.
        if exchange.response?.status == 301, !path.hasSuffix("/") {
            path += "/"
            exchange = process.context.http(.init(host: host, path: path, userAgent: userAgent)) ?? exchange
        }
        let response: ContainerExecContext.HTTPResponse
        switch exchange.outcome {
        case .answered(let answer): response = answer
        case .emptyReply:
            process.printError("wget: error getting response\n")
            return .exited(1)
        case .refused, .unreachable, .timedOut, .unresolved:
            process.waitedMilliseconds += exchange.milliseconds
            let reason = exchange.outcome == .refused ? "Connection refused"
                : exchange.outcome == .unreachable ? "No route to host" : "Connection timed out"
            process.printError("wget: can't connect to remote host (\(address)): \(reason)\n")
            return .exited(1)
        }
        guard (200...204).contains(response.status) else {
            process.printError("wget: server returned error: HTTP/1.1 \(response.status) \(reasonPhrase(response.status))\n")
            return .exited(1)
        }
        if spider {
            if !quiet { process.printError("remote file exists\n") }
            return .exited(0)
        }
        let toStdout = output == "-"
        let fileName = output ?? {
            let last = path.split(separator: "/").last.map(String.init) ?? ""
            return last.isEmpty || path.hasSuffix("/") ? "index.html" : last
        }()
        if !toStdout {
            let absolute = ContainerPath.normalized(fileName, in: process.context.workingDirectory)
            if output == nil, process.file(absolute) != nil {
                process.printError("wget: can't open '\(fileName)': File exists\n")
                return .exited(1)
            }
            if absolute != "/dev/null" { process.write(absolute, response.body, append: false) }
        }
        if !quiet {
            process.printError(toStdout ? "writing to stdout\n" : "saving to '\(fileName)'\n")
        }
        if toStdout { process.print(response.body) }
        if !quiet {
            let name = toStdout ? "-" : String(fileName.split(separator: "/").last ?? Substring(fileName))
            process.printError(progressLine(name, bytes: response.body.utf8.count, tty: process.context.tty))
            process.printError(toStdout ? "written to stdout\n" : "'\(fileName)' saved\n")
        }
        return .exited(0)
    }

    /// The meter's last drawing: the file's name in 20 columns, 100 %, a full bar, the size in
    /// five columns and an ETA of nothing. Without a terminal each drawing is a line of its own,
    /// and the meter's end adds one more.
    static func progressLine(_ name: String, bytes: Int, tty: Bool) -> String {
        let padded = name.count >= 20 ? String(name.prefix(20)) : name + String(repeating: " ", count: 20 - name.count)
        let line = "\(padded) 100% |\(String(repeating: "*", count: 32))| \(size5(bytes))  0:00:00 ETA\n"
        return tty ? line : line + "\n"
    }

    /// busybox's five-column size: the number as it is up to 99999, then in k, M, G.
    static func size5(_ bytes: Int) -> String {
        var value = bytes
        var unit = ""
        for suffix in ["k", "M", "G", "T"] where value > 99999 {
            value /= 1024
            unit = suffix
        }
        let text = "\(value)\(unit)"
        return String(repeating: " ", count: max(0, 5 - text.count)) + text
    }

    static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 301: return "Moved Permanently"
        case 302: return "Found"
        case 400: return "Bad Request"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Not Allowed"
        case 500: return "Internal Server Error"
        case 502: return "Bad Gateway"
        case 503: return "Service Temporarily Unavailable"
        case 504: return "Gateway Time-out"
        default: return ""
        }
    }
}
