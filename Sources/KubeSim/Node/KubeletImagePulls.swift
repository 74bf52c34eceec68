import ContainerImages
import JSONValue
import SimCore

/// Image pulls: the per-node pull queue, `ErrImagePull` and `ImagePullBackOff`.
extension Kubelet {
    func fieldPath(_ state: ContainerRuntimeState) -> String { state.fieldPath }

    func ensureImage(_ runtime: PodRuntime, _ index: Int, isInit: Bool) {
        guard isCurrent(runtime), !runtime.terminating, let facts = facts(runtime, index, isInit: isInit),
            let pod = podObject(runtime)
        else { return }
        let present = self.runtime.image(normalized: facts.normalizedImage)
        if facts.pullPolicy == "Never" && present == nil {
            let message = "Container image \"\(facts.specImage)\" is not present with pull policy of Never"
            update(runtime, index, isInit: isInit) { $0.state = .waiting(reason: "ErrImageNeverPull", message: message) }
            events.record(pod, type: "Warning", reason: "ErrImageNeverPull", message: message, source: source,
                          fieldPath: facts.fieldPath)
            writeStatus(runtime)
            return
        }
        if let present, facts.pullPolicy != "Always" {
            update(runtime, index, isInit: isInit) { $0.image = present }
            events.record(pod, reason: "Pulled",
                          message: facts.presentMessage, source: source,
                          fieldPath: facts.fieldPath)
            createAndStart(runtime, index, isInit: isInit, pod: pod)
            return
        }
        events.record(pod, reason: "Pulling", message: "Pulling image \"\(facts.specImage)\"", source: source,
                      fieldPath: facts.fieldPath)
        let requested = now
        let start = max(now, pullQueueFreeAt)
        switch self.runtime.pull(facts.reference, normalized: facts.normalizedImage, original: facts.specImage) {
        case .pulled(let image, var duration):
            // Layers already on the node (or arriving before this pull starts) make it a quick
            // manifest check.
            if present != nil || (pullsDone[image.reference].map { $0 <= start } ?? false) {
                duration = .seconds(0.1 + 0.3 * jitter.unit())
            }
            let done = start + duration
            pullQueueFreeAt = done
            if pullsDone[image.reference] == nil { pullsDone[image.reference] = done }
            runtime.timers.append(server.simulation.schedule(at: done) { [weak self] in
                guard let self, self.isCurrent(runtime), let pod = self.podObject(runtime) else { return }
                self.runtime.store(image)
                self.update(runtime, index, isInit: isInit) {
                    $0.image = image
                    $0.imageBackoffSeconds = 0
                }
                let took = GoDuration.format(duration)
                let total = GoDuration.format(done - requested)
                self.events.record(pod, reason: "Pulled",
                                   message: "Successfully pulled image \"\(facts.specImage)\" in \(took) (\(total) including waiting). Image size: \(image.size) bytes.",
                                   source: self.source, fieldPath: facts.fieldPath)
                self.createAndStart(runtime, index, isInit: isInit, pod: pod)
            })
        case .failed(let message, _):
            let done = start + .seconds(0.5 + 0.5 * jitter.unit())
            pullQueueFreeAt = done
            runtime.timers.append(server.simulation.schedule(at: done) { [weak self] in
                self?.pullFailed(runtime, index, isInit: isInit, message: message)
            })
        }
    }

    func pullFailed(_ runtime: PodRuntime, _ index: Int, isInit: Bool, message: String) {
        guard isCurrent(runtime), !runtime.terminating, let state = container(runtime, index, isInit: isInit),
            let pod = podObject(runtime)
        else { return }
        let full = "Failed to pull image \"\(state.specImage)\": \(message)"
        events.record(pod, type: "Warning", reason: "Failed", message: full, source: source, fieldPath: fieldPath(state))
        events.record(pod, type: "Warning", reason: "Failed", message: "Error: ErrImagePull", source: source,
                      fieldPath: fieldPath(state))
        let backoff = state.imageBackoffSeconds == 0 ? 10 : min(300, state.imageBackoffSeconds * 2)
        update(runtime, index, isInit: isInit) {
            $0.state = .waiting(reason: "ErrImagePull", message: message)
            $0.imageBackoffSeconds = backoff
        }
        writeStatus(runtime)
        // The next sync finds the image in back-off and says so.
        runtime.timers.append(server.simulation.schedule(after: .seconds(0.5 + jitter.unit())) { [weak self] in
            guard let self, self.isCurrent(runtime), !runtime.terminating, let pod = self.podObject(runtime) else { return }
            self.update(runtime, index, isInit: isInit) {
                $0.state = .waiting(reason: "ImagePullBackOff", message: "Back-off pulling image \"\(state.specImage)\"")
            }
            self.events.record(pod, reason: "BackOff", message: "Back-off pulling image \"\(state.specImage)\"",
                               source: self.source, fieldPath: self.fieldPath(state))
            self.events.record(pod, type: "Warning", reason: "Failed", message: "Error: ImagePullBackOff",
                               source: self.source, fieldPath: self.fieldPath(state))
            self.writeStatus(runtime)
        })
        runtime.timers.append(server.simulation.schedule(after: .seconds(backoff)) { [weak self] in
            self?.ensureImage(runtime, index, isInit: isInit)
        })
    }

}
