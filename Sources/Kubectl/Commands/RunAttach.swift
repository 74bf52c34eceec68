import ContainerImages
import JSONValue
import KubeSim
import SimCore

/// `kubectl run -i/-t/--attach [--rm]`: the pod is created, kubectl waits (up to
/// `--pod-running-timeout`) for it to be running and ready, attaches to its container and
/// shows what the container prints until its process ends, then — with `--restart=Never` or
/// `OnFailure` — waits for the pod to finish and exits with the container's code; `--rm`
/// deletes the pod at the end, whatever happened. A pod that finished before kubectl could
/// attach has its logs printed instead, as kubectl falls back to them.
///
/// Shipyard has no terminal to hand a process, so an interactive shell is refused before the
/// pod is made; a process that keeps running is followed for a minute, and then left running
/// with a note saying so.
extension RunCommand {
    struct AttachOptions {
        var stdin: Bool
        var tty: Bool
        var quiet: Bool
        var remove: Bool
        var timeout: SimDuration
    }

    /// Whether the container would be an interactive shell (nothing to attach it to).
    static func wantsInteractiveShell(argv: [String], image: String, cluster: Cluster) -> Bool {
        let shells: Set = ["sh", "bash", "ash", "/bin/sh", "/bin/bash", "/bin/ash"]
        if argv.count == 1, shells.contains(argv[0]) { return true }
        guard argv.isEmpty, case .found(let resolved) = cluster.registry.resolve(ImageReference(image)) else { return false }
        return resolved.image.process.kind == .shell && resolved.image.cmd.count == 1
            && shells.contains(resolved.image.cmd[0])
    }

    static func runAttached(_ pod: JSON, cluster: Cluster, options: AttachOptions,
                       context: inout CommandContext) throws(KubectlError) {
        let (namespace, name) = (pod.namespace, pod.name)
        let api = cluster.apiServer
        let restart = pod["spec"]["restartPolicy"].string ?? "Always"
        var failure: KubectlError?
        var exitCode: Int32?
        attached: do {
            // waitForPod(podRunningAndReady): running and ready, or already finished.
            var seen: JSON?
            let ready = cluster.simulation.advance(until: {
                seen = api.object(.pod, namespace: namespace, name: name)
                guard let current = seen else { return true }
                let phase = current["status"]["phase"].string
                return phase == "Succeeded" || phase == "Failed" || (phase == "Running" && PodConditions.isReady(current))
            }, timeout: options.timeout)
            guard ready, let current = seen else {
                failure = seen == nil ? .server(.notFound(.pod, name)) : .message("timed out waiting for the condition")
                break attached
            }
            let container = current["spec"]["containers"][0]["name"].string ?? name
            let phase = current["status"]["phase"].string
            guard let node = current["spec"]["nodeName"].string, let kubelet = cluster.kubelet(on: node) else {
                failure = .message("timed out waiting for the condition")
                break attached
            }
            if phase == "Succeeded" || phase == "Failed" {
                // Finished before kubectl could attach: it prints the logs instead.
                let log = kubelet.logs(namespace: namespace, pod: name, container: container, previous: false)
                context.out(log?.render(tail: -1, timestamps: false).text ?? "")
            } else {
                if !options.quiet { context.err("If you don't see a command prompt, try pressing enter.\n") }
                let ended = cluster.simulation.advance(until: {
                    guard let now = api.object(.pod, namespace: namespace, name: name) else { return true }
                    return runEnded(now["status"]["containerStatuses"][0])
                }, timeout: followLimit)
                let restarted = (api.object(.pod, namespace: namespace, name: name)?["status"]["containerStatuses"][0]["restartCount"].int ?? 0) > 0
                let log = kubelet.logs(namespace: namespace, pod: name, container: container, previous: restarted)
                for line in log?.lines ?? [] {
                    if line.isError, !options.tty { context.err(line.text + "\n") } else { context.out(line.text + "\n") }
                }
                guard ended else {
                    context.err("Shipyard left the session after a minute: the container is still running (kubectl would stay attached until it exits or you press Ctrl-C). Follow it with: kubectl logs -f \(name)\n")
                    break attached
                }
                if !options.quiet, options.stdin, options.tty, restart == "Always" {
                    context.out("Session ended, resume using 'kubectl attach \(name) -c \(container) -i -t' command when the pod is running\n")
                }
            }
            guard restart != "Always" else { break attached }
            // Waits for the pod to finish (to succeed, for OnFailure) and takes its exit code.
            var finished: JSON?
            let done = cluster.simulation.advance(until: {
                finished = api.object(.pod, namespace: namespace, name: name)
                let phase = finished?["status"]["phase"].string
                return finished == nil || phase == "Succeeded" || (restart == "Never" && phase == "Failed")
            }, timeout: options.timeout)
            guard done, let final = finished else {
                failure = finished == nil ? .server(.notFound(.pod, name)) : .message("timed out waiting for the condition")
                break attached
            }
            if final["status"]["phase"].string == "Failed" {
                let terminated = final["status"]["containerStatuses"][0]["state"]["terminated"]
                let code = terminated["exitCode"].int ?? 0
                guard code != 0, terminated.object != nil else {
                    failure = .verbatim("pod \(namespace)/\(name) failed with unknown exit code\n")
                    break attached
                }
                let reason = terminated["reason"].string ?? ""
                failure = .verbatim("pod \(namespace)/\(name) terminated (\(reason))\n\(terminated["message"].string ?? "")")
                exitCode = Int32(truncatingIfNeeded: code)
            }
        }
        if options.remove, let pod = api.object(.pod, namespace: namespace, name: name) {
            _ = try? api.delete(.pod, namespace: namespace, name: name)
            context.out("pod \"\(name)\" deleted\n")
            DeleteCommand.waitUntilGone([(.pod, pod)], cluster: cluster)
        }
        // A container's own exit code ends kubectl with that code, its message as it is.
        if let exitCode, case .verbatim(let text)? = failure {
            context.err(text)
            context.output.status = exitCode
            return
        }
        if let failure { throw failure }
    }

    /// How long a session follows a process that does not end.
    static let followLimit = SimDuration.minutes(1)

    /// Whether the container's first run is over: it stopped, or it was started again.
    static func runEnded(_ status: JSON) -> Bool {
        status["state"]["terminated"].object != nil || (status["restartCount"].int ?? 0) > 0
    }
}
