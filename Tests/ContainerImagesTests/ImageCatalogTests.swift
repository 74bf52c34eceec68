import Testing
@testable import ContainerImages

/// Tags of one repository built differently are entries of their own: the Kubernetes docs'
/// nginx:1.14.2 and 1.16.1 have no entrypoint script, start silently and run older Debian.
@Suite struct ImageCatalogTests {
    func resolved(_ reference: String) -> ResolvedImage? {
        if case .found(let image) = ImageCatalog.builtin.resolve(ImageReference(reference)) { return image }
        return nil
    }

    @Test func oldNginxTagsResolveToTheirOwnEntry() throws {
        let old = try #require(resolved("nginx:1.14.2"))
        #expect(old.size == 44_710_204)
        #expect(old.image.entrypoint.isEmpty)
        #expect(old.image.cmd == ["nginx", "-g", "daemon off;"])
        #expect(old.image.debianRelease == "9")
        #expect(old.image.process.log == nil)
        #expect(try #require(resolved("nginx:1.16.1")).image.debianRelease == "10")

        let current = try #require(resolved("nginx:1.27"))
        #expect(current.image.entrypoint == ["/docker-entrypoint.sh"])
        #expect(current.image.debianRelease == "12")
        #expect(ImageCatalog.builtin.image("docker.io/library/nginx")?.entrypoint == ["/docker-entrypoint.sh"])
    }

    @Test func aTagNoEntryHasIsNotFound() {
        guard case .tagNotFound = ImageCatalog.builtin.resolve(ImageReference("nginx:1.161")) else {
            Issue.record("nginx:1.161 should be an unknown tag")
            return
        }
    }

    @Test func digestsFindTheirTagInAnyEntry() throws {
        let digest = ImageCatalog.digest(repository: "docker.io/library/nginx", tag: "1.16.1")
        #expect(try #require(resolved("nginx@\(digest)")).tag == "1.16.1")
    }

    @Test func oldNginxFilesystemHasTheClassicPageAndNoEntrypoint() throws {
        let image = try #require(resolved("nginx:1.14.2")).image
        let files = ContainerFilesystem(image: image, pod: .init(podName: "web", namespace: "default", podIP: "10.244.1.2"))
        #expect(files.directories["/"]?.contains("docker-entrypoint.sh") == false)
        #expect(files.files["/etc/os-release"]?.hasPrefix("PRETTY_NAME=\"Debian GNU/Linux 9 (stretch)\"\n") == true)
        #expect(files.files["/usr/share/nginx/html/index.html"]?.contains("    body {\n        width: 35em;") == true)
    }
}
