import AWSArguments
import ToolIO

/// Everything one `aws` run works with: the invocation (environment, files, terminal), the
/// endpoint it calls, the service models, its configuration, the parsed global options, and
/// what it has printed so far (stdout may already hold output when an error ends the run).
final class CLIContext {
    let invocation: Invocation
    let endpoint: AWSEndpoint
    let catalog: ServiceCatalog
    let configuration: CLIConfiguration
    var globals = GlobalArguments()
    var output = ToolOutput()

    init(invocation: Invocation, endpoint: AWSEndpoint, catalog: ServiceCatalog) {
        self.invocation = invocation
        self.endpoint = endpoint
        self.catalog = catalog
        configuration = CLIConfiguration(environment: invocation.environment, fileSystem: invocation.fileSystem,
                                         metadataRegion: endpoint.metadataRegion, hostCredentials: endpoint.hostCredentials)
    }

    /// `file://` and `fileb://` values, read from the learner's files.
    var paramFiles: ParamFiles {
        let fileSystem = UncheckedFileSystem(invocation.fileSystem)
        var environment = invocation.environment
        if environment["HOME"] == nil { environment["HOME"] = invocation.fileSystem.homeDirectory }
        return ParamFiles(environment: environment) { path throws(FileReadError) in
            do throws(FileSystemError) {
                return try fileSystem.base.readFile(path)
            } catch {
                switch error {
                case .notFound: throw FileReadError.notFound
                case .isDirectory: throw FileReadError.isADirectory
                case .notDirectory: throw FileReadError.notADirectory
                case .permissionDenied: throw FileReadError.permissionDenied
                case .other: throw FileReadError.notFound
                }
            }
        }
    }
}

/// The file system handed to `ParamFiles`' `@Sendable` reader. A run is synchronous on one
/// thread, so the reference never crosses threads.
struct UncheckedFileSystem: @unchecked Sendable {
    let base: FileSystem
    init(_ base: FileSystem) { self.base = base }
}
