import SimCore

/// A running container as a command executed in it sees it, whichever way the command got
/// there (`kubectl exec`, ECS Exec): its host name, working directory and environment, the
/// files Shipyard knows in it, the time, and what it can reach over HTTP.
public struct ContainerExecContext {
    public struct HTTPResponse: Sendable, Equatable {
        public var status: Int
        public var body: String

        public init(status: Int, body: String) {
            self.status = status
            self.body = body
        }

    }

    /// A GET as a client in the container sends it: to `host` (a name or address, with
    /// `:port` unless it is 80), for `path`, naming itself in `User-Agent`.
    public struct HTTPRequest: Sendable, Equatable {
        public var host: String
        public var path: String
        public var userAgent: String
        /// The Host header, when the client was told to send another than `host` (curl's
        /// `-H 'Host: …'` or `--resolve`): what virtual hosts and Ingress rules go by.
        public var virtualHost: String?

        public init(host: String, path: String, userAgent: String, virtualHost: String? = nil) {
            self.host = host
            self.path = path
            self.userAgent = userAgent
            self.virtualHost = virtualHost
        }

        /// The Host header sent.
        public var hostHeader: String { virtualHost ?? host }

        /// The host name or address without its port.
        public var hostName: String { String(host.split(separator: ":", maxSplits: 1).first ?? Substring(host)) }
        /// The port asked for: the one after the colon, else HTTP's 80 (nil when not a number).
        public var port: Int? {
            let parts = host.split(separator: ":", maxSplits: 1)
            return parts.count > 1 ? Int(parts[1]) : 80
        }
    }

    /// What came of a request: the address its host name led to, and the answer or how the
    /// connection failed, with how long the failure took the client (a refusal is at once; a
    /// connection nobody answers is given up after the kernel's SYN retries).
    public struct HTTPExchange: Sendable, Equatable {
        public enum Outcome: Sendable, Equatable {
            case answered(HTTPResponse)
            /// Nothing listens on the port, or kube-proxy rejects a Service without endpoints.
            case refused
            /// DNS knows no such name.
            case unresolved
            /// No host has the address (ARP goes unanswered): "No route to host".
            case unreachable
            /// Nothing answers at all: the connection attempt times out.
            case timedOut
            /// The connection was taken and closed without an answer (a port-forward whose
            /// tunnel broke): curl's "Empty reply from server".
            case emptyReply
        }

        /// The IPv4 address the host resolved to (wget names it), nil when it did not resolve.
        public var address: String?
        public var outcome: Outcome
        /// How long a failed connection took, in milliseconds (curl reports it).
        public var milliseconds: Int

        public init(address: String?, outcome: Outcome, milliseconds: Int = 0) {
            self.address = address
            self.outcome = outcome
            self.milliseconds = milliseconds
        }

        public static func answered(_ response: HTTPResponse, from address: String) -> HTTPExchange {
            HTTPExchange(address: address, outcome: .answered(response))
        }

        public static let unresolved = HTTPExchange(address: nil, outcome: .unresolved)

        /// The answer, if there was one.
        public var response: HTTPResponse? {
            if case .answered(let response) = outcome { return response }
            return nil
        }
    }

    public var hostname: String
    /// Where commands start: the container's `workingDir`, else the image's `WORKDIR`.
    public var workingDirectory: String
    /// In the order `env` prints it.
    public var environment: [(name: String, value: String)]
    public var files: [String: String]
    /// Directories Shipyard can list in full.
    public var directories: [String: [String]]
    public var now: SimTime
    /// Whether the image's tools are busybox's, which word their errors their own way
    /// (`cat: can't open 'x': …`).
    public var busybox: Bool
    /// Whether the command has a terminal (`kubectl exec -t`): progress meters draw differently.
    public var tty: Bool
    /// A GET sent from the container (`169.254.170.2` for the ECS agent; `localhost:8080` for
    /// a server in the same pod; a Service's name in a cluster); nil for a host Shipyard does
    /// not simulate from this container.
    public var http: (HTTPRequest) -> HTTPExchange?
    /// What the client's network reaches, for the message about a host it does not (nil: a
    /// container's, in a pod or an ECS task).
    public var reach: String?
    /// The DNS the container's resolver asks; nil where Shipyard simulates none.
    public var resolver: ContainerResolver?
    /// Whether the image's `nslookup` is busybox's classic one (1.28 and before).
    public var classicNslookup = false
    /// Lets the world go on for so many seconds while the command waits (`sleep 1` in a loop
    /// that watches a rollout): the caller's clock moves, and later requests see what changed.
    /// Says whether the container still runs. nil where time cannot pass mid-command.
    public var sleep: ((Double) -> Bool)?
    /// What runs in the container besides the command (its main process first), and the
    /// command's own PID and its parent's: what `ps` lists. Empty where Shipyard keeps no
    /// process table.
    public var processes: [RunningProcess] = []
    public var pid: Int?
    public var parentPID = 0
    /// Sends a signal (`TERM`) to the main process, which reacts as it would: the answer is
    /// in how many seconds it stops, nil when it goes on. Itself nil where Shipyard keeps no
    /// process table.
    public var signalMainProcess: ((String) -> Double?)?
    /// Programs the image does not have: its shell does not find them.
    public var lacks: Set<String> = []
    /// The shell that runs the command's script, for its "not found" (`bash` in an
    /// interactive bash).
    public var shell = "sh"

    public init(hostname: String, workingDirectory: String, environment: [(name: String, value: String)],
                files: [String: String], directories: [String: [String]], now: SimTime, busybox: Bool = false,
                tty: Bool = false, http: @escaping (HTTPRequest) -> HTTPExchange? = { _ in nil },
                resolver: ContainerResolver? = nil, classicNslookup: Bool = false, processes: [RunningProcess] = [],
                lacks: Set<String> = [], sleep: ((Double) -> Bool)? = nil, signalMainProcess: ((String) -> Double?)? = nil) {
        self.hostname = hostname
        self.workingDirectory = workingDirectory
        self.environment = environment
        self.files = files
        self.directories = directories
        self.now = now
        self.busybox = busybox
        self.tty = tty
        self.http = http
        self.resolver = resolver
        self.classicNslookup = classicNslookup
        self.processes = processes
        self.lacks = lacks
        self.sleep = sleep
        self.signalMainProcess = signalMainProcess
    }

    public func environmentValue(_ name: String) -> String? { environment.last { $0.name == name }?.value }
}
