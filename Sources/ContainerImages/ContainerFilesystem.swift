/// The few files a learner looks at inside a container (`kubectl exec … -- cat …`, `ls`):
/// the Kubernetes-managed ones, the service account token mount, and well-known image files.
public struct ContainerFilesystem: Sendable {
    public var files: [String: String]
    public var directories: [String: [String]]

    public struct PodContext: Sendable {
        public var podName: String
        public var namespace: String
        public var podIP: String
        public var clusterDNS: String
        public var hostNetwork: Bool

        public init(podName: String, namespace: String, podIP: String, clusterDNS: String = "10.96.0.10",
                    hostNetwork: Bool = false) {
            self.podName = podName
            self.namespace = namespace
            self.podIP = podIP
            self.clusterDNS = clusterDNS
            self.hostNetwork = hostNetwork
        }
    }

    public init(image: ImageCatalog.Image, pod: PodContext) {
        var files: [String: String] = [
            "/etc/hostname": pod.podName + "\n",
            "/etc/hosts": """
                # Kubernetes-managed hosts file.
                127.0.0.1\tlocalhost
                ::1\tlocalhost ip6-localhost ip6-loopback
                fe00::0\tip6-localnet
                fe00::0\tip6-mcastprefix
                fe00::1\tip6-allnodes
                fe00::2\tip6-allrouters
                \(pod.podIP)\t\(pod.podName)

                """,
            "/etc/resolv.conf": """
                search \(pod.namespace).svc.cluster.local svc.cluster.local cluster.local
                nameserver \(pod.clusterDNS)
                options ndots:5

                """,
            "/var/run/secrets/kubernetes.io/serviceaccount/namespace": pod.namespace,
        ]
        var directories: [String: [String]] = [
            "/var/run/secrets/kubernetes.io/serviceaccount": ["ca.crt", "namespace", "token"],
            "/tmp": [],
            "/root": [],
        ]
        let name = image.repository.split(separator: "/").last.map(String.init) ?? image.repository
        switch name {
        case "nginx":
            files["/etc/os-release"] = Self.osRelease(debian: image.debianRelease)
            // Images before nginx 1.19 have no entrypoint script, and the older welcome page.
            let hasEntrypoint = image.entrypoint.contains("/docker-entrypoint.sh")
            files["/usr/share/nginx/html/index.html"] = Self.nginxPage(.welcome, classic: !hasEntrypoint)
            files["/usr/share/nginx/html/50x.html"] = Self.nginxPage(.error, classic: !hasEntrypoint)
            directories["/"] = ["bin", "boot", "dev"] + (hasEntrypoint ? ["docker-entrypoint.d", "docker-entrypoint.sh"] : [])
                + ["etc", "home", "lib", "lib64", "media", "mnt", "opt", "proc", "root", "run", "sbin", "srv", "sys", "tmp",
                   "usr", "var"]
            directories["/usr/share/nginx/html"] = ["50x.html", "index.html"]
            if hasEntrypoint {
                // As the entrypoint leaves them: it adds the IPv6 listen to the default server.
                files["/etc/nginx/nginx.conf"] = Self.nginxConf
                files["/etc/nginx/conf.d/default.conf"] = Self.nginxDefaultServer
                directories["/etc/nginx/conf.d"] = ["default.conf"]
            }
        case "busybox":
            directories["/"] = ["bin", "dev", "etc", "home", "lib", "lib64", "proc", "root", "sys", "tmp", "usr", "var"]
        default:
            files["/etc/os-release"] = Self.osRelease(debian: image.debianRelease)
            directories["/"] = ["bin", "boot", "dev", "etc", "home", "lib", "lib64", "media", "mnt", "opt", "proc", "root",
                                "run", "sbin", "srv", "sys", "tmp", "usr", "var"]
        }
        self.files = files
        self.directories = directories
        for (path, content) in image.files { add(path, content) }
    }

    /// Debian's `/etc/os-release` for a release number (12 when it is not one Shipyard names):
    /// jessie's (8) has no codename line and its project's pages over http.
    static func osRelease(debian release: String) -> String {
        if release == "8" {
            return """
                PRETTY_NAME="Debian GNU/Linux 8 (jessie)"
                NAME="Debian GNU/Linux"
                VERSION_ID="8"
                VERSION="8 (jessie)"
                ID=debian
                HOME_URL="http://www.debian.org/"
                SUPPORT_URL="http://www.debian.org/support"
                BUG_REPORT_URL="https://bugs.debian.org/"

                """
        }
        let codenames = ["9": "stretch", "10": "buster", "11": "bullseye", "12": "bookworm"]
        let (number, codename) = codenames[release].map { (release, $0) } ?? ("12", "bookworm")
        return """
            PRETTY_NAME="Debian GNU/Linux \(number) (\(codename))"
            NAME="Debian GNU/Linux"
            VERSION_ID="\(number)"
            VERSION="\(number) (\(codename))"
            VERSION_CODENAME=\(codename)
            ID=debian
            HOME_URL="https://www.debian.org/"
            SUPPORT_URL="https://www.debian.org/support"
            BUG_REPORT_URL="https://bugs.debian.org/"

            """
    }

    /// nginx's own pages, as the image ships them: since 1.19 with a dark-mode style in a
    /// compact block, before it in the classic indented one (`classic`).
    static func nginxPage(_ page: NginxPage, classic: Bool) -> String {
        let style = classic
            ? "    body {\n        width: 35em;\n        margin: 0 auto;\n        font-family: Tahoma, Verdana, Arial, sans-serif;\n    }\n"
            : "html { color-scheme: light dark; }\nbody { width: 35em; margin: 0 auto;\nfont-family: Tahoma, Verdana, Arial, sans-serif; }\n"
        let title: String
        let body: String
        switch page {
        case .welcome:
            title = "Welcome to nginx!"
            body = """
                <h1>Welcome to nginx!</h1>
                <p>If you see this page, the nginx web server is successfully installed and
                working. Further configuration is required.</p>

                <p>For online documentation and support please refer to
                <a href="http://nginx.org/">nginx.org</a>.<br/>
                Commercial support is available at
                <a href="http://nginx.com/">nginx.com</a>.</p>

                <p><em>Thank you for using nginx.</em></p>

                """
        case .error:
            title = "Error"
            let errorLog = classic ? "<a href=\"http://nginx.org/r/error_log\">error log</a>" : "error log"
            body = """
                <h1>An error occurred.</h1>
                <p>Sorry, the page you are looking for is currently unavailable.<br/>
                Please try again later.</p>
                <p>If you are the system administrator of this resource then you should check
                the \(errorLog) for details.</p>
                <p><em>Faithfully yours, nginx.</em></p>

                """
        }
        return "<!DOCTYPE html>\n<html>\n<head>\n<title>\(title)</title>\n<style>\n\(style)</style>\n</head>\n<body>\n\(body)</body>\n</html>\n"
    }

    enum NginxPage { case welcome, error }
}

extension ContainerFilesystem {
    /// A file, listed in its directory; directories between it and the nearest one Shipyard
    /// lists are made (a directory it does not list stays unlisted: it holds more than this).
    public mutating func add(_ path: String, _ content: String) {
        files[path] = content
        var ancestors: [String] = []
        var directory = Self.parent(of: path)
        while directory != "/" {
            ancestors.append(directory)
            directory = Self.parent(of: directory)
        }
        for ancestor in ancestors.reversed() where directories[ancestor] == nil {
            guard directories[Self.parent(of: ancestor)] != nil else { continue }
            addDirectory(ancestor)
        }
        list(path, in: Self.parent(of: path))
    }

    /// A directory whose contents are all known (a volume's mount point), listed in its parent
    /// when Shipyard lists that.
    /// Takes a file away (`rm`), or a directory and all it holds, from its parent's listing too.
    public mutating func remove(_ path: String) {
        let prefix = path == "/" ? "/" : path + "/"
        files = files.filter { $0.key != path && !$0.key.hasPrefix(prefix) }
        directories = directories.filter { $0.key != path && !$0.key.hasPrefix(prefix) }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        directories[Self.parent(of: path)]?.removeAll { $0 == name }
    }

    /// A volume mounted at `path` covers what the image has there: the directory starts empty.
    public mutating func mount(at path: String) {
        let prefix = path == "/" ? "/" : path + "/"
        files = files.filter { !$0.key.hasPrefix(prefix) }
        directories = directories.filter { !$0.key.hasPrefix(prefix) }
        directories[path] = []
        if path != "/" { list(path, in: Self.parent(of: path)) }
    }

    public mutating func addDirectory(_ path: String) {
        if directories[path] == nil { directories[path] = [] }
        if path != "/" { list(path, in: Self.parent(of: path)) }
    }

    private mutating func list(_ path: String, in parent: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard var entries = directories[parent], !entries.contains(name) else { return }
        entries.append(name)
        directories[parent] = entries.sorted()
    }

    static func parent(of path: String) -> String { ContainerPath.parent(path) }
}
