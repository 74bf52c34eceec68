import DockerEngine
import ToolIO

/// `docker login` and `docker logout`.
extension DockerSubcommand {
    static let login = DockerSubcommand(
        name: "login", managementName: nil, usage: "docker login [OPTIONS] [SERVER]",
        help: """
            Usage:  docker login [OPTIONS] [SERVER]

            Authenticate to a registry.
            Defaults to Docker Hub if no server is specified.

            Options:
              -p, --password string   Password or Personal Access Token (PAT)
                  --password-stdin    Take the Password or Personal Access Token
                                      (PAT) from stdin
              -u, --username string   Username

            """,
        flags: [flag("password", "p", value: true), flag("password-stdin"), flag("username", "u", value: true)],
        arity: .atMost(1)
    ) { flags, context, output in
        let host = registryHost(flags.arguments.first ?? "https://index.docker.io/v1/")
        let fromStdin = flags.present.contains("password-stdin")
        if flags.values["password"] != nil {
            if fromStdin {
                output.err("conflicting options: cannot specify both --password and --password-stdin\n")
                output.status = 1
                return
            }
            output.err("WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n")
        }
        guard let username = flags.values["username"] else {
            output.err(fromStdin ? "the --password-stdin option requires --username to be set\n"
                : "Error: Cannot perform an interactive login from a non TTY device\n")
            output.status = 1
            return
        }
        var password = flags.values["password"] ?? ""
        if fromStdin {
            password = context.invocation.stdin ?? ""
            while password.hasSuffix("\n") || password.hasSuffix("\r") { password.removeLast() }
        }
        guard !password.isEmpty else {
            // With nothing to read, Docker 28 falls back to asking, which needs a terminal.
            output.err("Error: Cannot perform an interactive login from a non TTY device\n")
            output.status = 1
            return
        }
        let changed: Bool
        do throws(DockerError) {
            changed = try context.engine.login(host: host, username: username, password: password)
        } catch {
            context.fail(error, &output)
            return
        }
        // Docker 28 warns when it writes new credentials to its file (every ECR token is new).
        if changed {
            let home = context.invocation.environment["HOME"] ?? "/root"
            output.err("\nWARNING! Your credentials are stored unencrypted in '\(home)/.docker/config.json'.\n"
                + "Configure a credential helper to remove this warning. See\nhttps://docs.docker.com/go/credential-store/\n\n")
        }
        output.out("Login Succeeded\n")
    }

    static let logout = DockerSubcommand(
        name: "logout", managementName: nil, usage: "docker logout [SERVER]",
        help: """
            Usage:  docker logout [SERVER]

            Log out from a registry.
            If no server is specified, the default is defined by the daemon.

            """,
        flags: [], arity: .atMost(1)
    ) { flags, context, output in
        // A server named is made a host name; Docker Hub's default address is kept whole.
        let host = flags.arguments.first.map(registryHost) ?? "https://index.docker.io/v1/"
        context.engine.logout(host: host)
        output.out("Removing login credentials for \(host)\n")
    }

    /// The host name a server address names (`https://HOST/…` or `HOST`), as Docker keeps
    /// credentials by it.
    static func registryHost(_ server: String) -> String {
        server.hasPrefix("https://") ? String(server.dropFirst(8).prefix { $0 != "/" }) : server
    }
}
