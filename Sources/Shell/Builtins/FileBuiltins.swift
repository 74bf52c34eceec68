import ToolIO

/// `cat`, `ls`, `pwd`, `cd`, `mkdir`, `rm`, `touch`, `tee`: the learner's files.
enum FileBuiltins {
    static let cat: @Sendable (inout BuiltinContext) -> Void = { context in
        for input in context.inputs(context.arguments, command: "cat") { context.out(input.text) }
    }

    static let ls: @Sendable (inout BuiltinContext) -> Void = { context in
        let flags = context.arguments.filter { $0.hasPrefix("-") }
        let showAll = flags.contains { $0.contains("a") }
        let paths = context.arguments.filter { !$0.hasPrefix("-") }
        let targets = paths.isEmpty ? ["."] : paths
        for (index, path) in targets.enumerated() {
            let fs = context.fileSystem
            guard fs.exists(path) else {
                context.fail("ls: cannot access '\(path)': No such file or directory", status: 2)
                continue
            }
            guard let names = fs.list(path) else {
                context.out(path + "\n")
                continue
            }
            if targets.count > 1 { context.out((index > 0 ? "\n" : "") + "\(path):\n") }
            let visible = names.filter { showAll || !$0.hasPrefix(".") }
            if context.session.interactive {
                if !visible.isEmpty { context.out(visible.joined(separator: "  ") + "\n") }
            } else {
                for name in visible { context.out(name + "\n") }
            }
        }
    }

    static let pwd: @Sendable (inout BuiltinContext) -> Void = { context in
        context.out(context.fileSystem.currentDirectory + "\n")
    }

    static let cd: @Sendable (inout BuiltinContext) -> Void = { context in
        let session = context.session
        let target = context.arguments.first ?? session.variables["HOME"] ?? context.fileSystem.homeDirectory
        let path = target == "-" ? (session.variables["OLDPWD"] ?? context.fileSystem.currentDirectory) : target
        let fs = context.fileSystem
        guard fs.exists(path) else {
            context.fail("shipyard: cd: \(target): No such file or directory")
            return
        }
        guard fs.isDirectory(path) else {
            context.fail("shipyard: cd: \(target): Not a directory")
            return
        }
        session.variables["OLDPWD"] = fs.currentDirectory
        fs.currentDirectory = fs.absolute(path)
        session.variables["PWD"] = fs.currentDirectory
    }

    static let mkdir: @Sendable (inout BuiltinContext) -> Void = { context in
        let parents = context.arguments.contains("-p")
        for path in context.arguments where !path.hasPrefix("-") {
            let fs = context.fileSystem
            if parents {
                var built = ""
                for part in fs.absolute(path).split(separator: "/") {
                    built += "/" + part
                    if !fs.exists(built) { try? fs.makeDirectory(built) }
                }
                continue
            }
            do {
                if fs.exists(path) { throw FileSystemError.other(path, "File exists") }
                try fs.makeDirectory(path)
            } catch {
                context.fail("mkdir: cannot create directory '\(path)': \(ShellSession.describe(error))")
            }
        }
    }

    static let rm: @Sendable (inout BuiltinContext) -> Void = { context in
        let force = context.arguments.contains { $0.hasPrefix("-") && $0.contains("f") }
        for path in context.arguments where !path.hasPrefix("-") {
            do {
                try context.fileSystem.remove(path)
            } catch {
                if !force { context.fail("rm: cannot remove '\(path)': \(ShellSession.describe(error))") }
            }
        }
    }

    static let touch: @Sendable (inout BuiltinContext) -> Void = { context in
        for path in context.arguments where !path.hasPrefix("-") {
            guard !context.fileSystem.exists(path) else { continue }
            do {
                try context.fileSystem.writeFile(path, [], append: false)
            } catch {
                context.fail("touch: cannot touch '\(path)': \(ShellSession.describe(error))")
            }
        }
    }

    static let tee: @Sendable (inout BuiltinContext) -> Void = { context in
        let append = context.arguments.contains("-a")
        let text = context.stdin ?? ""
        for path in context.arguments where !path.hasPrefix("-") {
            do {
                try context.fileSystem.writeFile(path, Array(text.utf8), append: append)
            } catch {
                context.fail("tee: \(path): \(ShellSession.describe(error))")
            }
        }
        context.out(text)
    }
}
