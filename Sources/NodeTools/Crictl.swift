import ContainerImages
import GoPorts
import KubeSim
import SimCore
import ToolIO

/// `crictl ps|pods|images` on a node: what its containerd is running, in crictl's layout.
struct Crictl {
    let kubelet: Kubelet
    let now: SimTime

    func run(_ arguments: [String]) -> ToolOutput {
        var output = ToolOutput()
        let command = arguments.firstIndex { !$0.hasPrefix("-") }
        let flags = command.map { Array(arguments[($0 + 1)...]) } ?? []
        switch command.map({ arguments[$0] }) {
        case "ps":
            list(flags, CrictlListOptions.psSpec, into: &output) { ps($0, output: &$1) }
        case "pods":
            list(flags, CrictlListOptions.podsSpec, into: &output) { pods($0, output: &$1) }
        case "images", "img":
            output.out(images(quiet: flags.contains("-q") || flags.contains("--quiet")))
        case "logs":
            logs(flags, output: &output)
        case nil:
            output.out("""
                NAME:
                   crictl - client for CRI

                COMMANDS (simulated by Shipyard):
                   ps        List containers
                   pods      List pods
                   images    List images
                   logs      Fetch the logs of a container

                """)
        case let other?:
            output.err("Shipyard simulates crictl ps, pods, images and logs; `crictl \(other)` is not simulated\n")
            output.status = 1
        }
        return output
    }

    /// Reads a listing's flags and runs it, or says as crictl does why it cannot.
    private func list(_ flags: [String], _ spec: CrictlFlags.Spec, into output: inout ToolOutput,
                      _ body: (CrictlListOptions, inout ToolOutput) -> Void) {
        switch CrictlListOptions.parse(flags, spec) {
        case .success(let options): body(options, &output)
        case .failure(let failure): fatal(failure.message, &output)
        }
    }

    /// What crictl's logger prints as it exits on an error.
    func fatal(_ message: String, _ output: inout ToolOutput) {
        output.err("FATA[0000] \(message)\n")
        output.status = 1
    }

    /// crictl's tabwriter: cells at least 20 wide, 3 spaces of padding.
    static func table(_ rows: [[String]]) -> String {
        var widths: [Int] = []
        for row in rows {
            for (index, cell) in row.dropLast().enumerated() {
                let width = max(cell.count + 3, 20)
                if index < widths.count { widths[index] = max(widths[index], width) } else { widths.append(width) }
            }
        }
        return rows.map { row in
            row.enumerated().map { index, cell in
                index < row.count - 1 ? cell + String(repeating: " ", count: max(0, widths[index] - cell.count)) : cell
            }.joined()
        }.joined(separator: "\n") + "\n"
    }

    var runtime: Containerd { kubelet.runtime }

    func ago(_ time: SimTime) -> String { GoUnits.humanDuration(now - time) + " ago" }

    /// The labels containerd gives a pod's containers.
    private func labels(of container: Containerd.Container, in sandbox: Containerd.Sandbox?) -> [String: String] {
        ["io.kubernetes.container.name": container.name, "io.kubernetes.pod.name": sandbox?.podName ?? "",
         "io.kubernetes.pod.namespace": sandbox?.namespace ?? "", "io.kubernetes.pod.uid": sandbox?.podUID ?? ""]
    }

    func ps(_ options: CrictlListOptions, output: inout ToolOutput) {
        // nil: any state. `unknown` is a state containerd's containers here are never in.
        var state: Containerd.Container.State?
        var none = false
        if !options.all && options.state.isEmpty { state = .running }
        if !options.state.isEmpty {
            switch options.state.lowercased() {
            case "created": state = .created
            case "running": state = .running
            case "exited": state = .exited
            case "unknown": none = true
            default:
                return goLogFatal("--state should be one of created, running, exited or unknown", &output)
            }
        }
        if options.latest || options.last > 0 {
            state = nil
            none = false
        }
        let all = Array(runtime.containers.values)
        let id = options.id.isEmpty ? nil : CrictlListOptions.resolve(options.id, among: all.map(\.id)) ?? options.id
        let podID = options.podID.isEmpty ? nil
            : CrictlListOptions.resolve(options.podID, among: Array(runtime.sandboxes.keys)) ?? options.podID
        let imageID = options.image.isEmpty ? nil : runtime.image(for: ImageReference(options.image))?.digest ?? ""
        let containers = all.filter { container in
            let sandbox = runtime.sandboxes[container.podSandboxID]
            let labels = labels(of: container, in: sandbox)
            return !none && (state == nil || container.state == state)
                && (id == nil || container.id == id) && (podID == nil || container.podSandboxID == podID)
                && options.labels.allSatisfy { labels[$0.key] == $0.value }
                && CrictlListOptions.matches(options.namePattern, container.name)
                && CrictlListOptions.matches(options.namespacePattern, sandbox?.namespace ?? "unknown")
        }.sorted { $0.createdAt != $1.createdAt ? $0.createdAt > $1.createdAt : $0.id < $1.id }
        // As crictl 1.32 does, the image is matched as the newest are printed, after --latest and --last.
        let shown = containers.prefix(options.keep(containers.count)).filter { imageID == nil || $0.imageRef == imageID }
        if options.quiet { return output.out(shown.map { $0.id + "\n" }.joined()) }
        var rows = [["CONTAINER", "IMAGE", "CREATED", "STATE", "NAME", "ATTEMPT", "POD ID", "POD", "NAMESPACE"]]
        for container in shown {
            let sandbox = runtime.sandboxes[container.podSandboxID]
            let image = options.noTrunc ? container.imageRef : String(container.imageRef.dropFirst(7).prefix(13))
            rows.append([truncated(container.id, options), image,
                         ago(container.createdAt), container.state.rawValue, container.name, String(container.attempt),
                         truncated(container.podSandboxID, options), sandbox?.podName ?? "unknown",
                         sandbox?.namespace ?? "unknown"])
        }
        output.out(Self.table(rows))
    }

    private func truncated(_ id: String, _ options: CrictlListOptions) -> String {
        options.noTrunc ? id : String(id.prefix(13))
    }

    func pods(_ options: CrictlListOptions, output: inout ToolOutput) {
        var ready: Bool?
        if !options.state.isEmpty {
            switch options.state.lowercased() {
            case "ready": ready = true
            case "notready": ready = false
            default:
                return goLogFatal("--state should be ready or notready", &output)
            }
        }
        let all = Array(runtime.sandboxes.values)
        let id = options.id.isEmpty ? nil : CrictlListOptions.resolve(options.id, among: all.map(\.id)) ?? options.id
        let sandboxes = all.filter { sandbox in
            var labels = kubelet.podLabels(namespace: sandbox.namespace, name: sandbox.podName, uid: sandbox.podUID)
            labels["io.kubernetes.pod.name"] = sandbox.podName
            labels["io.kubernetes.pod.namespace"] = sandbox.namespace
            labels["io.kubernetes.pod.uid"] = sandbox.podUID
            return (ready == nil || sandbox.ready == ready) && (id == nil || sandbox.id == id)
                && options.labels.allSatisfy { labels[$0.key] == $0.value }
                && CrictlListOptions.matches(options.namePattern, sandbox.podName)
                && CrictlListOptions.matches(options.namespacePattern, sandbox.namespace)
        }.sorted { $0.createdAt != $1.createdAt ? $0.createdAt > $1.createdAt : $0.id < $1.id }
        let shown = sandboxes.prefix(options.keep(sandboxes.count))
        if options.quiet { return output.out(shown.map { $0.id + "\n" }.joined()) }
        var rows = [["POD ID", "CREATED", "STATE", "NAME", "NAMESPACE", "ATTEMPT", "RUNTIME"]]
        for sandbox in shown {
            rows.append([truncated(sandbox.id, options), ago(sandbox.createdAt), sandbox.ready ? "Ready" : "NotReady",
                         sandbox.podName, sandbox.namespace, "0", "(default)"])
        }
        output.out(Self.table(rows))
    }

    /// What Go's log.Fatalf prints as crictl exits: `2026/01/01 00:00:05 message`.
    private func goLogFatal(_ message: String, _ output: inout ToolOutput) {
        let stamp = String(now.rfc3339.dropLast().map { $0 == "-" ? "/" : ($0 == "T" ? " " : $0) })
        output.err("\(stamp) \(message)\n")
        output.status = 1
    }

    /// `crictl images`: the table shows each image ID's first 13 hex digits; `-q` prints IDs whole.
    func images(quiet: Bool) -> String {
        var entries = runtime.images.values.map { image -> (String, String, String, Int64) in
            let reference = ImageReference(image.reference)
            return (reference.normalizedName, reference.tag ?? "<none>", image.digest, image.size)
        }
        // The sandbox image is always there.
        if !entries.contains(where: { $0.0 == "registry.k8s.io/pause" }) {
            entries.append(("registry.k8s.io/pause", "3.10", ImageCatalog.digest(repository: "registry.k8s.io/pause", tag: "3.10"), 320_368))
        }
        entries.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        if quiet { return entries.map { $0.2 + "\n" }.joined() }
        var rows = [["IMAGE", "TAG", "IMAGE ID", "SIZE"]]
        for (name, tag, id, size) in entries { rows.append([name, tag, String(id.dropFirst(7).prefix(13)), GoUnits.humanSize(size)]) }
        return Self.table(rows)
    }
}
