import KubeSim
import SimCore
import ToolIO

extension Crictl {
    /// `crictl logs`'s flags.
    static let logsSpec = CrictlFlags.Spec(
        booleans: ["follow": "follow", "f": "follow", "previous": "previous", "p": "previous",
                   "timestamps": "timestamps", "t": "timestamps"],
        valued: ["tail": "tail", "limit-bytes": "limit-bytes", "since": "since"])

    /// `crictl logs [--tail N] [--since T] [--limit-bytes N] [-t] [-p] CONTAINER-ID`: what a
    /// container run printed, found by its ID or a unique prefix of it. (`-f` prints what is
    /// there; the log is not followed.)
    func logs(_ arguments: [String], output: inout ToolOutput) {
        let flags: CrictlFlags
        switch CrictlFlags.parse(arguments, Self.logsSpec) {
        case .success(let parsed): flags = parsed
        case .failure(let failure): return fatal(failure.message, &output)
        }
        let tail: Int
        let limitBytes: Int
        switch (flags.int("tail", fallback: -1), flags.int("limit-bytes", fallback: -1)) {
        case (.success(let lines), .success(let bytes)): (tail, limitBytes) = (lines, bytes)
        case (.failure(let failure), _), (_, .failure(let failure)): return fatal(failure.message, &output)
        }
        var since: SimTime?
        if !flags.string("since").isEmpty {
            guard let time = Self.timestamp(flags.string("since"), now: now) else {
                return fatal("failed to parse value as time or duration: \"\(flags.string("since"))\"", &output)
            }
            since = time
        }
        let timestamps = flags.bool("timestamps")
        let previous = flags.bool("previous")
        guard let given = flags.operands.first else { return fatal("ID cannot be empty", &output) }
        let id = CrictlListOptions.resolve(given, among: Array(runtime.containers.keys)) ?? given
        switch kubelet.logs(containerID: id, previous: previous) {
        case .success(let log):
            output.out(log.render(tail: tail, timestamps: timestamps, since: since,
                                  limitBytes: limitBytes >= 0 ? limitBytes : nil).text)
        case .failure(.noPreviousRun(let name)):
            fatal("previous terminated container \(name) not found", &output)
        case .failure(.logFileMissing(let path)):
            fatal("failed to open log file \"\(path)\": open \(path): no such file or directory", &output)
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
