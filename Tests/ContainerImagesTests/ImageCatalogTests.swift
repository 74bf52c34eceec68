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
        #expect(files.files["/etc/nginx/nginx.conf"] == nil)
    }

    /// The Kubernetes Basics tutorial's `cat server.js`: the app's source sits in the root of
    /// the bootcamp image, a Debian 8 one. v2's source was not at hand, so it has none.
    @Test func bootcampHoldsItsSourceOnJessie() throws {
        let pod = ContainerFilesystem.PodContext(podName: "kb", namespace: "default", podIP: "10.244.1.2")
        let v1 = ContainerFilesystem(image: try #require(resolved("gcr.io/google-samples/kubernetes-bootcamp:v1")).image, pod: pod)
        #expect(v1.files["/server.js"]?.hasPrefix("var http = require('http');\nvar requests=0;\n") == true)
        #expect(v1.files["/server.js"]?.hasSuffix("\"| Running On: \" ,host, \"\\n\" );\n});\n") == true)
        #expect(v1.directories["/"]?.contains("server.js") == true)
        #expect(v1.files["/etc/os-release"]?.hasPrefix("PRETTY_NAME=\"Debian GNU/Linux 8 (jessie)\"\n") == true)
        let v2 = ContainerFilesystem(image: try #require(resolved("jocatalin/kubernetes-bootcamp:v2")).image, pod: pod)
        #expect(v2.files["/server.js"] == nil)
        #expect(v2.files["/etc/os-release"]?.contains("HOME_URL=\"http://www.debian.org/\"\n") == true)
    }

    /// The sizes are those `ls -l` shows in the image (nginx.conf 4 bytes shorter since the
    /// pid file moved from /var/run to /run in 1.27.5).
    @Test func nginxConfigurationAsTheEntrypointLeavesIt() throws {
        let image = try #require(resolved("nginx:1.27")).image
        var files = ContainerFilesystem(image: image, pod: .init(podName: "web", namespace: "default", podIP: "10.244.1.2"))
        #expect(files.files["/etc/nginx/nginx.conf"]?.utf8.count == 644)
        #expect(files.files["/etc/nginx/nginx.conf"]?.contains("pid        /run/nginx.pid;\n") == true)
        #expect(files.files["/etc/nginx/conf.d/default.conf"]?.utf8.count == 1093)
        #expect(files.files["/etc/nginx/conf.d/default.conf"]?.hasPrefix("server {\n    listen       80;\n    listen  [::]:80;\n") == true)
        // A volume mounted over conf.d covers the image's files and listing.
        files.mount(at: "/etc/nginx/conf.d")
        #expect(files.files["/etc/nginx/conf.d/default.conf"] == nil)
        #expect(files.directories["/etc/nginx/conf.d"] == [])
    }
}

/// What a request to an image's server answers: nginx serves its document root (as the
/// container's files are now) with its own CRLF error pages; the bootcamp app answers with
/// its host name.
@Suite struct HTTPAnswerTests {
    func http(_ reference: String) throws -> HTTPBehaviour {
        guard case .found(let image) = ImageCatalog.builtin.resolve(ImageReference(reference)) else {
            throw CatalogError.missing(reference)
        }
        return try #require(image.image.process.http)
    }

    enum CatalogError: Error { case missing(String) }

    @Test func nginxServesItsFilesAndWordsItsErrors() throws {
        let nginx = try http("nginx:1.27")
        let files = ["/usr/share/nginx/html/index.html": "edited\n", "/usr/share/nginx/html/50x.html": "x"]
        #expect(nginx.response(path: "/", uptime: 5, hostname: "web", files: files) == .init(status: 200, body: "edited\n"))
        #expect(nginx.response(path: "/index.html?x=1", uptime: 5, hostname: "web", files: files).body == "edited\n")
        let missing = nginx.response(path: "/nope", uptime: 5, hostname: "web", files: files)
        #expect(missing.status == 404)
        #expect(missing.body == "<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n"
            + "<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.27.5</center>\r\n</body>\r\n</html>\r\n")
        let noIndex = nginx.response(path: "/", uptime: 5, hostname: "web", files: ["/usr/share/nginx/html/50x.html": "x"])
        #expect(noIndex.status == 403)
        #expect(noIndex.body.contains("<center><h1>403 Forbidden</h1></center>"))
        let directory = nginx.response(path: "/docs", uptime: 5, hostname: "web", files: ["/usr/share/nginx/html/docs/a.html": "a"])
        #expect(directory.status == 301)
        #expect(directory.body.contains("<center><h1>301 Moved Permanently</h1></center>"))
        #expect(try http("nginx:1.14.2").response(path: "/x", uptime: 0, hostname: "old", files: [:]).body
            .contains("<hr><center>nginx/1.14.2</center>"))
    }

    @Test func bootcampAnswersWithItsHostNameAndVersion() throws {
        #expect(try http("gcr.io/google-samples/kubernetes-bootcamp:v1").response(path: "/", uptime: 1, hostname: "kb-1", files: [:])
            == .init(status: 200, body: "Hello Kubernetes bootcamp! | Running on: kb-1 | v=1\n"))
        #expect(try http("jocatalin/kubernetes-bootcamp:v2").response(path: "/anything", uptime: 1, hostname: "kb-2", files: [:]).body
            == "Hello Kubernetes bootcamp! | Running on: kb-2 | v=2\n")
    }
}
