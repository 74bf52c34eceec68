import GoPorts
import JSONValue
import KubectlDescribe
import KubeSim
import SimCore

/// `kubectl rollout status|history|undo|restart|pause|resume`.
enum RolloutCommand {
    static let command = Kubectl.Command(
        name: "rollout", summary: "Manage the rollout of a resource",
        configure: { flags in
            flags.add("revision", nil, .int, default: "0")
            flags.add("to-revision", nil, .int, default: "0")
            flags.add("watch", "w", .bool, default: "true")
            flags.add("timeout", nil, .duration, default: "0s")
            flags.add("filename", "f", .stringSlice)
            flags.add("selector", "l", .string)
            flags.add("output", "o", .string)
            flags.add("dry-run", nil, .string, default: "none", whenBare: "unchanged")
        },
        run: { context throws(KubectlError) in try run(&context) })

    static let subcommands = ["history", "pause", "restart", "resume", "status", "undo"]

    static func run(_ context: inout CommandContext) throws(KubectlError) {
        guard let sub = context.arguments.first else {
            throw .verbatim("""
                Manage the deployment of one or more resources.

                 Valid resource types include:

                  *  deployments
                  *  daemonsets
                  *  statefulsets

                Available Commands:
                  history       View rollout history
                  pause         Mark the provided resource as paused
                  restart       Restart a resource
                  resume        Resume a paused resource
                  status        Show the status of the rollout
                  undo          Undo a previous rollout

                Usage:
                  kubectl rollout SUBCOMMAND [options]

                Use "kubectl rollout <command> --help" for more information about a given command.
                Use "kubectl options" for a list of global command-line options (applies to all commands).
                """)
        }
        guard subcommands.contains(sub) else {
            throw .usage("unknown command \"\(context.arguments.joined(separator: " "))\"", command: "kubectl rollout")
        }
        if context.arguments.count < 2, context.flags.strings("filename").isEmpty {
            throw .message("required resource not specified")
        }
        let dryRun = ["undo", "restart", "pause", "resume"].contains(sub) ? try DryRun.parse(&context) : .none
        let cluster = try context.cluster()
        var subContext = context
        subContext = CommandContext(world: context.world, flags: context.flags.droppingFirstPositional,
                                    invocation: context.invocation, commandPath: "kubectl rollout \(sub)")
        let targets = try ObjectTargets.resolve(subContext, cluster: cluster, filenames: context.flags.strings("filename"))
        for target in targets {
            let supported = ["Deployment", "DaemonSet", "StatefulSet"]
            guard supported.contains(target.type.kind) else {
                throw .message("no \(sub == "status" ? "status viewer" : "history viewer") has been implemented for \(target.type.kind.lowercased())s.\(target.type.group)")
            }
            switch sub {
            case "status": try status(target, cluster: cluster, context: &context)
            case "history": try history(target, cluster: cluster, context: &context)
            case "undo": try undo(target, dryRun: dryRun, cluster: cluster, context: &context)
            case "restart": try restart(target, dryRun: dryRun, cluster: cluster, context: &context)
            case "pause", "resume": try pause(target, paused: sub == "pause", dryRun: dryRun, cluster: cluster, context: &context)
            default: break
            }
        }
    }

    // MARK: status

    static func statusMessage(_ object: JSON, kind: String) -> (text: String, done: Bool, failed: Bool) {
        let name = object.name
        let status = object["status"]
        let spec = object["spec"]
        switch kind {
        case "Deployment":
            if object.generation > (status["observedGeneration"].int ?? 0) {
                return ("Waiting for deployment spec update to be observed...\n", false, false)
            }
            let progressing = (status["conditions"].array ?? []).first { $0["type"].string == "Progressing" }
            if progressing?["reason"].string == "ProgressDeadlineExceeded" {
                return ("deployment \"\(name)\" exceeded its progress deadline", true, true)
            }
            let desired = spec["replicas"].int ?? 1
            let updated = status["updatedReplicas"].int ?? 0
            let replicas = status["replicas"].int ?? 0
            let available = status["availableReplicas"].int ?? 0
            if updated < desired {
                return ("Waiting for deployment \"\(name)\" rollout to finish: \(updated) out of \(desired) new replicas have been updated...\n", false, false)
            }
            if replicas > updated {
                return ("Waiting for deployment \"\(name)\" rollout to finish: \(replicas - updated) old replicas are pending termination...\n", false, false)
            }
            if available < updated {
                return ("Waiting for deployment \"\(name)\" rollout to finish: \(available) of \(updated) updated replicas are available...\n", false, false)
            }
            return ("deployment \"\(name)\" successfully rolled out\n", true, false)
        case "DaemonSet":
            if object.generation > (status["observedGeneration"].int ?? 0) {
                return ("Waiting for daemon set spec update to be observed...\n", false, false)
            }
            let desired = status["desiredNumberScheduled"].int ?? 0
            let updated = status["updatedNumberScheduled"].int ?? 0
            let available = status["numberAvailable"].int ?? 0
            if updated < desired {
                return ("Waiting for daemon set \"\(name)\" rollout to finish: \(updated) out of \(desired) new pods have been updated...\n", false, false)
            }
            if available < desired {
                return ("Waiting for daemon set \"\(name)\" rollout to finish: \(available) of \(desired) updated pods are available...\n", false, false)
            }
            return ("daemon set \"\(name)\" successfully rolled out\n", true, false)
        default:
            let observed = status["observedGeneration"].int ?? 0
            if observed == 0 || object.generation > observed {
                return ("Waiting for statefulset spec update to be observed...\n", false, false)
            }
            let desired = spec["replicas"].int
            let ready = status["readyReplicas"].int ?? 0
            let updated = status["updatedReplicas"].int ?? 0
            if let desired, ready < desired {
                return ("Waiting for \(desired - ready) pods to be ready...\n", false, false)
            }
            // apps/v1 defaults a partition of 0, so a StatefulSet's rollout reads as partitioned.
            if !spec["updateStrategy"]["rollingUpdate"].isNull {
                if let desired, let partition = spec["updateStrategy"]["rollingUpdate"]["partition"].int,
                    updated < desired - partition
                {
                    return ("Waiting for partitioned roll out to finish: \(updated) out of \(desired - partition) new pods have been updated...\n", false, false)
                }
                return ("partitioned roll out complete: \(updated) new pods have been updated...\n", true, false)
            }
            if status["updateRevision"] != status["currentRevision"] {
                return ("waiting for statefulset rolling update to complete \(updated) pods at revision \(status["updateRevision"].string ?? "")...\n", false, false)
            }
            return ("statefulset rolling update complete \(status["currentReplicas"].int ?? 0) pods at revision \(status["currentRevision"].string ?? "")...\n", true, false)
        }
    }

    static func status(_ target: ObjectTargets.Target, cluster: Cluster, context: inout CommandContext) throws(KubectlError) {
        let server = cluster.apiServer
        let kind = target.type.kind
        let namespace = target.object.namespace
        let name = target.object.name
        var object = target.object
        if kind != "Deployment", object["spec"]["updateStrategy"]["type"].string != "RollingUpdate" {
            throw .message("rollout status is only available for RollingUpdate strategy type")
        }
        var message = statusMessage(object, kind: kind)
        if message.failed { throw .message(message.text) }
        context.out(message.text)
        guard !message.done, context.flags.bool("watch") else { return }
        let timeout = GoDuration.parse(context.flags.string("timeout")) ?? .zero
        var lastVersion = object.resourceVersion
        var failure: String?
        let limit = timeout.milliseconds > 0 ? timeout : .minutes(30)
        let finished = cluster.simulation.advance(until: {
            guard let current = server.object(target.type, namespace: namespace, name: name) else { return true }
            guard current.resourceVersion != lastVersion else { return false }
            lastVersion = current.resourceVersion
            object = current
            message = statusMessage(current, kind: kind)
            if message.failed {
                failure = message.text
                return true
            }
            context.out(message.text)
            return message.done
        }, timeout: limit)
        if let failure { throw .message(failure) }
        if !finished { throw .message("timed out waiting for the condition") }
    }

    // MARK: history

    /// The target's revisions, lowest first: a Deployment's ReplicaSets by their revision
    /// annotation, a DaemonSet's or StatefulSet's ControllerRevisions.
    static func revisions(_ target: ObjectTargets.Target, cluster: Cluster) -> [(Int, JSON)] {
        let server = cluster.apiServer
        let type: ResourceType = target.type.kind == "Deployment" ? .replicaSet : .controllerRevision
        return server.index.children(ofOwner: target.object.uid)
            .filter { $0.prefix == type.etcdPrefix }
            .compactMap { server.object(type, namespace: $0.namespace, name: $0.name) }
            .filter { $0.controllerReference?.uid == target.object.uid }
            .map { object in
                let number = type == .replicaSet ? Int(object.annotations[DeploymentAnnotations.revision] ?? "")
                    : object["revision"].int
                return (number ?? 0, object)
            }
            .sorted { $0.0 < $1.0 }
    }

    /// What a revision restores: a ReplicaSet's template (without its hash label, as the
    /// Deployment holds it), or a ControllerRevision's.
    static func template(of revision: JSON) -> JSON {
        revision.kind == "ControllerRevision" ? ControllerHistory.template(of: revision) : revision["spec"]["template"]
    }

    static func history(_ target: ObjectTargets.Target, cluster: Cluster, context: inout CommandContext) throws(KubectlError) {
        let isDeployment = target.type.kind == "Deployment"
        let all = revisions(target, cluster: cluster)
        let wanted = context.flags.int("revision")
        if !context.flags.string("output").isEmpty {
            // With -o, kubectl prints each revision as an object, in revision order: a
            // Deployment's ReplicaSets, or the DaemonSet or StatefulSet with the revision's
            // template in place of its own.
            let format = try OutputFormat.parse(context.flags)
            let chosen = wanted > 0 ? all.filter { $0.0 == wanted } : all
            guard !chosen.isEmpty || wanted <= 0 else { throw .message("unable to find the specified revision") }
            for (position, (_, revision)) in chosen.enumerated() {
                if format == .yaml, position > 0 { context.out("---\n") }
                var object = revision
                if !isDeployment {
                    object = target.object
                    object["spec"]["template"] = template(of: revision)
                }
                CreateCommand.report(object, type: isDeployment ? .replicaSet : target.type, verb: "", dryRun: .none,
                                     format: format, context: &context)
            }
            return
        }
        let heading = "\(target.type.qualifiedSingular)/\(target.object.name) "
        guard !all.isEmpty else {
            context.out(heading + "\nNo rollout history found.\n")
            return
        }
        if wanted > 0 {
            guard let (_, revision) = all.first(where: { $0.0 == wanted }) else {
                throw .message("unable to find the specified revision")
            }
            // The revision's template; a ReplicaSet's change-cause joins its annotations.
            var template = template(of: revision)
            if isDeployment, let cause = revision.annotations["kubernetes.io/change-cause"] {
                template["metadata"]["annotations"]["kubernetes.io/change-cause"] = .string(cause)
            }
            context.out("\(heading)with revision #\(wanted)\n" + Describe.podTemplate(template) + "\n")
            return
        }
        var rows = [["REVISION", "CHANGE-CAUSE"]]
        for (number, revision) in all {
            rows.append([String(number), revision.annotations["kubernetes.io/change-cause"] ?? "<none>"])
        }
        var writer = TabWriter.describe
        context.out(heading + "\n" + writer.format(rows) + "\n")
    }

    // MARK: undo, restart, pause

    static func undo(_ target: ObjectTargets.Target, dryRun: DryRun, cluster: Cluster,
                     context: inout CommandContext) throws(KubectlError) {
        let wanted = context.flags.int("to-revision")
        if wanted < 0 { throw .message("unable to find specified revision \(wanted) in history") }
        let isDeployment = target.type.kind == "Deployment"
        let all = revisions(target, cluster: cluster)
        let chosen: (Int, JSON)?
        /// Whether a revision is what the target runs now.
        let isCurrent: (Int, JSON) -> Bool
        if isDeployment {
            let current = Int(target.object.annotations[DeploymentAnnotations.revision] ?? "") ?? (all.last?.0 ?? 0)
            if wanted > 0 {
                chosen = all.first { $0.0 == wanted }
                guard chosen != nil else { throw .message("unable to find specified revision \(wanted) in history") }
            } else {
                chosen = all.filter { $0.0 < current }.last
                guard chosen != nil else { throw .message("no rollout history found for deployment \"\(target.object.name)\"") }
            }
            isCurrent = { number, _ in number == current }
        } else {
            // A DaemonSet's or StatefulSet's rollbacker: the revision before the newest, or
            // the one named; the current one is the one whose template the object has.
            if wanted == 0, all.count <= 1 { throw .message("no last revision to roll back to") }
            chosen = wanted == 0 ? all[all.count - 2] : all.first { $0.0 == wanted }
            guard chosen != nil else { throw .message("unable to find specified revision \(wanted) in history") }
            isCurrent = { _, revision in target.object["spec"]["template"] == template(of: revision) }
        }
        guard let (revision, source) = chosen else { return }
        // kubectl prints the object as it read it, before the rollback, named with what the
        // rollbacker did (or, with -o, as -o asks).
        let format = try OutputFormat.parse(context.flags)
        func report(_ operation: String, context: inout CommandContext) {
            CreateCommand.report(target.object, type: target.type, verb: operation, dryRun: dryRun, format: format,
                                 context: &context)
        }
        // A client dry run shows the revision's pod template, hash label and all, as describe
        // prints it, where the operation would be named.
        if dryRun == .client {
            report(Describe.podTemplate(template(of: source)), context: &context)
            return
        }
        if isDeployment, target.object["spec"]["paused"].bool == true {
            throw .message("you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again")
        }
        if isCurrent(revision, source) {
            report("skipped rollback (current template already matches revision \(wanted))", context: &context)
            return
        }
        let patch: JSON
        if isDeployment {
            var template = template(of: source)
            template["metadata"]["labels"].remove("pod-template-hash")
            // As kubectl's rollbacker: the Deployment keeps its own rollout annotations and
            // takes the ReplicaSet's others (its change-cause among them), in one JSON patch.
            var annotations = JSONObject()
            for (key, value) in target.object.annotations where DeploymentAnnotations.rolloutOwned.contains(key) {
                annotations[key] = .string(value)
            }
            for (key, value) in source.annotations where !DeploymentAnnotations.rolloutOwned.contains(key) {
                annotations[key] = .string(value)
            }
            patch = [
                ["op": "replace", "path": "/spec/template", "value": template],
                ["op": "replace", "path": "/metadata/annotations", "value": .object(annotations)],
            ]
        } else {
            // The revision's own patch replaces the template whole.
            patch = [["op": "replace", "path": "/spec/template", "value": template(of: source)]]
        }
        if dryRun == .none {
            do {
                _ = try cluster.apiServer.patch(target.type, namespace: target.object.namespace, name: target.object.name,
                                                .json, patch)
            } catch {
                throw .server(error)
            }
        }
        report("rolled back", context: &context)
    }

    static func restart(_ target: ObjectTargets.Target, dryRun: DryRun, cluster: Cluster,
                        context: inout CommandContext) throws(KubectlError) {
        let now = cluster.simulation.now.rfc3339
        let restart = { (object: inout JSON) in
            object["spec"]["template"]["metadata"]["annotations"]["kubectl.kubernetes.io/restartedAt"] = .string(now)
        }
        try report(target, change: restart, verb: "restarted", dryRun: dryRun, cluster: cluster, context: &context)
    }

    /// Makes `change` to the target (not with a dry run), and prints it as `-o` asks:
    /// `deployment.apps/web restarted`, its name, or the object as changed.
    static func report(_ target: ObjectTargets.Target, change: (inout JSON) -> Void, verb: String, dryRun: DryRun,
                       cluster: Cluster, context: inout CommandContext) throws(KubectlError) {
        var changed = target.object
        change(&changed)
        if dryRun == .none {
            changed = cluster.apiServer.modify(target.type, namespace: target.object.namespace, name: target.object.name,
                                               change) ?? changed
        }
        CreateCommand.report(changed, type: target.type, verb: verb, dryRun: dryRun,
                             format: try OutputFormat.parse(context.flags), context: &context)
    }

    static func pause(_ target: ObjectTargets.Target, paused: Bool, dryRun: DryRun, cluster: Cluster,
                      context: inout CommandContext) throws(KubectlError) {
        guard target.type.kind == "Deployment" else {
            throw .message("\(target.type.resource).\(target.type.group) \"\(target.object.name)\" \(paused ? "pausing" : "resuming") is not supported")
        }
        let isPaused = target.object["spec"]["paused"].bool ?? false
        if isPaused == paused {
            throw .message("\(target.type.qualifiedResource) \"\(target.object.name)\" is \(paused ? "already paused" : "not paused")")
        }
        let change = { (object: inout JSON) in
            if paused { object["spec"]["paused"] = true } else { object["spec"].remove("paused") }
        }
        try report(target, change: change, verb: paused ? "paused" : "resumed", dryRun: dryRun, cluster: cluster,
                   context: &context)
    }
}

/// `--timeout=30s`, `5m`, `1h30m`: Go duration syntax.
