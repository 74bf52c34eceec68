import ContainerImages
import JSONValue
import SimCore

/// ConfigMap and Secret volumes: each key a file (or the `items` chosen, at their paths), a
/// Secret's decoded; the kubelet mounts them before the pod's sandbox, and while a source (or
/// a chosen key) is missing the pod waits in ContainerCreating with `FailedMount` events, tried
/// again after 0.5 s, then twice as long each time up to 2m2s (the volume manager's back-off).
///
/// What a container reads is what was written at the last mount: the pod worker syncs each pod
/// again every minute or so (`syncFrequency`, 1m, jittered by up to half), and each sync writes
/// the volumes again from the API, so a changed ConfigMap shows up in its files within 60 to
/// 90 s. A key mounted alone with `subPath` is fixed when the container starts and never
/// follows, and environment variables are read once, at the start, too.
extension Kubelet {
    /// One ConfigMap or Secret volume of a pod.
    struct ConfigVolume {
        var name: String
        var type: ResourceType
        var source: String
        var items: [(key: String, path: String)]?
        var optional: Bool

        init?(_ volume: JSON) {
            guard let name = volume["name"].string else { return nil }
            if let map = volume["configMap"].object, let source = map["name"]?.string {
                (type, self.source) = (.configMap, source)
                optional = map["optional"]?.bool ?? false
            } else if let secret = volume["secret"].object, let source = secret["secretName"]?.string {
                (type, self.source) = (.secret, source)
                optional = secret["optional"]?.bool ?? false
            } else {
                return nil
            }
            self.name = name
            let configured = (type == .configMap ? volume["configMap"] : volume["secret"])["items"].array
            items = configured?.compactMap { item in
                guard let key = item["key"].string, let path = item["path"].string else { return nil }
                return (key, path)
            }
        }

        var kind: String { type == .configMap ? "configmap" : "secret" }
    }

    /// The pod's ConfigMap and Secret volumes.
    func configVolumes(_ runtime: PodRuntime) -> [ConfigVolume] {
        (runtime.spec["volumes"].array ?? []).compactMap(ConfigVolume.init)
    }

    /// The files of a volume now (path → content), or why it cannot be mounted.
    func files(of volume: ConfigVolume, namespace: String) -> Result<[String: String], ReferenceError> {
        guard let object = server.object(volume.type, namespace: namespace, name: volume.source) else {
            return volume.optional ? .success([:]) : .failure(.missing(volume.type, volume.source))
        }
        var data: [String: String] = [:]
        for member in object["data"].object?.entries ?? [] { data[member.key] = Self.decoded(member.value, volume.type) }
        guard let items = volume.items else { return .success(data) }
        var files: [String: String] = [:]
        for item in items {
            guard let content = data[item.key] else {
                if volume.optional { continue }
                return .failure(ReferenceError(message: "\(volume.kind) references non-existent \(volume.type == .configMap ? "config" : "secret") key: \(item.key)"))
            }
            files[item.path] = content
        }
        return .success(files)
    }

    /// Whether every volume can be mounted; if not, records `FailedMount` for each that cannot
    /// and tries again after the back-off (`retry`). Once all are, their files are kept and
    /// written again at every resync.
    func mountVolumes(_ runtime: PodRuntime, attempt: Int, then retry: @escaping () -> Void) -> Bool {
        let volumes = configVolumes(runtime)
        guard !volumes.isEmpty else { return true }
        guard writeVolumes(volumes, of: runtime) else {
            let backoff = min(122.0, 0.5 * Double(1 << min(attempt, 8)))
            runtime.timers.append(server.simulation.schedule(after: .seconds(backoff)) { retry() })
            return false
        }
        scheduleVolumeResync(runtime)
        return true
    }

    /// Writes each volume's files as its source now stands; a volume whose source cannot be
    /// read keeps what it had, with a `FailedMount` event. Whether all were written.
    private func writeVolumes(_ volumes: [ConfigVolume], of runtime: PodRuntime) -> Bool {
        var written = true
        for volume in volumes {
            switch files(of: volume, namespace: runtime.namespace) {
            case .success(let files):
                runtime.configVolumeFiles[volume.name] = files
            case .failure(let error):
                written = false
                if let pod = podObject(runtime) {
                    events.record(pod, type: "Warning", reason: "FailedMount",
                                  message: "MountVolume.SetUp failed for volume \"\(volume.name)\" : \(error.message)",
                                  source: source)
                }
            }
        }
        return written
    }

    /// The pod worker's next periodic sync of the pod, 60 to 90 s away, which writes its
    /// ConfigMap and Secret volumes again. A stopped kubelet syncs nothing; a finished pod's
    /// volumes are left as they are.
    private func scheduleVolumeResync(_ runtime: PodRuntime) {
        let jitter = server.simulation.random.stream("kubelet-resync-\(config.name)")
        if let pending = runtime.resyncTimer { server.simulation.cancel(pending) }
        runtime.resyncTimer = server.simulation.schedule(after: .seconds(60 + 30 * jitter.unit())) { [weak self] in
            guard let self, self.isCurrent(runtime), !runtime.terminating, !runtime.finished else { return }
            if self.isRunning { _ = self.writeVolumes(self.configVolumes(runtime), of: runtime) }
            self.scheduleVolumeResync(runtime)
        }
    }

    /// The files the container's `subPath` mounts of ConfigMap and Secret volumes show, by
    /// mount path: taken from the volumes as the container starts.
    func subPathFiles(_ spec: JSON, in runtime: PodRuntime) -> [String: String] {
        guard !runtime.configVolumeFiles.isEmpty else { return [:] }
        var files: [String: String] = [:]
        for mount in spec["volumeMounts"].array ?? [] {
            guard let path = mount["mountPath"].string, let subPath = mount["subPath"].string, !subPath.isEmpty,
                let name = mount["name"].string, let content = runtime.configVolumeFiles[name]?[subPath]
            else { continue }
            files[path] = content
        }
        return files
    }

    /// Adds the container's ConfigMap and Secret mounts to its files, as last written.
    func addConfigMounts(to filesystem: inout ContainerFilesystem, of state: ContainerRuntimeState, in runtime: PodRuntime) {
        guard !runtime.configVolumeFiles.isEmpty else { return }
        let spec = runtime.containerSpec(state.name, isInit: state.isInit)
        for mount in spec["volumeMounts"].array ?? [] {
            guard let path = mount["mountPath"].string, let name = mount["name"].string,
                let files = runtime.configVolumeFiles[name]
            else { continue }
            if let subPath = mount["subPath"].string, !subPath.isEmpty {
                // One key mounted as a file, as it was when the container started.
                if let content = state.subPathFiles[path] { filesystem.add(path, content) }
                continue
            }
            filesystem.mount(at: path)
            let prefix = path == "/" ? "/" : path + "/"
            for (relative, content) in files { filesystem.add(prefix + relative, content) }
        }
    }
}
