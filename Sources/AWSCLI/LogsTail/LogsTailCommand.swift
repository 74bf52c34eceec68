import AWSArguments
import JSONValue

/// `aws logs tail GROUP`: aws-cli v2's own command over FilterLogEvents — the group's events
/// since `--since` (default ten minutes ago), interleaved across its streams, one line each.
///
/// `--follow` keeps polling every five seconds as aws-cli does, on the simulated clock; where
/// aws-cli would poll until Ctrl-C, Shipyard's returns once the group has been quiet for
/// fifteen simulated seconds (or after ten simulated minutes), since a learner's command
/// cannot be interrupted while it runs.
struct LogsTailCommand {
    let context: CLIContext
    let model: ServiceModel

    /// aws-cli sleeps this long between polls when following.
    static let pollSeconds = 5
    /// Polls without a new event after which following stops.
    static let quietPolls = 3
    /// Following stops after this much simulated time in any case.
    static let followLimitSeconds = 600

    var parser: ArgParser {
        var flag = ArgAction.flag("--follow")
        flag.defaultValue = .bool(false)
        return ArgParser([
            .positional("group_name"),
            .option("--since"),
            flag,
            .option("--format", choices: TailFormat.allCases.map(\.rawValue)),
            .option("--filter-pattern"),
            .option("--log-stream-names", nargs: .oneOrMore),
            .option("--log-stream-name-prefix"),
        ])
    }

    func run(_ arguments: [String]) throws(AWSCLIError) {
        if arguments == ["help"] {
            context.output.out(Self.help)
            return
        }
        let namespace = try parser.parseAll(arguments)
        guard let operation = model.operations["FilterLogEvents"] else { throw NotSimulated.command(["logs", "tail"]) }
        let caller = OperationCaller(context: context, model: model, operation: operation)
        let region = try caller.clientRegion()

        var request = PythonDict()
        request["logGroupName"] = .str(try value(namespace, "group_name") ?? "")
        request["interleaved"] = .bool(true)
        let since = try value(namespace, "since") ?? "10m"
        request["startTime"] = .int(Int(try TailSince.startMillis(since, now: context.endpoint.now)))
        if let pattern = try value(namespace, "filter_pattern") { request["filterPattern"] = .str(pattern) }
        if case .list(let names)? = namespace["log_stream_names"] {
            var loaded: [PythonValue] = []
            for name in names { loaded.append(.str(try load(name))) }
            request["logStreamNames"] = .list(loaded)
        }
        if let prefix = try value(namespace, "log_stream_name_prefix") { request["logStreamNamePrefix"] = .str(prefix) }

        let format = TailFormat(rawValue: namespace["format"]?.string ?? "") ?? .detailed
        let color = context.globals.color == "on"
        let print = { (event: JSON) in
            context.output.out(format.line(timestamp: Int64(event["timestamp"].int ?? 0),
                                           stream: event["logStreamName"].string ?? "",
                                           message: event["message"].string ?? "", color: color))
        }
        if namespace["follow"] == .bool(true) {
            try follow(request, caller: caller, region: region, print: print)
        } else {
            var page = request
            while true {
                let response = try caller.send(page, region: region)
                for event in response["events"].array ?? [] { print(event) }
                guard let token = response["nextToken"].string, page["nextToken"] != .str(token) else { break }
                page["nextToken"] = .str(token)
            }
        }
    }

    /// `FollowLogEventsGenerator`: poll, print events not seen before (by ID, among those at the
    /// newest timestamp), continue from the newest timestamp, sleep five seconds.
    private func follow(_ request: PythonDict, caller: OperationCaller, region: String,
                        print: (JSON) -> Void) throws(AWSCLIError) {
        var page = request
        var seen: [Int: Set<String>] = [:]
        var quiet = 0
        var waited = 0
        var fresh = 0
        while true {
            let response = try caller.send(page, region: region)
            for event in response["events"].array ?? [] {
                let timestamp = event["timestamp"].int ?? 0
                let id = event["eventId"].string ?? ""
                if seen[timestamp, default: []].insert(id).inserted {
                    fresh += 1
                    print(event)
                }
            }
            if let newest = seen.keys.max() { seen = [newest: seen[newest] ?? []] }
            if let token = response["nextToken"].string {
                page["nextToken"] = .str(token)
                continue
            }
            if let newest = seen.keys.max() { page["startTime"] = .int(newest) }
            page["nextToken"] = nil
            quiet = fresh == 0 ? quiet + 1 : 0
            fresh = 0
            if quiet >= Self.quietPolls || waited >= Self.followLimitSeconds { return }
            context.endpoint.sleep(seconds: Self.pollSeconds)
            waited += Self.pollSeconds
        }
    }

    /// A string argument after `file://` loading, nil when not given.
    private func value(_ namespace: ArgNamespace, _ dest: String) throws(AWSCLIError) -> String? {
        guard let text = namespace[dest]?.string else { return nil }
        return try load(text)
    }

    private func load(_ text: String) throws(AWSCLIError) -> String {
        let conversion = ParameterConversion(model: model, paramFiles: context.paramFiles, service: "logs", operation: "tail")
        let plain = ServiceModel.Shape(name: "String", type: "string")
        do throws(ArgumentError) {
            switch try conversion.pythonValue(for: "--x", values: [text], shape: plain) {
            case .str(let loaded): return loaded
            case .bytes(let bytes): return String(decoding: bytes, as: UTF8.self)
            default: return text
            }
        } catch {
            throw AWSCLIError(error)
        }
    }
}
