import ContainerImages
import JSONValue
import KubeSim
import SimCore
import ToolIO

/// `kubectl run -i/-t/--attach [--rm]`: the pod is created, kubectl waits (up to
/// `--pod-running-timeout`) for it to be running and ready, attaches to its container and
/// shows what the container prints until its process ends, then — with `--restart=Never` or
/// `OnFailure` — waits for the pod to finish and exits with the container's code; `--rm`
/// deletes the pod at the end, whatever happened. A pod that finished before kubectl could
/// attach has its logs printed instead, as kubectl falls back to them.
///
/// An interactive shell (`-it … -- sh`, or an image whose command is a shell) gets the
/// terminal: the learner's lines go to it until `exit`, and then kubectl run goes on
/// (`finishAttachedRun`). A process that keeps running is followed for a minute, and then
/// left running with a note saying so.
extension RunCommand {
    struct AttachOptions {
        var stdin: Bool
        var tty: Bool
        var quiet: Bool
        var remove: Bool
        var timeout: SimDuration
    }

    /// Whether the container would be an interactive shell.
    static func wantsInteractiveShell(argv: [String], image: String, cluster: Cluster) -> String? {
        if !argv.isEmpty { return ContainerShell.interactiveShell(argv) }
        guard case .found(let resolved) = cluster.registry.resolve(ImageReference(image)),
            resolved.image.process.kind == .shell
        else { return nil }
        return ContainerShell.interactiveShell(resolved.image.cmd)
    }

    static func runAttached(_ pod: JSON, cluster: Cluster, options: AttachOptions, shell: String?,
                            context: inout CommandContext) throws(KubectlError) {
        let (namespace, name) = (pod.namespace, pod.name)
        let api = cluster.apiServer
        var failure: KubectlError?
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
                if let shell {
                    // The terminal goes to the shell; kubectl run goes on when it ends.
                    context.output.attachment = ContainerAttachment(
                        context: context.contextName, namespace: namespace, pod: name, container: container, program: shell,
                        run: AttachedRun(remove: options.remove, quiet: options.quiet, stdin: options.stdin,
                                         tty: options.tty, timeoutMilliseconds: options.timeout.milliseconds))
                    return
                }
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
            }
            failure = afterSession(namespace: namespace, name: name, container: container, cluster: cluster,
                                   options: options, sessionEnded: phase != "Succeeded" && phase != "Failed",
                                   output: &context.output)
            return
        }
        if options.remove { remove(namespace: namespace, name: name, cluster: cluster, output: &context.output) }
        if let failure { throw failure }
    }

    /// What kubectl run does once the attached process has ended: say how to attach again
    /// (restart policy Always), or wait for the pod to finish and take its code; then `--rm`.
    /// A container's own exit code is written with its message here; other failures are returned.
    static func afterSession(namespace: String, name: String, container: String, cluster: Cluster,
                             options: AttachOptions, sessionEnded: Bool, output: inout ToolOutput) -> KubectlError? {
        let api = cluster.apiServer
        let restart = api.object(.pod, namespace: namespace, name: name)?["spec"]["restartPolicy"].string ?? "Always"
        var failure: KubectlError?
        var exitCode: Int32?
        finishing: do {
            if sessionEnded, !options.quiet, options.stdin, options.tty, restart == "Always" {
                output.out("Session ended, resume using 'kubectl attach \(name) -c \(container) -i -t' command when the pod is running\n")
            }
            guard restart != "Always" else { break finishing }
            // Waits for the pod to finish (to succeed, for OnFailure) and takes its exit code.
            var finished: JSON?
            let done = cluster.simulation.advance(until: {
                finished = api.object(.pod, namespace: namespace, name: name)
                let phase = finished?["status"]["phase"].string
                return finished == nil || phase == "Succeeded" || (restart == "Never" && phase == "Failed")
            }, timeout: options.timeout)
            guard done, let final = finished else {
                failure = finished == nil ? .server(.notFound(.pod, name)) : .message("timed out waiting for the condition")
                break finishing
            }
            if final["status"]["phase"].string == "Failed" {
                let terminated = final["status"]["containerStatuses"][0]["state"]["terminated"]
                let code = terminated["exitCode"].int ?? 0
                guard code != 0, terminated.object != nil else {
                    failure = .verbatim("pod \(namespace)/\(name) failed with unknown exit code\n")
                    break finishing
                }
                let reason = terminated["reason"].string ?? ""
                failure = .verbatim("pod \(namespace)/\(name) terminated (\(reason))\n\(terminated["message"].string ?? "")")
                exitCode = Int32(truncatingIfNeeded: code)
            }
        }
        if options.remove { remove(namespace: namespace, name: name, cluster: cluster, output: &output) }
        // A container's own exit code ends kubectl with that code, its message as it is.
        if let exitCode, case .verbatim(let text)? = failure {
            output.err(text)
            output.status = exitCode
            return nil
        }
        return failure
    }

    /// `--rm`: kubectl deletes the pod it made and waits for it to go.
    static func remove(namespace: String, name: String, cluster: Cluster, output: inout ToolOutput) {
        guard let pod = cluster.apiServer.object(.pod, namespace: namespace, name: name) else { return }
        _ = try? cluster.apiServer.delete(.pod, namespace: namespace, name: name)
        output.out("pod \"\(name)\" deleted\n")
        DeleteCommand.waitUntilGone([(.pod, pod)], cluster: cluster)
    }

    /// How long a session follows a process that does not end.
    static let followLimit = SimDuration.minutes(1)

    /// Whether the container's first run is over: it stopped, or it was started again.
    static func runEnded(_ status: JSON) -> Bool {
        status["state"]["terminated"].object != nil || (status["restartCount"].int ?? 0) > 0
    }
}

extension Kubectl {
    /// The rest of `kubectl run -it` once the shell it attached to has exited with `status`:
    /// the container's process ends with it, and kubectl run goes on as it would.
    public func finishAttachedRun(_ attachment: ContainerAttachment, status: Int32) -> ToolOutput {
        var output = ToolOutput()
        guard let run = attachment.run, let cluster = world.cluster(forContext: attachment.context) else { return output }
        if let pod = cluster.apiServer.object(.pod, namespace: attachment.namespace, name: attachment.pod),
            let node = pod["spec"]["nodeName"].string, let kubelet = cluster.kubelet(on: node)
        {
            kubelet.endProcess(namespace: attachment.namespace, pod: attachment.pod, container: attachment.container,
                               code: Int(status))
        }
        let options = RunCommand.AttachOptions(stdin: run.stdin, tty: run.tty, quiet: run.quiet, remove: run.remove,
                                               timeout: SimDuration(milliseconds: run.timeoutMilliseconds))
        if let failure = RunCommand.afterSession(namespace: attachment.namespace, name: attachment.pod,
                                                 container: attachment.container, cluster: cluster, options: options,
                                                 sessionEnded: true, output: &output)
        {
            output.err(failure.rendered)
            output.status = failure.exitStatus
        }
        return output
    }
}
