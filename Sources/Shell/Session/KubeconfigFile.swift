import JSONValue
import ToolIO
import World
import YAMLCoding

/// The learner's files, with kubectl's file — `~/.kube/config`, or the first file of
/// `$KUBECONFIG` — standing for the simulated world's kubeconfig: `cat` shows it as kubectl
/// writes it (after `aws eks update-kubeconfig` too), writing it replaces it, removing it
/// empties it. A real file at that path on the learner's disk is neither read nor changed.
final class KubeconfigFile: FileSystem {
    let base: FileSystem
    unowned let session: ShellSession

    init(base: FileSystem, session: ShellSession) {
        self.base = base
        self.session = session
    }

    /// Where kubectl looks, made absolute.
    var path: String {
        base.absolute(KubeConfig.path(environment: session.environment, home: base.homeDirectory,
                                      currentDirectory: base.currentDirectory))
    }

    var kubeconfig: KubeConfig {
        get { session.world.kubeconfig }
        set { session.world.kubeconfig = newValue }
    }

    /// The directories above the file, which exist because it does.
    private func isAbove(_ full: String) -> Bool { path.hasPrefix(full == "/" ? "/" : full + "/") }

    var currentDirectory: String {
        get { base.currentDirectory }
        set { base.currentDirectory = newValue }
    }

    var homeDirectory: String { base.homeDirectory }

    func readFile(_ path: String) throws(FileSystemError) -> [UInt8] {
        guard absolute(path) == self.path else { return try base.readFile(path) }
        guard !kubeconfig.isEmpty else { throw .notFound(path) }
        return Array(KubeYAML.emit(kubeconfig.file).utf8)
    }

    func writeFile(_ path: String, _ bytes: [UInt8], append: Bool) throws(FileSystemError) {
        guard absolute(path) == self.path else { return try base.writeFile(path, bytes, append: append) }
        let before = append && !kubeconfig.isEmpty ? KubeYAML.emit(kubeconfig.file) : ""
        let text = before + String(decoding: bytes, as: UTF8.self)
        do {
            let document = text.allSatisfy(\.isWhitespace) ? JSON.null : try KubeYAML.parse(text)
            kubeconfig = try KubeConfig(file: document)
        } catch let error as KubeConfig.Unreadable {
            throw .other(path, "Shipyard cannot keep this kubeconfig: \(error.reason)")
        } catch {
            throw .other(path, "Shipyard cannot keep this kubeconfig: it is not YAML")
        }
    }

    func list(_ path: String) -> [String]? {
        let full = absolute(path)
        let listed = base.list(path)
        guard isAbove(full), !kubeconfig.isEmpty else { return listed }
        let child = String(self.path.dropFirst(full == "/" ? 1 : full.count + 1).prefix { $0 != "/" })
        return Array(Set((listed ?? []) + [child])).sorted()
    }

    func isDirectory(_ path: String) -> Bool {
        let full = absolute(path)
        if full == self.path { return false }
        return base.isDirectory(path) || (isAbove(full) && !kubeconfig.isEmpty)
    }

    func exists(_ path: String) -> Bool {
        let full = absolute(path)
        if full == self.path { return !kubeconfig.isEmpty }
        return base.exists(path) || (isAbove(full) && !kubeconfig.isEmpty)
    }

    func makeDirectory(_ path: String) throws(FileSystemError) {
        if isDirectory(path) { throw .other(path, "File exists") }
        try base.makeDirectory(path)
    }

    func remove(_ path: String) throws(FileSystemError) {
        guard absolute(path) == self.path else { return try base.remove(path) }
        guard !kubeconfig.isEmpty else { throw .notFound(path) }
        kubeconfig = KubeConfig()
    }
}
