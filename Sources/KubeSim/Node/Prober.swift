import ContainerImages
import JSONValue

/// Runs one liveness, readiness or startup probe against a running container, as the
/// kubelet's prober does: an HTTP GET against what the image serves, a TCP connect to a port
/// it listens on, or a command run inside it. Pure: the caller passes what the container is
/// doing now.
enum Prober {
    enum Kind: String, CaseIterable {
        case startup, liveness, readiness

        /// `livenessProbe`, the field in the container spec.
        var field: String { "\(rawValue)Probe" }
        /// `Liveness`, as events word it.
        var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
    }

    struct Outcome: Equatable {
        var success: Bool
        /// What the kubelet's `Unhealthy` event says after `Liveness probe failed: `.
        var message: String
        /// The probe could not run at all (`Liveness probe errored: …`).
        var errored = false
    }

    /// The probe's settings with the API's defaults.
    struct Settings {
        var initialDelaySeconds: Double
        var periodSeconds: Double
        var failureThreshold: Int
        var successThreshold: Int
        var terminationGracePeriodSeconds: Int?

        init(_ probe: JSON) {
            initialDelaySeconds = Double(probe["initialDelaySeconds"].int ?? 0)
            periodSeconds = Double(max(1, probe["periodSeconds"].int ?? 10))
            failureThreshold = max(1, probe["failureThreshold"].int ?? 3)
            successThreshold = max(1, probe["successThreshold"].int ?? 1)
            terminationGracePeriodSeconds = probe["terminationGracePeriodSeconds"].int
        }
    }

    /// What the probe needs to know about the container at this moment.
    struct Target {
        var podIP: String
        var containerSpec: JSON
        var plan: ProcessPlan
        var uptime: Double
        var image: ImageCatalog.Image
        var exec: ContainerExecContext
        /// What the container's server answers a GET of a path now (files as they are, the
        /// request logged); nil where only the image's routes say.
        var answer: (_ path: String, _ port: Int) -> ContainerExecContext.HTTPResponse? = { _, _ in nil }
    }

    static func run(_ probe: JSON, against target: Target) -> Outcome {
        if probe["httpGet"].object != nil { return httpGet(probe["httpGet"], target) }
        if probe["tcpSocket"].object != nil { return tcpSocket(probe["tcpSocket"], target) }
        if probe["exec"].object != nil { return exec(probe["exec"], target) }
        if probe["grpc"].object != nil {
            let port = probe["grpc"]["port"].int ?? 0
            guard target.plan.listens.contains(port) else {
                return Outcome(success: false,
                               message: "timeout: failed to connect service \"\(target.podIP):\(port)\" within 1s: context deadline exceeded")
            }
            return Outcome(success: true, message: "")
        }
        return Outcome(success: true, message: "")
    }

    /// A port given by number or by the name of one of the container's ports.
    static func resolvePort(_ port: JSON, spec: JSON) -> Int? {
        if let number = port.int { return number }
        guard let name = port.string else { return nil }
        if let number = Int(name) { return number }
        return (spec["ports"].array ?? []).first { $0["name"].string == name }?["containerPort"].int
    }

    static func httpGet(_ action: JSON, _ target: Target) -> Outcome {
        guard let port = resolvePort(action["port"], spec: target.containerSpec) else {
            let name = action["port"].string ?? ""
            return Outcome(success: false, message: "unable to resolve port \"\(name)\"", errored: true)
        }
        let scheme = (action["scheme"].string ?? "HTTP").lowercased()
        var path = action["path"].string ?? "/"
        if !path.hasPrefix("/") { path = "/" + path }
        let host = action["host"].string ?? target.podIP
        let url = "\(scheme)://\(host):\(port)\(path)"
        guard target.plan.listens.contains(port) else {
            return Outcome(success: false, message: "Get \"\(url)\": dial tcp \(host):\(port): connect: connection refused")
        }
        guard let http = target.plan.http else {
            return Outcome(success: false, message: "Get \"\(url)\": EOF")
        }
        let status = target.answer(path, port)?.status ?? http.status(path: path, uptime: target.uptime)
        if (200..<400).contains(status) { return Outcome(success: true, message: "") }
        return Outcome(success: false, message: "HTTP probe failed with statuscode: \(status)")
    }

    static func tcpSocket(_ action: JSON, _ target: Target) -> Outcome {
        guard let port = resolvePort(action["port"], spec: target.containerSpec) else {
            let name = action["port"].string ?? ""
            return Outcome(success: false, message: "unable to resolve port \"\(name)\"", errored: true)
        }
        let host = action["host"].string ?? target.podIP
        guard target.plan.listens.contains(port) else {
            return Outcome(success: false, message: "dial tcp \(host):\(port): connect: connection refused")
        }
        return Outcome(success: true, message: "")
    }

    static func exec(_ action: JSON, _ target: Target) -> Outcome {
        let argv = (action["command"].array ?? []).compactMap(\.string)
        var process = ContainerProcess(context: target.exec)
        switch ContainerShell.execute(argv, in: &process) {
        case .exited(0): return Outcome(success: true, message: "")
        case .exited(let status) where status != 127: return Outcome(success: false, message: process.output)
        case .exited, .unsupported:
            let program = argv.first ?? ""
            let image = target.image
            if program == "redis-cli" || program == "pg_isready" {
                // The images' own health tools answer when their server runs.
                let up = !target.plan.listens.isEmpty && image.process.kind == .server
                return Outcome(success: up, message: up ? "" : "Could not connect to Redis at 127.0.0.1:6379: Connection refused\n")
            }
            return Outcome(success: false,
                           message: "OCI runtime exec failed: exec failed: unable to start container process: exec: \"\(program)\": executable file not found in $PATH: unknown",
                           errored: true)
        }
    }
}
