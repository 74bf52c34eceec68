import ContainerImages
import KubeSim
import SimCore
import ToolIO

/// `crictl ps|pods|images` on a node: what its containerd is running, in crictl's layout.
struct Crictl {
    let kubelet: Kubelet
    let now: SimTime

    func run(_ arguments: [String]) -> ToolOutput {
        var output = ToolOutput()
        let all = arguments.contains("-a") || arguments.contains("--all")
        let quiet = arguments.contains("-q") || arguments.contains("--quiet")
        switch arguments.first(where: { !$0.hasPrefix("-") }) {
        case "ps": output.out(ps(all: all, quiet: quiet))
        case "pods": output.out(pods(quiet: quiet))
        case "images", "img": output.out(images(quiet: quiet))
        case nil:
            output.out("NAME:\n   crictl - client for CRI\n\nCOMMANDS (simulated by Shipyard):\n   ps        List containers\n   pods      List pods\n   images    List images\n")
        case let other?:
            output.err("Shipyard simulates crictl ps, pods and images; `crictl \(other)` is not simulated\n")
            output.status = 1
        }
        return output
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

    func ps(all: Bool, quiet: Bool) -> String {
        let containers = runtime.containers.values
            .filter { all || $0.state == .running }
            .sorted { $0.createdAt != $1.createdAt ? $0.createdAt > $1.createdAt : $0.id < $1.id }
        if quiet { return containers.map { $0.id + "\n" }.joined() }
        var rows = [["CONTAINER", "IMAGE", "CREATED", "STATE", "NAME", "ATTEMPT", "POD ID", "POD", "NAMESPACE"]]
        for container in containers {
            let sandbox = runtime.sandboxes[container.podSandboxID]
            rows.append([String(container.id.prefix(13)), String(container.imageRef.dropFirst(7).prefix(13)),
                         ago(container.createdAt), container.state.rawValue, container.name, String(container.attempt),
                         String(container.podSandboxID.prefix(13)), sandbox?.podName ?? "", sandbox?.namespace ?? ""])
        }
        return Self.table(rows)
    }

    func pods(quiet: Bool) -> String {
        let sandboxes = runtime.sandboxes.values.sorted { $0.createdAt != $1.createdAt ? $0.createdAt > $1.createdAt : $0.id < $1.id }
        if quiet { return sandboxes.map { $0.id + "\n" }.joined() }
        var rows = [["POD ID", "CREATED", "STATE", "NAME", "NAMESPACE", "ATTEMPT", "RUNTIME"]]
        for sandbox in sandboxes {
            rows.append([String(sandbox.id.prefix(13)), ago(sandbox.createdAt), sandbox.ready ? "Ready" : "NotReady",
                         sandbox.podName, sandbox.namespace, "0", "(default)"])
        }
        return Self.table(rows)
    }

    func images(quiet: Bool) -> String {
        var entries = runtime.images.values.map { image -> (String, String, String, Int64) in
            let reference = ImageReference(image.reference)
            return (reference.normalizedName, reference.tag ?? "<none>", String(image.digest.dropFirst(7).prefix(13)), image.size)
        }
        // The sandbox image is always there.
        if !entries.contains(where: { $0.0 == "registry.k8s.io/pause" }) {
            entries.append(("registry.k8s.io/pause", "3.10", String(ImageCatalog.digest(repository: "registry.k8s.io/pause", tag: "3.10").dropFirst(7).prefix(13)), 320_368))
        }
        entries.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        if quiet { return entries.map { "sha256:" + $0.2 + "\n" }.joined() }
        var rows = [["IMAGE", "TAG", "IMAGE ID", "SIZE"]]
        for (name, tag, id, size) in entries { rows.append([name, tag, id, GoUnits.humanSize(size)]) }
        return Self.table(rows)
    }
}
