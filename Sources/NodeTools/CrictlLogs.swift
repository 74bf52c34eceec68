import KubeSim
import SimCore
import ToolIO

extension Crictl {
    /// `crictl logs [--tail N] [--since T] [--limit-bytes N] [-t] [-p] CONTAINER-ID`: what a
    /// container run printed, found by its ID or a unique prefix of it. (`-f` prints what is
    /// there; the log is not followed.)
    func logs(_ arguments: [String], output: inout ToolOutput) {
        var tail = -1
        var limitBytes = -1
        var since: SimTime?
        var timestamps = false
        var previous = false
        var ids: [String] = []
        var rest = arguments[...]
        while let argument = rest.first {
            rest = rest.dropFirst()
            guard argument.hasPrefix("-"), argument.count > 1 else {
                ids.append(argument)
                continue
            }
            let parts = argument.drop { $0 == "-" }.split(separator: "=", maxSplits: 1).map(String.init)
            let flag = parts.first ?? ""
            switch flag {
            case "tail", "limit-bytes", "since":
                guard let text = parts.count > 1 ? parts[1] : rest.first else {
                    return fatal("flag needs an argument: -\(flag)", &output)
                }
                if parts.count == 1 { rest = rest.dropFirst() }
                if flag == "since" {
                    guard let time = Self.timestamp(text, now: now) else {
                        return fatal("failed to parse value as time or duration: \"\(text)\"", &output)
                    }
                    since = time
                    continue
                }
                guard let number = Int(text) else {
                    return fatal("invalid value \"\(text)\" for flag -\(flag): parse error", &output)
                }
                if flag == "tail" { tail = number } else { limitBytes = number }
            case "timestamps": timestamps = true
            case "previous": previous = true
            case "follow": break
            case let short where !argument.hasPrefix("--") && short.allSatisfy({ "tpf".contains($0) }):
                timestamps = timestamps || short.contains("t")
                previous = previous || short.contains("p")
            default:
                return fatal("flag provided but not defined: -\(parts.first ?? argument)", &output)
            }
        }
        guard let given = ids.first else { return fatal("ID cannot be empty", &output) }
        let id = CrictlListOptions.resolve(given, among: Array(runtime.containers.keys)) ?? given
        switch kubelet.logs(containerID: id, previous: previous) {
        case .success(let log):
            let text = log.render(tail: tail, timestamps: timestamps, since: since).text
            output.out(limitBytes >= 0 ? String(decoding: text.utf8.prefix(limitBytes), as: UTF8.self) : text)
        case .failure(.noPreviousRun(let name)):
            fatal("previous terminated container \(name) not found", &output)
        case .failure(.notFound):
            fatal("rpc error: code = NotFound desc = an error occurred when try to find container \"\(given)\": not found",
                  &output)
        }
    }

    /// crictl logs' `--since`, read as Docker's GetTimestamp reads it: a Go duration before now
    /// (to the second), an RFC 3339 time, or Unix seconds.
    static func timestamp(_ text: String, now: SimTime) -> SimTime? {
        if text != "0", let duration = GoDuration.parse(text) {
            return SimTime(seconds: (now - duration).seconds)
        }
        if let time = SimTime(rfc3339: text) { return time }
        return Int64(text).map { SimTime(seconds: $0) }
    }
}
