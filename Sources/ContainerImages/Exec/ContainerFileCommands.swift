/// `cat`, `ls`, `touch` and `rm` over the few files Shipyard knows in a container: the image's well-known
/// ones (`/etc/os-release`, nginx's pages) and those the runtime writes (`/etc/hostname`,
/// `/etc/hosts`, `/etc/resolv.conf`). A directory Shipyard knows only some files of (such as
/// `/etc`) is not listed as if those were all it held.
enum ContainerFileCommands {
    static func cat(_ arguments: [String], _ process: inout ContainerProcess) -> ContainerExit {
        var status: Int32 = 0
        let context = process.context
        for path in arguments {
            let absolute = normalized(path, in: context.workingDirectory)
            if let text = process.file(absolute) {
                process.print(text)
            } else if isDirectory(absolute, context) {
                process.print("cat: \(path): Is a directory\n")
                status = 1
            } else {
                process.print(context.busybox ? "cat: can't open '\(path)': No such file or directory\n"
                              : "cat: \(path): No such file or directory\n")
                status = 1
            }
        }
        return .exited(status)
    }

    static func ls(_ arguments: [String], _ process: inout ContainerProcess) -> ContainerExit {
        // Names (one a line, or in columns on a terminal) are all Shipyard knows of a file: no
        // sizes, owners or times.
        if let option = arguments.first(where: { $0.hasPrefix("-") && $0 != "-1" && $0 != "--" }) {
            return .unsupported("Shipyard's ls in containers lists names only; `\(option)` is not simulated.")
        }
        let paths = arguments.filter { !$0.hasPrefix("-") }
        var status: Int32 = 0
        let context = process.context
        var listedOne = false
        for path in paths.isEmpty ? ["."] : paths {
            let absolute = normalized(path, in: context.workingDirectory)
            if let entries = context.directories[absolute] {
                // Several directories: each under its name, a blank line between them.
                if paths.count > 1 { process.print((listedOne ? "\n" : "") + "\(path):\n") }
                listedOne = true
                let prefix = absolute == "/" ? "/" : absolute + "/"
                let names = Set(entries + process.writtenEntries(in: absolute)).sorted()
                    .filter { !process.hasRemoved(prefix + $0) }
                if process.printsToTerminal {
                    process.print(context.busybox ? ContainerLsColumns.busybox(names) : ContainerLsColumns.gnu(names))
                } else {
                    process.print(names.map { $0 + "\n" }.joined())
                }
            } else if process.file(absolute) != nil {
                process.print(path + "\n")
            } else if isDirectory(absolute, context) {
                return .unsupported("Shipyard does not list \(absolute) in containers; the files it knows there are "
                                    + knownEntries(absolute, context).joined(separator: ", ") + ".")
            } else {
                process.print(context.busybox ? "ls: \(path): No such file or directory\n"
                              : "ls: cannot access '\(path)': No such file or directory\n")
                status = context.busybox ? 1 : 2
            }
        }
        return .exited(status)
    }

    /// `test -f|-e|-s|-d PATH` (and `[ … ]`): what exec probes ask of a file.
    static func test(_ arguments: [String], _ process: inout ContainerProcess) -> ContainerExit {
        test("test", arguments, &process)
    }

    static func bracket(_ arguments: [String], _ process: inout ContainerProcess) -> ContainerExit {
        test("[", arguments, &process)
    }

    /// `test` and `[`, as dash decides them, on the container's files.
    private static func test(_ command: String, _ arguments: [String], _ process: inout ContainerProcess) -> ContainerExit {
        let context = process.context
        let decided = ShellTest.evaluate(command, arguments, dialect: .dash) { query, path in
            let absolute = normalized(path, in: context.workingDirectory)
            let directory = isDirectory(absolute, context)
            let content = process.file(absolute)
            switch query {
            case "d": return directory
            case "e", "r", "w": return directory || content != nil
            case "f": return content != nil
            case "s": return directory || !(content ?? "").isEmpty
            case "x": return directory
            default: return false
            }
        }
        switch decided {
        case .success(let holds): return .exited(holds ? 0 : 1)
        case .failure(let failure):
            process.printError("sh: \(process.scriptLine): \(failure.message)\n")
            return .exited(2)
        }
    }

    /// `touch FILE…`: an empty file where there is none.
    static func touch(_ arguments: [String], _ process: inout ContainerProcess) -> ContainerExit {
        for path in arguments where !path.hasPrefix("-") {
            let absolute = normalized(path, in: process.context.workingDirectory)
            if process.file(absolute) == nil { process.write(absolute, "", append: false) }
        }
        return .exited(0)
    }

    /// `rm [-f] [-r] FILE…`, worded as GNU coreutils words it (busybox's way in busybox
    /// images). A directory goes only with `-r`, and with it every file Shipyard knows there.
    static func rm(_ arguments: [String], _ process: inout ContainerProcess) -> ContainerExit {
        var force = false
        var recursive = false
        var paths: [String] = []
        var options = true
        for argument in arguments {
            if options, argument == "--" {
                options = false
            } else if options, argument.hasPrefix("-"), argument.count > 1 {
                for flag in argument.dropFirst() {
                    switch flag {
                    case "f": force = true
                    case "r", "R": recursive = true
                    default: return .unsupported("Shipyard's rm in containers takes -f and -r; `-\(flag)` is not simulated.")
                    }
                }
            } else {
                paths.append(argument)
            }
        }
        let context = process.context
        if paths.isEmpty, !force {
            guard !context.busybox else { return .unsupported("Shipyard's busybox rm needs a file to remove.") }
            process.print("rm: missing operand\nTry 'rm --help' for more information.\n")
            return .exited(1)
        }
        var status: Int32 = 0
        for path in paths {
            let absolute = normalized(path, in: context.workingDirectory)
            if process.file(absolute) != nil {
                process.remove(absolute)
            } else if isDirectory(absolute, context), !process.hasRemoved(absolute) {
                guard recursive else {
                    process.print(context.busybox ? "rm: '\(path)' is a directory\n" : "rm: cannot remove '\(path)': Is a directory\n")
                    status = 1
                    continue
                }
                let prefix = absolute == "/" ? "/" : absolute + "/"
                for file in Set(context.files.keys).union(process.writtenFiles.keys).sorted()
                where file.hasPrefix(prefix) && process.file(file) != nil {
                    process.remove(file)
                }
                process.remove(absolute)
            } else if !force {
                process.print(context.busybox ? "rm: can't remove '\(path)': No such file or directory\n"
                              : "rm: cannot remove '\(path)': No such file or directory\n")
                status = 1
            }
        }
        return .exited(status)
    }

    /// A directory that holds a file Shipyard knows, though not listed in full.
    static func isDirectory(_ absolute: String, _ context: ContainerExecContext) -> Bool {
        context.directories[absolute] != nil || !knownEntries(absolute, context).isEmpty
    }

    static func knownEntries(_ directory: String, _ context: ContainerExecContext) -> [String] {
        let prefix = directory == "/" ? "/" : directory + "/"
        let names = (Array(context.files.keys) + Array(context.directories.keys))
            .filter { $0.hasPrefix(prefix) && $0 != prefix }
            .compactMap { $0.dropFirst(prefix.count).split(separator: "/").first.map(String.init) }
        return Set(names).sorted()
    }

    static func normalized(_ path: String, in workingDirectory: String) -> String {
        ContainerPath.normalized(path, in: workingDirectory)
    }
}
