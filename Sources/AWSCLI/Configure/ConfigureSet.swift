import ToolIO

/// `aws configure set VARNAME VALUE`: which file and section a name goes to, as aws-cli decides
/// (`region` → the profile's section of `~/.aws/config`; `aws_access_key_id` and friends →
/// `~/.aws/credentials`; `profile.dev.output`, `default.region` and `s3.addressing_style`
/// spellings), then `ConfigFileWriter` edits the file.
struct ConfigureSet {
    let context: CLIContext

    static let credentialKeys: Set<String> = ["aws_access_key_id", "aws_secret_access_key", "aws_session_token"]

    func run(varname original: String, value: String) throws(AWSCLIError) {
        let configuration = context.configuration
        var varname = original
        var newValue = ConfigFileWriter.NewValue.text(value)
        var profile = "default"
        if !varname.contains(".") {
            if let named = configuration.profileArgument { profile = named }
        } else {
            let parts = varname.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            // aws-cli tests membership in the string 'plugins', so any substring of it counts.
            let predefined = { (name: String) in "plugins".contains(name) }
            if parts[0] == "default" || parts[0] == "profile" {
                var remaining: [String]
                if parts[0] == "default" {
                    remaining = Array(parts.dropFirst())
                } else {
                    guard parts.count >= 3 else { throw .general("list index out of range") }
                    profile = parts[1]
                    remaining = Array(parts.dropFirst(2))
                }
                guard let first = remaining.first else { throw .general("list index out of range") }
                varname = first
                if remaining.count == 2, let sub = remaining.last { newValue = .nested(sub, value) }
            } else if !predefined(parts[0]) {
                if let named = configuration.profileArgument {
                    profile = named
                } else if let named = configuration.namedProfile {
                    profile = named.name
                }
                varname = parts[0]
                if parts.count == 2 { newValue = .nested(parts[1], value) }
            } else if parts.count == 2 {
                profile = parts[0]
                varname = parts[1]
            }
        }
        var path = configuration.expandUser(configuration.configFileSetting)
        let section: String
        if Self.credentialKeys.contains(varname) {
            section = profile
            path = configuration.expandUser(configuration.credentialsFileSetting)
        } else if profile == "default" || "plugins".contains(profile) {
            section = profile
        } else {
            section = Self.sectionHeader(profile)
        }
        do throws(FileSystemError) {
            try ConfigFileWriter(fileSystem: context.invocation.fileSystem)
                .update(section: section, key: varname, value: newValue, path: path)
        } catch {
            throw .general(Self.describe(error, path: path))
        }
    }

    /// `profile_to_section`: `profile NAME`, quoted when the name holds whitespace.
    static func sectionHeader(_ profile: String) -> String {
        profile.contains(where: { $0 == " " || $0 == "\t" }) ? "profile \"\(profile)\"" : "profile \(profile)"
    }

    /// Python's `OSError` text for a file that could not be written.
    static func describe(_ error: FileSystemError, path: String) -> String {
        switch error {
        case .notFound: return "[Errno 2] No such file or directory: '\(path)'"
        case .isDirectory: return "[Errno 21] Is a directory: '\(path)'"
        case .notDirectory: return "[Errno 20] Not a directory: '\(path)'"
        case .permissionDenied: return "[Errno 13] Permission denied: '\(path)'"
        case .other(_, let message): return "\(message): '\(path)'"
        }
    }
}
