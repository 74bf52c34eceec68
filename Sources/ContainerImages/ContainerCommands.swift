/// The few commands Shipyard runs inside a running container, for `kubectl exec` and for exec
/// probes (`cat /tmp/healthy`): env, printenv, hostname, echo, whoami, id, pwd, true, false,
/// cat, ls, test, and `sh -c` over them.
public enum ContainerCommands {
    /// What a command sees inside the container.
    public struct Container: Sendable {
        public var image: ImageCatalog.Image?
        public var environment: [(String, String)]
        public var filesystem: ContainerFilesystem?

        public init(image: ImageCatalog.Image?, environment: [(String, String)], filesystem: ContainerFilesystem?) {
            self.image = image
            self.environment = environment
            self.filesystem = filesystem
        }
    }

    /// The programs `run` simulates.
    public static let simulated = ["env", "printenv", "hostname", "cat", "ls", "echo", "date", "whoami", "id", "pwd",
                                   "true", "false", "test", "sh", "bash"]

    /// Runs `argv`; the status is nil when Shipyard does not simulate the program, 127 when the
    /// image would not have it.
    public static func run(_ argv: [String], in container: Container) -> (status: Int?, output: String) {
        var output = ""
        let status = execute(argv, container, &output)
        return (status, output)
    }

    static func execute(_ argv: [String], _ container: Container, _ output: inout String) -> Int? {
        guard let program = argv.first.map({ String($0.split(separator: "/").last ?? Substring($0)) }) else { return 0 }
        let files = container.filesystem
        let busybox = container.image?.isBusybox ?? false
        switch program {
        case "env":
            for (key, value) in container.environment { output += "\(key)=\(value)\n" }
            return 0
        case "printenv":
            if argv.count > 1 {
                guard let value = container.environment.first(where: { $0.0 == argv[1] })?.1 else { return 1 }
                output += value + "\n"
                return 0
            }
            for (key, value) in container.environment { output += "\(key)=\(value)\n" }
            return 0
        case "hostname":
            output += (container.environment.first { $0.0 == "HOSTNAME" }?.1 ?? "") + "\n"
            return 0
        case "echo":
            output += argv.dropFirst().joined(separator: " ") + "\n"
            return 0
        case "whoami":
            output += "root\n"
            return 0
        case "id":
            output += "uid=0(root) gid=0(root) groups=0(root)\n"
            return 0
        case "pwd":
            output += "/\n"
            return 0
        case "true": return 0
        case "false": return 1
        case "exit":
            return argv.count > 1 ? Int(argv[1]) ?? 2 : 0
        case "test", "[":
            let words = Array(argv.dropFirst().filter { $0 != "]" })
            guard words.count == 2, ["-f", "-e", "-s", "-d"].contains(words[0]) else { return words.isEmpty ? 1 : 0 }
            let path = words[1]
            if words[0] == "-d" { return files?.directories[path] != nil ? 0 : 1 }
            guard let content = files?.files[path] else { return 1 }
            return words[0] == "-s" && content.isEmpty ? 1 : 0
        case "cat":
            var status = 0
            for path in argv.dropFirst() {
                if let text = files?.files[path] {
                    output += text
                } else {
                    output += busybox ? "cat: can't open '\(path)': No such file or directory\n"
                        : "cat: \(path): No such file or directory\n"
                    status = 1
                }
            }
            return status
        case "ls":
            let paths = argv.dropFirst().filter { !$0.hasPrefix("-") }
            for path in paths.isEmpty ? ["/"] : Array(paths) {
                let normalized = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
                if let entries = files?.directories[normalized] {
                    for entry in entries { output += entry + "\n" }
                } else if files?.files[normalized] != nil {
                    output += normalized + "\n"
                } else {
                    output += busybox ? "ls: \(path): No such file or directory\n"
                        : "ls: cannot access '\(path)': No such file or directory\n"
                    return busybox ? 1 : 2
                }
            }
            return 0
        case "sh", "bash":
            guard argv.count >= 3, argv[1] == "-c" else { return nil }
            var status: Int? = 0
            for part in argv[2].split(separator: ";") {
                let words = part.split(separator: " ").map { String($0).replacing("'", with: "").replacing("\"", with: "") }
                guard !words.isEmpty else { continue }
                status = execute(words, container, &output)
                if status == nil || words.first == "exit" { return status }
            }
            return status
        case "date", "ps", "top", "curl", "wget", "nslookup", "ping", "apt", "apt-get", "apk", "vi", "nano":
            if program == "ps", container.image?.repository.hasSuffix("/nginx") == true { return 127 }
            return nil
        default:
            return nil
        }
    }
}
