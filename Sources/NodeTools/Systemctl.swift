import KubeSim
import SimCore
import ToolIO

/// `systemctl status|stop|start|restart kubelet|containerd` on a node.
struct Systemctl {
    let kubelet: Kubelet
    let now: SimTime
    let bootedAt: SimTime

    func run(_ arguments: [String]) -> ToolOutput {
        var output = ToolOutput()
        let positional = arguments.filter { !$0.hasPrefix("-") }
        guard positional.count >= 2 else {
            output.err("Shipyard simulates systemctl status|stop|start|restart kubelet\n")
            output.status = 1
            return output
        }
        let verb = positional[0]
        let unit = positional[1].replacing(".service", with: "")
        guard unit == "kubelet" || unit == "containerd" else {
            output.err("Unit \(positional[1]).service could not be found.\n")
            output.status = 4
            return output
        }
        switch verb {
        case "status": return status(unit)
        case "stop": if unit == "kubelet" { kubelet.stop() }
        case "start": if unit == "kubelet" { kubelet.start() }
        case "restart":
            if unit == "kubelet" {
                kubelet.stop()
                kubelet.start()
            }
        case "is-active":
            output.out(unit != "kubelet" || kubelet.isRunning ? "active\n" : "inactive\n")
            output.status = unit != "kubelet" || kubelet.isRunning ? 0 : 3
        default:
            output.err("Shipyard simulates systemctl status|stop|start|restart|is-active; `systemctl \(verb)` is not simulated\n")
            output.status = 1
        }
        return output
    }

    func status(_ unit: String) -> ToolOutput {
        var output = ToolOutput()
        let running = unit != "kubelet" || kubelet.isRunning
        let c = CalendarTime(bootedAt)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        let since = "\(days[c.weekday]) \(c.year)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute)):\(two(c.second)) UTC"
        let description = unit == "kubelet" ? "kubelet: The Kubernetes Node Agent" : "containerd container runtime"
        output.out("\(running ? "●" : "○") \(unit).service - \(description)\n")
        output.out("     Loaded: loaded (/usr/lib/systemd/system/\(unit).service; enabled; preset: enabled)\n")
        if running {
            output.out("     Active: active (running) since \(since); \(GoUnitsAgo.systemd(now - bootedAt)) ago\n")
        } else {
            output.out("     Active: inactive (dead)\n")
        }
        output.out("       Docs: \(unit == "kubelet" ? "https://kubernetes.io/docs/" : "https://containerd.io")\n")
        if !running { output.status = 3 }
        return output
    }
}

/// systemd's "10min", "2h 3min" ages.
enum GoUnitsAgo {
    static func systemd(_ duration: SimDuration) -> String {
        let seconds = Int(duration.milliseconds / 1000)
        if seconds < 60 { return "\(seconds)s" }
        let minutes = seconds / 60
        if minutes < 60 { return "\(minutes)min" }
        let hours = minutes / 60
        if hours < 24 { return minutes % 60 == 0 ? "\(hours)h" : "\(hours)h \(minutes % 60)min" }
        return "\(hours / 24) days"
    }
}
