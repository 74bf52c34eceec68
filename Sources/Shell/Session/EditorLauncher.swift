import ToolIO

extension ShellSession {
    /// The learner's editor, as tools start it (`kubectl edit`): the shell's own commands run
    /// in the simulation (`KUBE_EDITOR="sed -i …"`, a line for a shell's `-c`), and any other
    /// program on the learner's terminal, when the shell has one and the file is on the
    /// learner's own disk (`hostProgram`).
    var editor: Editor {
        Editor { [unowned self] words in self.runEditor(words) }
    }

    /// Shells whose `-c LINE` the simulated shell runs itself.
    private static let shells: Set<String> = ["sh", "bash", "dash", "zsh", "shipyard"]

    func runEditor(_ words: [String]) -> Editor.Outcome {
        guard let program = words.first else { return .notFound }
        let name = program.split(separator: "/").last.map(String.init) ?? program
        let line = words.count == 3 && words[1] == "-c" && Self.shells.contains(name) ? words[2] : nil
        let command = line.map { $0.split(separator: " ").first.map(String.init) ?? "" } ?? program
        if !isSimulated(command), let host = hostProgram, activeFileSystem === fileSystem {
            guard let status = host(words) else { return .notFound }
            return .exited(status: status, output: ToolOutput())
        }
        if let line {
            let output = runLine(line)
            return .exited(status: output.status, output: output)
        }
        guard isSimulated(program) else { return .notFound }
        let output = dispatch(program, arguments: Array(words.dropFirst()), stdin: nil, environment: environment)
        return .exited(status: output.status, output: output)
    }

    /// Whether `name` is one of the shell's own commands or simulated tools.
    func isSimulated(_ name: String) -> Bool { Builtins.table[name] != nil || tools[name] != nil }
}
