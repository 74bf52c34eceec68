import ContainerImages

/// What the daemon refuses, in its words. The CLI prints `Error response from daemon: ` before
/// the ones the daemon returns as errors (`isDaemonResponse`); push failures are printed bare,
/// after the progress lines, as Docker prints them.
public enum DockerError: Error, Equatable, Sendable {
    case noSuchImage(String)
    case invalidReference(String)
    /// `docker tag`'s target, which the CLI parses itself.
    case invalidTarget(String)
    case referencedInMultipleRepositories(String)
    /// `pull access denied for NAME, …: denied: REASON`.
    case pullDenied(String, reason: String)
    case manifestUnknown(String, reason: String)
    case repositoryUnknown(String, reason: String)
    case noBasicAuthCredentials(url: String?)
    case loginFailed(String)
    case loginUnsupported(String)
    case notLocal(String)
    case pushRefused(String)

    public var message: String {
        switch self {
        case .noSuchImage(let name): return "No such image: \(name)"
        case .invalidReference(let name):
            // Docker names the one mistake it can put a finger on: capitals in the repository.
            let written = ImageReference(name)
            let lowercase = ImageReference(name.lowercased())
            guard written.repository != lowercase.repository, lowercase.isValid else { return "invalid reference format" }
            return "invalid reference format: repository name (\(written.repository)) must be lowercase"
        case .invalidTarget(let name):
            return "Error parsing reference: \"\(name)\" is not a valid repository/tag: " + DockerError.invalidReference(name).message
        case .referencedInMultipleRepositories(let id):
            return "conflict: unable to delete \(id) (must be forced) - image is referenced in multiple repositories"
        case .pullDenied(let name, let reason):
            return "pull access denied for \(name), repository does not exist or may require 'docker login': denied: \(reason)"
        case .manifestUnknown(let name, let reason): return "manifest for \(name) not found: manifest unknown: \(reason)"
        case .repositoryUnknown(let name, let reason): return "repository \(name) not found: name unknown: \(reason)"
        case .noBasicAuthCredentials(let url):
            return url.map { "Head \"\($0)\": no basic auth credentials" } ?? "no basic auth credentials"
        case .loginFailed(let host): return "login attempt to https://\(host)/v2/ failed with status: 400 Bad Request"
        case .loginUnsupported(let host):
            return "Shipyard's Docker logs in to the account's ECR registries only, not to \(host)."
        case .notLocal(let name): return "An image does not exist locally with the tag: \(name)"
        case .pushRefused(let text): return text
        }
    }

    /// Whether the CLI prints it as the daemon's answer (`Error response from daemon: …`).
    public var isDaemonResponse: Bool {
        switch self {
        case .noBasicAuthCredentials(let url): return url != nil
        case .notLocal, .pushRefused, .loginUnsupported, .invalidReference, .invalidTarget: return false
        default: return true
        }
    }
}
