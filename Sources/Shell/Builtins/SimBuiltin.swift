import GoPorts
import KubeSim
import SimCore
import ToolIO

/// `sim`: Shipyard's own controls over the simulated world — add machines in bulk, install
/// add-ons, switch event recording, wait for all pods to run, show the clock. Used for scale
/// experiments, benchmarks, and to do what a cluster admin would do outside kubectl.
enum SimBuiltin {
    static let usage = """
        usage: sim nodes add COUNT [--cpu N] [--memory SIZE] [--pods N]
               sim addons list
               sim addons enable ingress
               sim events on|off
               sim wait running [--timeout DURATION]
               sim status
               sim time

        """

    static let run: @Sendable (inout BuiltinContext) -> Void = { context in
        let arguments = context.arguments
        guard let cluster = context.session.world.cluster() else {
            context.fail("sim: no cluster in the current context")
            return
        }
        func option(_ name: String, _ fallback: String) -> String {
            guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return fallback }
            return arguments[index + 1]
        }
        switch Array(arguments.prefix(2)) {
        case ["nodes", "add"]:
            guard arguments.count > 2, let count = Int(arguments[2]), count > 0, count <= 20_000 else {
                context.fail("sim: nodes add needs a count between 1 and 20000")
                return
            }
            guard let memory = Quantity(option("--memory", "4Gi")), let pods = Int(option("--pods", "110")) else {
                context.fail("sim: invalid --memory or --pods")
                return
            }
            let names = cluster.addNodes(count: count, cpu: option("--cpu", "2"), memoryKi: memory.value / 1024, pods: pods)
            context.session.world.simulation.settle()
            context.out("added \(names.count) nodes (\(names.first ?? "")…\(names.last ?? ""))\n")
        case ["addons", "list"]:
            context.out("ADDON            STATUS\n")
            context.out("ingress          \(cluster.ingressNginx == nil ? "disabled" : "enabled")\n")
            context.out("metrics-server   \(cluster.metricsServer.isInstalled ? "enabled" : "disabled")\n")
        case ["addons", "enable"]:
            guard arguments.count == 3, arguments[2] == "ingress" else {
                context.fail("sim: addons enable takes one add-on: ingress", status: 2)
                return
            }
            guard let lines = cluster.enableIngressNginx() else {
                context.fail("sim: the ingress add-on is already enabled")
                return
            }
            context.session.world.simulation.settle()
            context.out(lines.map { $0 + "\n" }.joined())
        case ["events", "on"], ["events", "off"]:
            cluster.events.enabled = arguments[1] == "on"
        case ["wait", "running"]:
            let timeout = SessionBuiltins.parseDuration(option("--timeout", "1h")) ?? 3600
            let start = cluster.simulation.now
            let server = cluster.apiServer
            var running = 0
            var total = 0
            func allRunning() -> Bool {
                total = server.count(.pod)
                running = server.podPhaseCount("Running")
                return running == total
            }
            cluster.simulation.advance(until: allRunning, timeout: .seconds(timeout))
            _ = allRunning()
            context.out("pods=\(total) running=\(running) simulated=\(HumanDuration.format(cluster.simulation.now - start))\n")
        case ["status"]:
            let server = cluster.apiServer
            context.out("nodes=\(server.count(.node)) pods=\(server.count(.pod)) running=\(server.podPhaseCount("Running")) etcd_revision=\(cluster.etcd.revision) pending_events=\(cluster.simulation.pendingEventCount)\n")
        case ["time"]:
            context.out(cluster.simulation.now.rfc3339 + "\n")
        default:
            context.fail(usage, status: 2)
        }
    }
}
