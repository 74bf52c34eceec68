import JSONValue
import Testing
import ToolIO
import World
@testable import Shell

/// kubectl's file stands for the world's kubeconfig, and leaves the learner's own files alone.
@Suite struct KubeconfigFileTests {
    @Test func theFileIsTheWorldsKubeconfig() throws {
        let disk = InMemoryFileSystem()
        let session = ShellSession(world: World.makeDefault(), fileSystem: disk)
        let files = session.learnerFiles
        let text = try files.readText("~/.kube/config")
        #expect(text.contains("current-context: sandbox\n"))
        #expect(files.isDirectory("~/.kube") && files.list("~/.kube") == ["config"] && !disk.exists("~/.kube/config"))

        // Written back, the same text gives the same kubeconfig; a change shows in the world.
        try files.writeFile("~/.kube/config", Array(text.utf8), append: false)
        #expect(try files.readText("~/.kube/config") == text)
        let lab = """
            clusters: [{name: lab, cluster: {server: "https://lab:6443"}}]
            users: [{name: me, user: {client-certificate-data: Q0VSVA==, client-key-data: S0VZ}}]
            contexts: [{name: lab, context: {cluster: lab, user: me}}]
            current-context: lab
            """
        try files.writeFile("~/.kube/config", Array(lab.utf8), append: false)
        #expect(session.world.kubeconfig.currentContext == "lab")
        #expect(session.world.kubeconfig.context(named: "lab")?.user == "me")
        #expect(session.world.kubeconfig.cluster(named: "lab")?.server == "https://lab:6443")

        try files.remove("~/.kube/config")
        #expect(session.world.kubeconfig.isEmpty && !files.exists("~/.kube/config"))
        #expect(throws: FileSystemError.notFound("~/.kube/config")) { try files.readFile("~/.kube/config") }
        #expect(disk.list("~") == [])
    }

    @Test func aFileItCannotKeepIsRefusedAndChangesNothing() {
        let session = ShellSession(world: World.makeDefault(), fileSystem: InMemoryFileSystem())
        let files = session.learnerFiles
        #expect(throws: FileSystemError.self) {
            try files.writeFile("~/.kube/config", Array("users: [{name: bob, user: {token: t}}]".utf8), append: false)
        }
        #expect(session.world.kubeconfig.currentContext == "sandbox")
    }

    @Test func kubeconfigFromItsFile() throws {
        var config = KubeConfig()
        config.set(KubeConfig.ClusterEntry(name: "c", server: "https://c", certificateAuthorityData: "Q0E="))
        config.set(KubeConfig.User(name: "u", credentials: .exec(.init(apiVersion: "v1beta1", command: "aws", args: ["eks"]))))
        config.set(KubeConfig.Context(name: "x", cluster: "c", user: "u", namespace: "dev"))
        config.currentContext = "x"
        let read = try KubeConfig(file: config.file)
        #expect(read.clusters == config.clusters && read.users == config.users && read.contexts == config.contexts)
        #expect(read.currentContext == "x")
        #expect(try KubeConfig(file: .null).isEmpty)
    }
}
