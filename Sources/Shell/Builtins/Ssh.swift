import NodeTools
import ToolIO

/// `ssh [OPTIONS] [USER@]NODE [COMMAND [ARGUMENT …]]`: log in to a node of the current
/// cluster, or run one command line there (`ssh node01 crictl ps`) and come back.
///
/// Options are read as OpenSSH reads them: before the destination, and again right after it
/// up to the first word that is not an option, so `ssh node01 -t crictl ps` takes `-t` while
/// `ssh node01 ls -l` runs `ls -l` on the node. No option changes what the simulator does.
enum Ssh {
    static let run: @Sendable (inout BuiltinContext) -> Void = { context in
        let invocation: Invocation
        switch parse(context.arguments) {
        case .success(let parsed): invocation = parsed
        case .failure(let error):
            context.fail((error.message.map { $0 + "\n" } ?? "") + usage, status: 255)
            return
        }
        let name = invocation.host
        guard let cluster = context.session.world.cluster(), cluster.kubelet(on: name) != nil else {
            context.fail("ssh: Could not resolve hostname \(name): Name or service not known", status: 255)
            return
        }
        let shell = NodeShell(cluster: cluster, node: name)
        guard !invocation.command.isEmpty else {
            context.session.host = (shell, shell.fileSystem())
            return
        }
        let result = context.session.runRemotely(invocation.command.joined(separator: " "), on: shell)
        context.output.append(result)
        if invocation.forcesTerminal { context.err("Connection to \(name) closed.\n") }
    }

    struct Invocation: Equatable {
        var host: String
        var command: [String]
        /// `-t`: a terminal for the remote command, whose closing ssh then reports.
        var forcesTerminal: Bool
    }

    struct UsageError: Error, Equatable {
        /// getopt's complaint, when there is one; the usage text follows either way.
        var message: String?
    }

    /// OpenSSH's options that take a value (`-p 22`, `-p22`, `-oKey=value`); every other
    /// letter here is a flag. From ssh(1).
    static let valued: Set<Character> = ["B", "b", "c", "D", "E", "e", "F", "I", "i", "J", "L", "l", "m", "O", "o",
                                         "P", "p", "Q", "R", "S", "W", "w"]
    static let flags: Set<Character> = ["4", "6", "A", "a", "C", "f", "G", "g", "K", "k", "M", "N", "n", "q", "s",
                                        "T", "t", "V", "v", "X", "x", "Y", "y"]

    static func parse(_ arguments: [String]) -> Result<Invocation, UsageError> {
        var index = 0
        var forcesTerminal = false
        var terminated = false
        /// Reads options up to the first word that is not one (or `--`).
        func options() -> UsageError? {
            while !terminated, index < arguments.count {
                let word = arguments[index]
                if word == "--" {
                    terminated = true
                    index += 1
                    return nil
                }
                guard word.hasPrefix("-"), word.count > 1 else { return nil }
                index += 1
                var letters = Substring(word.dropFirst())
                while let letter = letters.first {
                    letters = letters.dropFirst()
                    if valued.contains(letter) {
                        if letters.isEmpty {
                            guard index < arguments.count else {
                                return UsageError(message: "option requires an argument -- \(letter)")
                            }
                            index += 1
                        }
                        break
                    }
                    guard flags.contains(letter) else { return UsageError(message: "unknown option -- \(letter)") }
                    if letter == "t" { forcesTerminal = true }
                    if letter == "T" { forcesTerminal = false }
                }
            }
            return nil
        }
        if let error = options() { return .failure(error) }
        guard index < arguments.count else { return .failure(UsageError(message: nil)) }
        let destination = arguments[index]
        index += 1
        if let error = options() { return .failure(error) }
        let host = destination.split(separator: "@", omittingEmptySubsequences: false).last.map(String.init) ?? destination
        return .success(Invocation(host: host, command: Array(arguments[index...]), forcesTerminal: forcesTerminal))
    }

    /// OpenSSH 9.2's usage, as `ssh` alone prints it.
    static let usage = """
        usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface]
                   [-b bind_address] [-c cipher_spec] [-D [bind_address:]port]
                   [-E log_file] [-e escape_char] [-F configfile] [-I pkcs11]
                   [-i identity_file] [-J [user@]host[:port]] [-L address]
                   [-l login_name] [-m mac_spec] [-O ctl_cmd] [-o option] [-p port]
                   [-Q query_option] [-R address] [-S ctl_path] [-W host:port]
                   [-w local_tun[:remote_tun]] destination [command [argument ...]]

        """
}

extension ShellSession {
    /// What `ssh NODE COMMAND` does: the node's shell runs the command line (`bash -c`) with
    /// the node's tools and files, and the learner's own session is as it was afterwards.
    func runRemotely(_ line: String, on shell: NodeShell) -> ToolOutput {
        guard substitutionDepth < 16 else { return .failure("shipyard: ssh nested too deeply\n", status: 255) }
        let saved = (host: host, remote: runningRemoteCommand, exit: exitStatus)
        host = (shell, shell.fileSystem())
        runningRemoteCommand = true
        substitutionDepth += 1
        defer {
            substitutionDepth -= 1
            (host, runningRemoteCommand, exitStatus) = saved
        }
        var result: ToolOutput
        switch ShellParser.parse(line) {
        case .complete(let script):
            result = run(script)
            // `exit N` ends the remote shell with N.
            if let status = exitStatus { result.status = status }
        case .incomplete:
            result = .failure(Self.unexpectedEnd(of: line), status: 2)
        case .syntaxError(let message):
            result = .failure("bash: -c: line 1: \(message)\nbash: -c: line 1: `\(line)'\n", status: 2)
        }
        return result
    }

    /// bash 5.2's complaint about a `-c` string that ends too soon: inside quotes, or after
    /// a `|`, `&&` or `\` that wants another line.
    static func unexpectedEnd(of line: String) -> String {
        var open: Character?
        var escaped = false
        for character in line {
            if escaped {
                escaped = false
            } else if let quote = open {
                if character == quote { open = nil } else if character == "\\" && quote == "\"" { escaped = true }
            } else if character == "\\" {
                escaped = true
            } else if character == "'" || character == "\"" {
                open = character
            }
        }
        if let open { return "bash: -c: line 1: unexpected EOF while looking for matching `\(open)'\n" }
        return "bash: -c: line 2: syntax error: unexpected end of file\n"
    }

    /// A node's shell when it cannot find a command: a login shell (`ssh node01`, then the
    /// command) is `-bash`; the shell that runs `ssh node01 COMMAND` is `bash -c`.
    func nodeCommandNotFound(_ name: String) -> ToolOutput {
        .failure((runningRemoteCommand ? "bash: " : "-bash: ") + "\(name): command not found\n", status: 127)
    }
}
