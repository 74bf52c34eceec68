import AWSSim

/// `cat` and `ls` over the few files Shipyard knows in a container: the image's well-known
/// ones (`/etc/os-release`, nginx's pages) and those ECS writes (`/etc/hostname`,
/// `/etc/hosts`, `/etc/resolv.conf`). A directory Shipyard knows only some files of (such as
/// `/etc`) is not listed as if those were all it held.
enum ContainerFileCommands {
    static func cat(_ arguments: [String], _ process: inout ContainerProcess) -> Int32? {
        var status: Int32 = 0
        for path in arguments {
            let absolute = normalized(path, in: process.view.workingDirectory)
            if let text = process.view.files[absolute] {
                process.print(text)
            } else if isDirectory(absolute, process.view) {
                process.print("cat: \(path): Is a directory\n")
                status = 1
            } else {
                process.print("cat: \(path): No such file or directory\n")
                status = 1
            }
        }
        return status
    }

    static func ls(_ arguments: [String], _ process: inout ContainerProcess) -> Int32? {
        let paths = arguments.filter { !$0.hasPrefix("-") }
        var status: Int32 = 0
        for path in paths.isEmpty ? ["."] : paths {
            let absolute = normalized(path, in: process.view.workingDirectory)
            if let entries = process.view.directories[absolute] {
                if paths.count > 1 { process.print("\(path):\n") }
                for entry in entries { process.print(entry + "\n") }
            } else if process.view.files[absolute] != nil {
                process.print(path + "\n")
            } else if isDirectory(absolute, process.view) {
                let known = knownEntries(absolute, process.view)
                process.print("Shipyard does not list \(absolute) in containers; the files it knows there are "
                              + known.joined(separator: ", ") + ".\n")
                return nil
            } else {
                process.print("ls: cannot access '\(path)': No such file or directory\n")
                status = 2
            }
        }
        return status
    }

    /// A directory that holds a file Shipyard knows, though not listed in full.
    static func isDirectory(_ absolute: String, _ view: ContainerExecView) -> Bool {
        view.directories[absolute] != nil || !knownEntries(absolute, view).isEmpty
    }

    static func knownEntries(_ directory: String, _ view: ContainerExecView) -> [String] {
        let prefix = directory == "/" ? "/" : directory + "/"
        let names = (Array(view.files.keys) + Array(view.directories.keys)).filter { $0.hasPrefix(prefix) && $0 != prefix }
            .compactMap { $0.dropFirst(prefix.count).split(separator: "/").first.map(String.init) }
        return Set(names).sorted()
    }

    /// Absolute, against the working directory, with `.` and `..` resolved and no trailing
    /// slash.
    static func normalized(_ path: String, in workingDirectory: String) -> String {
        let joined = path.hasPrefix("/") ? path : workingDirectory + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}
