/// What containers have written to volumes, by volume: a PersistentVolume's files stay as long
/// as the volume (whichever pod mounts it next reads them), an emptyDir's as long as its pod,
/// a hostPath's as long as its node. Paths are relative to the volume's root.
public final class VolumeData {
    private var files: [String: [String: String]] = [:]

    public init() {}

    /// The store of a PersistentVolume, an emptyDir of one pod, or a node's host path.
    enum Volume: Hashable {
        case persistent(String)
        case emptyDir(podUID: String, name: String)
        case hostPath(node: String, path: String)

        var key: String {
            switch self {
            case .persistent(let name): return "pv/\(name)"
            case .emptyDir(let uid, let name): return "emptydir/\(uid)/\(name)"
            case .hostPath(let node, let path): return "hostpath/\(node)\(path)"
            }
        }
    }

    func files(of volume: Volume) -> [String: String] { files[volume.key] ?? [:] }

    func write(_ content: String, to path: String, in volume: Volume, append: Bool) {
        let current = append ? files[volume.key]?[path] ?? "" : ""
        files[volume.key, default: [:]][path] = current + content
    }

    /// Removes a file (`rm`), or a directory and everything under it.
    func remove(_ path: String, in volume: Volume) {
        files[volume.key] = files[volume.key]?.filter { $0.key != path && !$0.key.hasPrefix(path + "/") }
    }

    /// Forgets a PersistentVolume's files (it was deleted) or a pod's emptyDirs (it is gone).
    func removePersistent(_ name: String) { files[Volume.persistent(name).key] = nil }

    func removeEmptyDirs(ofPod uid: String) {
        for key in files.keys where key.hasPrefix("emptydir/\(uid)/") { files[key] = nil }
    }
}
