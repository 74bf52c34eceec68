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
        if !isSimulated(command), let ran = runOnHost(words) {
            guard let status = ran else { return .notFound }
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

    /// Editors the prompt runs from the learner's machine (`vi web.yaml`), where it can.
    static let hostEditors: Set<String> = ["vi", "vim", "nvim", "nano", "emacs", "micro", "hx", "ed"]

    /// Runs `words` on the learner's machine in the shell's directory: nil when the shell has
    /// no terminal of the learner's, or works on files that are not the learner's own (a
    /// node's, over ssh); else the exit status, nil inside when there is no such program.
    func runOnHost(_ words: [String]) -> Int32?? {
        guard let hostProgram, host == nil else { return nil }
        return .some(hostProgram(words, fileSystem.currentDirectory))
    }

    /// Whether `name` is one of the shell's own commands or simulated tools.
    func isSimulated(_ name: String) -> Bool { Builtins.table[name] != nil || tools[name] != nil }
}
