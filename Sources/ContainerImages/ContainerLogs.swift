import SimCore
import Synchronization

/// The last nginx start-up lines made, by whole second.
private let lastNginxStartup = Mutex<(second: Int64, lines: [ProcessPlan.Line])>((Int64.min, []))

/// What well-known images print when they start, so `kubectl logs` and CloudWatch show
/// something a learner recognises.
public enum ContainerLogs {
    static func startup(image: ImageCatalog.Image, context: ProcessModel.Context) -> [ProcessPlan.Line] {
        switch image.process.log {
        case "nginx":
            // The same second gives the same lines: containers started together share them.
            let milliseconds = context.startedAt.milliseconds
            let second = milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000
            if let cached = lastNginxStartup.withLock({ $0.second == second ? $0.lines : nil }) { return cached }
            let lines = nginxStartup(nginxTime(context.startedAt))
            lastNginxStartup.withLock { $0 = (second, lines) }
            return lines
        case "kubernetes-bootcamp":
            // console.log of a text ending in "\n": a blank line follows.
            return [ProcessPlan.Line(at: 0.1, text: "Kubernetes Bootcamp App Started At: \(javaScriptDate(context.startedAt)) | Running On:  \(context.hostname) "),
                    ProcessPlan.Line(at: 0.1, text: "")]
        case "redis":
            return [ProcessPlan.Line(at: 0.05, text: "1:M \(redisTime(context.startedAt)) * Ready to accept connections tcp")]
        case "httpd":
            return [ProcessPlan.Line(at: 0.1, text: "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using \(context.hostname). Set the 'ServerName' directive globally to suppress this message")]
        default:
            return []
        }
    }

    /// One request a server answered, as it logs it.
    public struct Request: Sendable {
        /// Seconds since the process started, and the time then.
        public var uptime: Double
        public var time: SimTime
        /// The client's address (`::1` for curl to localhost, which tries IPv6 first).
        public var client: String
        /// The Host header curl sends (`localhost`, `localhost:8080`).
        public var host: String
        public var path: String
        public var status: Int
        public var bytes: Int
        /// Which request of this run it is, counting from 1.
        public var number: Int
        public var hostname: String
        /// `curl/7.88.1`, or `kube-probe/1.32` for the kubelet's probes.
        public var userAgent: String

        public init(uptime: Double, time: SimTime, client: String, host: String, path: String, status: Int,
                    bytes: Int, number: Int, hostname: String, userAgent: String = "curl/7.88.1") {
            self.uptime = uptime
            self.time = time
            self.client = client
            self.host = host
            self.path = path
            self.status = status
            self.bytes = bytes
            self.number = number
            self.hostname = hostname
            self.userAgent = userAgent
        }
    }

    /// What a server prints answering `request`: nginx's error log line for a file it could
    /// not serve, then its access log line (the image's `main` format); the bootcamp app's
    /// running count. Others print nothing.
    public static func request(image: ImageCatalog.Image, _ request: Request) -> [ProcessPlan.Line] {
        switch image.process.log ?? (image.repository.hasSuffix("/nginx") ? "nginx" : nil) {
        case "nginx":
            let line = "GET \(request.path) HTTP/1.1"
            var lines: [ProcessPlan.Line] = []
            if request.status == 404 || request.status == 403, let root = image.process.http?.documentRoot {
                let file = root + String(request.path.prefix { $0 != "?" })
                let problem = request.status == 403
                    ? "directory index of \"\(file)\" is forbidden"
                    : "open() \"\(file)\" failed (2: No such file or directory)"
                lines.append(.init(at: request.uptime, text: "\(nginxTime(request.time)) [error] 29#29: *\(request.number) \(problem), client: \(request.client), server: localhost, request: \"\(line)\", host: \"\(request.host)\"", isError: true))
            }
            lines.append(.init(at: request.uptime, text: "\(request.client) - - [\(nginxAccessTime(request.time))] \"\(line)\" \(request.status) \(request.bytes) \"-\" \"\(request.userAgent)\" \"-\""))
            return lines
        case "kubernetes-bootcamp":
            let milliseconds = Int64((request.uptime * 1000).rounded())
            var uptime = String(milliseconds / 1000)
            if milliseconds % 1000 != 0 {
                var fraction = String(milliseconds % 1000)
                fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
                while fraction.hasSuffix("0") { fraction.removeLast() }
                uptime += "." + fraction
            }
            return [.init(at: request.uptime, text: "Running On: \(request.hostname) | Total Requests: \(request.number) | App Uptime: \(uptime) seconds | Log Time: \(javaScriptDate(request.time))")]
        default:
            return []
        }
    }

    static func missingEnvironment(image: ImageCatalog.Image, variable: String) -> [ProcessPlan.Line] {
        [
            "Error: Database is uninitialized and superuser password is not specified.",
            "       You must specify \(variable) to a non-empty value for the",
            "       superuser. For example, \"-e \(variable)=password\" on \"docker run\".",
        ].map { ProcessPlan.Line(at: 0.2, text: $0, isError: true) }
    }

    /// nginx's start-up output, stamped `stamp`.
    static func nginxStartup(_ stamp: String) -> [ProcessPlan.Line] {
        let version = "1.27.5"
        return [
            "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration",
            "/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/",
            "/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh",
            "10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf",
            "10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf",
            "/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh",
            "/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh",
            "/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh",
            "/docker-entrypoint.sh: Configuration complete; ready for start up",
            "\(stamp) [notice] 1#1: using the \"epoll\" event method",
            "\(stamp) [notice] 1#1: nginx/\(version)",
            "\(stamp) [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14) ",
            "\(stamp) [notice] 1#1: OS: Linux 6.8.0-1021-aws",
            "\(stamp) [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576",
            "\(stamp) [notice] 1#1: start worker processes",
            "\(stamp) [notice] 1#1: start worker process 29",
            "\(stamp) [notice] 1#1: start worker process 30",
        ].map { ProcessPlan.Line(at: 0.05, text: $0) }
    }

    /// `2026/01/01 00:00:00`
    static func nginxTime(_ time: SimTime) -> String {
        let c = CalendarTime(time)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return "\(c.year)/\(two(c.month))/\(two(c.day)) \(two(c.hour)):\(two(c.minute)):\(two(c.second))"
    }

    /// `2026-01-01T00:00:42.123Z`: how Node prints a Date.
    static func javaScriptDate(_ time: SimTime) -> String { time.microRFC3339.dropLast(4) + "Z" }

    /// `01/Jan/2026:00:00:00 +0000`, nginx's `$time_local` in a UTC container.
    static func nginxAccessTime(_ time: SimTime) -> String {
        let c = CalendarTime(time)
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return "\(two(c.day))/\(months[c.month - 1])/\(c.year):\(two(c.hour)):\(two(c.minute)):\(two(c.second)) +0000"
    }

    /// `01 Jan 2026 00:00:00.000`
    static func redisTime(_ time: SimTime) -> String {
        let c = CalendarTime(time)
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return "\(two(c.day)) \(months[c.month - 1]) \(c.year) \(two(c.hour)):\(two(c.minute)):\(two(c.second)).000"
    }
}
