import Testing
import ToolIO
import World
@testable import Shell

/// `ssh NODE` logs in; `ssh NODE COMMAND` runs one command line on the node and comes back.
@Suite struct SshTests {
    func session() -> ShellSession {
        ShellSession(world: World.makeDefault(), fileSystem: InMemoryFileSystem())
    }

    /// Options before the destination and right after it are ssh's; from the first other
    /// word on, everything is the remote command (so `ls -l` keeps its `-l`).
    @Test func readsOptionsAsOpenSSHDoes() {
        func parse(_ line: String) -> Result<Ssh.Invocation, Ssh.UsageError> {
            Ssh.parse(line.split(separator: " ").map(String.init))
        }
        #expect(parse("node01") == .success(.init(host: "node01", command: [], forcesTerminal: false)))
        #expect(parse("-p 22 root@node01 -t crictl ps")
                == .success(.init(host: "node01", command: ["crictl", "ps"], forcesTerminal: true)))
        #expect(parse("node01 ls -l /etc") == .success(.init(host: "node01", command: ["ls", "-l", "/etc"], forcesTerminal: false)))
        #expect(parse("-oStrictHostKeyChecking=no -i key -tt node01 -- -x")
                == .success(.init(host: "node01", command: ["-x"], forcesTerminal: true)))
        #expect(parse("-tT node01 hostname") == .success(.init(host: "node01", command: ["hostname"], forcesTerminal: false)))
        #expect(parse("") == .failure(.init(message: nil)))
        #expect(parse("-v -p") == .failure(.init(message: "option requires an argument -- p")))
        #expect(parse("-Z node01") == .failure(.init(message: "unknown option -- Z")))
        #expect(parse("node01 -4Z") == .failure(.init(message: "unknown option -- Z")))
    }

    @Test func runsACommandOnTheNodeAndComesBack() {
        let shell = session()
        let home = shell.execute("pwd").stdout
        #expect(shell.execute("ssh node01 hostname").stdout == "node01\n")
        // The pipe inside the quotes runs on the node, the one outside in the learner's shell.
        #expect(shell.execute("ssh node01 'crictl ps | grep -c kube-proxy'").stdout == "1\n")
        #expect(shell.execute("ssh node01 crictl ps | grep -c kube-proxy").stdout == "1\n")
        #expect(shell.execute("ssh node01 pwd").stdout == "/root\n")
        #expect(shell.execute("pwd").stdout == home && !shell.prompt.hasPrefix("root@"))
        // The learner's own shell is still there: `exit` in the command ends only that.
        let exited = shell.execute("ssh node01 'exit 3'")
        #expect(exited.status == 3 && exited.combined.isEmpty)
        #expect(shell.exitStatus == nil)
        let missing = shell.execute("ssh node01 kubeadm token list")
        #expect(missing.status == 127 && missing.stderr == "bash: kubeadm: command not found\n")
        let worker = shell.execute("ssh node01 kubectl get pods")
        // No kubeconfig on a worker: kubectl's discoveries fail first, then localhost:8080 refuses.
        #expect(worker.stderr.split(separator: "\n").filter { $0.contains("memcache.go:265]") }.count == 5)
        #expect(worker.stderr.hasSuffix("The connection to the server localhost:8080 was refused - did you specify the right host or port?\n"))
    }

    @Test func reportsWhatSshAndBashWould() {
        let shell = session()
        let usage = shell.execute("ssh")
        #expect(usage.status == 255 && usage.stderr.hasPrefix("usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface]\n"))
        #expect(shell.execute("ssh -p").stderr.hasPrefix("option requires an argument -- p\nusage: ssh"))
        let unknown = shell.execute("ssh node09 crictl ps")
        #expect(unknown.status == 255
                && unknown.stderr == "ssh: Could not resolve hostname node09: Name or service not known\n")
        #expect(shell.execute("ssh node01 'crictl ps |'").stderr == "bash: -c: line 2: syntax error: unexpected end of file\n")
        #expect(shell.execute("ssh node01 'echo \"abc'").stderr
                == "bash: -c: line 1: unexpected EOF while looking for matching `\"'\n")
        let terminal = shell.execute("ssh -t node01 hostname")
        #expect(terminal.stdout == "node01\n" && terminal.stderr == "Connection to node01 closed.\n")
    }
}
