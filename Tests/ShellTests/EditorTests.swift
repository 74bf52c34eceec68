import Testing
import ToolIO
import World
@testable import Shell

/// `kubectl edit` through the shell: the editor `$KUBE_EDITOR` or `$EDITOR` names runs on a
/// file in /tmp — one of the shell's own commands in the simulation, any other program
/// through `hostProgram` — and what it leaves there goes to the server.
@Suite struct EditorTests {
    func session() -> (ShellSession, InMemoryFileSystem) {
        let files = InMemoryFileSystem()
        let shell = ShellSession(world: World.makeDefault(), fileSystem: files)
        _ = shell.execute("kubectl create deployment web --image=nginx")
        return (shell, files)
    }

    func replicas(_ shell: ShellSession) -> Int? {
        shell.world.cluster(forContext: "sandbox")?.apiServer.object(.deployment, namespace: "default", name: "web")?[
            "spec"]["replicas"].int
    }

    @Test func aSimulatedEditorChangesTheObject() {
        let (shell, files) = session()
        let edited = shell.execute("KUBE_EDITOR=\"sed -i 's/replicas: 1/replicas: 4/'\" kubectl edit deployment web")
        #expect(edited.stdout == "deployment.apps/web edited\n")
        #expect(edited.status == 0)
        #expect(replicas(shell) == 4)
        // The file is gone once the edit has been saved.
        #expect((files.list("/tmp") ?? []).isEmpty)
    }

    @Test func anInvalidEditIsKeptWithItsReasons() {
        let (shell, files) = session()
        let output = shell.execute("EDITOR=\"sed -i 's/replicas: 1/replicas: -1/'\" kubectl edit deployment web")
        #expect(output.status == 1)
        #expect(output.stderr.hasSuffix("error: Edit cancelled, no valid changes were saved.\n"))
        // As kubectl leaves them: the first pass's file, and the one that reopened with the
        // reasons, which the message names.
        #expect((files.list("/tmp") ?? []).count == 2)
        let notice = output.stderr.split(separator: "\n").first { $0.hasPrefix("A copy of your changes") } ?? ""
        let named = notice.split(separator: "\"").dropFirst().first.map(String.init) ?? ""
        #expect(named.hasPrefix("/tmp/kubectl-edit-"))
        let text = (try? files.readText(named)) ?? ""
        #expect(text.contains("""
            # deployments.apps "web" was not valid:
            # * spec.replicas: Invalid value: -1: must be greater than or equal to 0
            #
            apiVersion: apps/v1
            """))
        #expect(replicas(shell) == 1)
    }

    /// A program the shell does not have goes to the learner's machine, with the file's path
    /// last; without one, kubectl cannot launch it.
    @Test func otherEditorsRunOnTheHost() {
        let (shell, files) = session()
        #expect(shell.execute("EDITOR=code kubectl edit deploy web").stderr == "error: unable to launch the editor \"code\"\n")
        var launched: [String] = []
        shell.hostProgram = { words, _ in
            launched = words
            guard let path = words.last, let text = try? files.readText(path) else { return 1 }
            try? files.writeFile(path, Array(text.replacing("replicas: 1", with: "replicas: 2").utf8),
                                 append: false)
            return 0
        }
        #expect(shell.execute("EDITOR='code --wait' kubectl edit deploy web").stdout == "deployment.apps/web edited\n")
        #expect(launched.count == 3 && launched[0] == "code" && launched[1] == "--wait")
        #expect(launched.last?.hasPrefix("/tmp/kubectl-edit-") == true && launched.last?.hasSuffix(".yaml") == true)
        #expect(replicas(shell) == 2)
        shell.hostProgram = { _, _ in nil }
        #expect(shell.execute("kubectl edit deploy web").stderr == "error: unable to launch the editor \"vi\"\n")
    }

    /// An editor that changes the file on every pass, into something that never parses,
    /// would keep kubectl reopening it for ever; Shipyard gives up, keeping a copy.
    @Test func aScriptedEditorThatNeverSettlesStops() {
        let (shell, _) = session()
        let output = shell.execute("KUBE_EDITOR='sed -i s/.*/-/' kubectl edit deployment web")
        #expect(output.status == 1)
        #expect(output.stderr.hasSuffix("error: Edit cancelled, no valid changes were saved.\n"))
        #expect(replicas(shell) == 1)
    }

    @Test func anUnchangedFileCancels() {
        let (shell, _) = session()
        let output = shell.execute("KUBE_EDITOR=true kubectl edit deploy/web")
        #expect(output.combined == "Edit cancelled, no changes made.\n")
        #expect(output.status == 0)
        #expect(shell.execute("KUBE_EDITOR=false kubectl edit deploy/web").stderr
            == "error: there was a problem with the editor \"false\"\n")
    }

    /// At the prompt, an editor is the learner's own, run in the shell's directory; without a
    /// terminal of the learner's the shell says how to write files instead.
    @Test func editorsAtThePrompt() {
        let (shell, files) = session()
        #expect(shell.execute("vi web.yaml").stderr.contains("cat > file.yaml <<EOF"))
        var ran: (words: [String], directory: String)?
        shell.hostProgram = { words, directory in
            ran = (words, directory)
            return 3
        }
        _ = shell.execute("mkdir -p manifests && cd manifests")
        #expect(shell.execute("nano web.yaml").status == 3)
        #expect(ran?.words == ["nano", "web.yaml"])
        #expect(ran?.directory == files.currentDirectory && files.currentDirectory.hasSuffix("/manifests"))
    }
}
