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

        /// Nothing listens on the port: curl fails to connect.
        public static let refused = HTTPResponse(status: 0, body: "")
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
    /// A GET of `path` on `host` (`169.254.170.2` for the ECS agent; `localhost:8080` for a
    /// server in the same pod); nil for a host Shipyard does not simulate from this container.
    public var http: (_ host: String, _ path: String) -> HTTPResponse?

    public init(hostname: String, workingDirectory: String, environment: [(name: String, value: String)],
                files: [String: String], directories: [String: [String]], now: SimTime, busybox: Bool = false,
                http: @escaping (_ host: String, _ path: String) -> HTTPResponse? = { _, _ in nil }) {
        self.hostname = hostname
        self.workingDirectory = workingDirectory
        self.environment = environment
        self.files = files
        self.directories = directories
        self.now = now
        self.busybox = busybox
        self.http = http
    }

    public func environmentValue(_ name: String) -> String? { environment.last { $0.name == name }?.value }
}
