import ContainerImages
import JSONValue
import KubeSim
import ToolIO

/// `kubectl cp SRC DEST`: one side `[[namespace/]pod:]path` in a container, the other a path
/// in the learner's shell. kubectl runs `tar` in the container through exec, so the copy sees
/// (and leaves) the container's files as `kubectl exec` does: into a directory that exists
/// there it copies by the source's name; out of one, tar's own notice about the leading `/`
/// reaches standard output, as kubectl passes tar's errors there.
enum CpCommand {
    static let command = Kubectl.Command(
        name: "cp", summary: "Copy files and directories to and from containers",
        configure: { flags in
            flags.add("container", "c", .string)
            flags.add("no-preserve", nil, .bool)
            flags.add("retries", nil, .int)
        },
        run: { context throws(KubectlError) in try run(&context) })

    /// One side of the copy: a container's path when `pod` is set, else a local one.
    struct FileSpec {
        var namespace: String?
        var pod: String?
        var path: String
    }

    static func fileSpec(_ argument: String) throws(KubectlError) -> FileSpec {
        let malformed = KubectlError.message("filespec must match the canonical format: [[namespace/]pod:]file/path")
        guard let colon = argument.firstIndex(of: ":") else { return FileSpec(path: argument) }
        guard colon != argument.startIndex else { throw malformed }
        let pieces = argument[..<colon].split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let path = String(argument[argument.index(after: colon)...])
        switch pieces.count {
        case 1: return FileSpec(pod: pieces[0], path: path)
        case 2: return FileSpec(namespace: pieces[0], pod: pieces[1], path: path)
        default: throw malformed
        }
    }

    static func run(_ context: inout CommandContext) throws(KubectlError) {
        guard context.arguments.count == 2 else { throw .message("source and destination are required") }
        let source = try fileSpec(context.arguments[0])
        let destination = try fileSpec(context.arguments[1])
        if source.pod != nil, destination.pod != nil { throw .message("one of src or dest must be a local file specification") }
        if source.path.isEmpty || destination.path.isEmpty { throw .message("filepath can not be empty") }
        if let pod = source.pod {
            try fromPod(pod, namespace: source.namespace, path: source.path, to: destination.path, context: &context)
        } else if let pod = destination.pod {
            try toPod(pod, namespace: destination.namespace, path: destination.path, from: source.path, context: &context)
        } else {
            throw .message("one of src or dest must be a remote file specification")
        }
    }

    private static func container(_ name: String, namespace: String?, context: inout CommandContext)
        throws(KubectlError) -> (pod: JSON, kubelet: Kubelet, container: String, view: Kubelet.ContainerView)
    {
        let cluster = try context.cluster()
        let pod: JSON
        do {
            pod = try cluster.apiServer.get(.pod, namespace: namespace ?? context.namespace, name: name)
        } catch {
            throw .server(error)
        }
        let (container, kubelet, view) = try ExecCommand.runningContainer(of: pod, cluster: cluster, context: &context)
        return (pod, kubelet, container, view)
    }

    private static func toPod(_ name: String, namespace: String?, path: String, from local: String,
                              context: inout CommandContext) throws(KubectlError) {
        let fs = context.invocation.fileSystem
        let localPath = fs.absolute(local)
        guard fs.exists(localPath) else { throw .message("\(local) doesn't exist in local filesystem") }
        let (pod, kubelet, containerName, view) = try container(name, namespace: namespace, context: &context)
        let files = view.filesystem?.files ?? [:]
        let directories = view.filesystem?.directories ?? [:]
        var target = ContainerPath.normalized(path, in: view.workingDirectory)
        let isDirectory = directories[target] != nil || files.keys.contains { $0.hasPrefix(target == "/" ? "/" : target + "/") }
        if isDirectory { target = (target == "/" ? "" : target) + "/" + ContainerPath.base(localPath) }
        var writes: [ContainerWrite] = []
        for (relative, bytes) in localFiles(localPath, fs: fs) {
            writes.append(ContainerWrite(path: target + relative, content: String(decoding: bytes, as: UTF8.self), append: false))
        }
        kubelet.keep(writes, namespace: pod.namespace, pod: pod.name, container: containerName)
    }

    /// The files under a local path (itself when a file), by path relative to it ("" for itself).
    private static func localFiles(_ path: String, fs: FileSystem) -> [(String, [UInt8])] {
        guard fs.isDirectory(path) else { return (try? fs.readFile(path)).map { [("", $0)] } ?? [] }
        var result: [(String, [UInt8])] = []
        for name in fs.list(path) ?? [] {
            for (relative, bytes) in localFiles(path + "/" + name, fs: fs) { result.append(("/" + name + relative, bytes)) }
        }
        return result
    }

    private static func fromPod(_ name: String, namespace: String?, path: String, to local: String,
                                context: inout CommandContext) throws(KubectlError) {
        let (_, _, _, view) = try container(name, namespace: namespace, context: &context)
        let files = view.filesystem?.files ?? [:]
        let remote = ContainerPath.normalized(path, in: view.workingDirectory)
        let prefix = remote == "/" ? "/" : remote + "/"
        let found = files.filter { $0.key == remote || $0.key.hasPrefix(prefix) }
        guard !found.isEmpty || view.filesystem?.directories[remote] != nil else {
            // tar's complaint reaches standard output; the exec's failure ends the command.
            context.out("tar: \(path): Cannot stat: No such file or directory\n"
                        + "tar: Exiting with failure status due to previous errors\n")
            context.err("command terminated with exit code 2\n")
            context.output.status = 2
            return
        }
        if path.hasPrefix("/") { context.out("tar: Removing leading `/' from member names\n") }
        let fs = context.invocation.fileSystem
        var destination = fs.absolute(local)
        if fs.isDirectory(destination), files[remote] != nil { destination += "/" + ContainerPath.base(remote) }
        for (file, content) in found.sorted(by: { $0.key < $1.key }) {
            let target = file == remote ? destination : destination + "/" + file.dropFirst(prefix.count)
            makeParents(of: target, fs: fs)
            do {
                try fs.writeFile(target, Array(content.utf8), append: false)
            } catch {
                throw .message("open \(target): \(error.strerror.lowercased())")
            }
        }
    }

    private static func makeParents(of path: String, fs: FileSystem) {
        var parents: [String] = []
        var current = ContainerPath.parent(path)
        while current != "/", !fs.exists(current) {
            parents.append(current)
            current = ContainerPath.parent(current)
        }
        for directory in parents.reversed() { try? fs.makeDirectory(directory) }
    }
}
