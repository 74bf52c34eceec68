import ToolIO

/// Where one `aws` run gets its settings, resolved as aws-cli v2 resolves them: the profile
/// (`--profile`, `AWS_PROFILE`, `AWS_DEFAULT_PROFILE`), the region (`--region`, `AWS_REGION`,
/// `AWS_DEFAULT_REGION`, the profile's `region`, then the instance metadata service), the
/// output format (`AWS_DEFAULT_OUTPUT`, the profile's `output`, `json`) and the credentials.
///
/// Shipyard's learner shell is modelled as a host in the simulated account, like an EC2
/// instance or CloudShell: with nothing configured, the instance metadata service supplies
/// the world's region and an instance role supplies credentials, so `aws configure list`
/// shows `imds` and `iam-role` until the learner configures something else.
final class CLIConfiguration {
    let environment: [String: String]
    let fileSystem: FileSystem
    /// `--profile` and `--region` from the command line.
    var profileArgument: String?
    var regionArgument: String?
    /// The region the instance metadata service reports.
    let metadataRegion: String
    /// Credentials the host supplies before the instance role (an ECS container's task role).
    let hostCredentials: (accessKey: String, secretKey: String, method: String)?

    /// The instance role's access key pair; only its last four characters are ever shown.
    static let instanceRoleAccessKey = "ASIAQ3EGSHIPYARD7EXM"
    static let instanceRoleSecretKey = "shipyard/instance/role/secret/key/example"

    init(environment: [String: String], fileSystem: FileSystem, metadataRegion: String,
         hostCredentials: (accessKey: String, secretKey: String, method: String)? = nil) {
        self.environment = environment
        self.fileSystem = fileSystem
        self.metadataRegion = metadataRegion
        self.hostCredentials = hostCredentials
    }

    /// The unexpanded paths, as `configure list` prints them.
    var configFileSetting: String { environment["AWS_CONFIG_FILE"] ?? "~/.aws/config" }
    var credentialsFileSetting: String { environment["AWS_SHARED_CREDENTIALS_FILE"] ?? "~/.aws/credentials" }

    /// `os.path.expanduser`, with `HOME` from the environment.
    func expandUser(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        let home = environment["HOME"] ?? fileSystem.homeDirectory
        return home + path.dropFirst()
    }

    private var loadedConfig: ConfigFile??
    private var loadedCredentials: ConfigFile??

    /// The config file, nil when absent.
    func configFile() throws(AWSCLIError) -> ConfigFile? {
        if let loaded = loadedConfig { return loaded }
        let file = try read(configFileSetting)
        loadedConfig = .some(file)
        return file
    }

    func credentialsFile() throws(AWSCLIError) -> ConfigFile? {
        if let loaded = loadedCredentials { return loaded }
        let file = try read(credentialsFileSetting)
        loadedCredentials = .some(file)
        return file
    }

    private func read(_ setting: String) throws(AWSCLIError) -> ConfigFile? {
        let path = expandUser(setting)
        guard fileSystem.exists(path), !fileSystem.isDirectory(path) else { return nil }
        let text: String
        do {
            text = try fileSystem.readText(path)
        } catch {
            return nil
        }
        do {
            return try ConfigFile(parsing: text)
        } catch {
            throw .general("Unable to parse config file: \(path)")
        }
    }

    typealias Settings = [(key: String, value: ConfigFile.Value)]

    /// botocore's profile map, in order: `[default]` and `[profile x]` from the config file,
    /// then the credentials file's sections merged over them (new ones appended).
    func profiles() throws(AWSCLIError) -> [(name: String, settings: Settings)] {
        var profiles: [(name: String, settings: Settings)] = []
        func put(_ name: String, _ settings: Settings) {
            if let index = profiles.firstIndex(where: { $0.name == name }) {
                profiles[index].settings = settings
            } else {
                profiles.append((name, settings))
            }
        }
        for section in try configFile()?.sections ?? [] {
            if section.name == "default" {
                put("default", section.settings)
            } else if section.name.hasPrefix("profile ") {
                let name = section.name.dropFirst("profile ".count).trimmingWhitespace
                if !name.isEmpty { put(Self.unquoted(name), section.settings) }
            }
        }
        for section in try credentialsFile()?.sections ?? [] {
            var merged = profiles.first { $0.name == section.name }?.settings ?? []
            for setting in section.settings {
                merged.removeAll { $0.key == setting.key }
                merged.append(setting)
            }
            put(section.name, merged)
        }
        return profiles
    }

    /// `[profile "my profile"]` names a profile with spaces.
    private static func unquoted(_ name: String) -> String {
        guard name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") else { return name }
        return String(name.dropFirst().dropLast())
    }

    /// The profile named on the command line or in the environment, with where it came from.
    var namedProfile: (name: String, source: ProfileSource)? {
        if let profile = profileArgument { return (profile, .argument) }
        if let profile = environment["AWS_PROFILE"] { return (profile, .environment) }
        if let profile = environment["AWS_DEFAULT_PROFILE"] { return (profile, .environment) }
        return nil
    }

    enum ProfileSource { case argument, environment }

    /// The active profile's settings (`get_scoped_config`); a named profile that does not exist
    /// is an error, a missing `default` is not.
    func scopedConfig() throws(AWSCLIError) -> Settings {
        let profiles = try profiles()
        guard let named = namedProfile else { return profiles.first { $0.name == "default" }?.settings ?? [] }
        guard let settings = profiles.first(where: { $0.name == named.name })?.settings else {
            throw .general("The config profile (\(named.name)) could not be found")
        }
        return settings
    }

    func scopedValue(_ key: String) throws(AWSCLIError) -> String? {
        try scopedConfig().first { $0.key == key }?.value.text
    }

    /// Where the region came from, as `configure list` names it.
    enum RegionSource: Equatable {
        case argument
        case environment
        case configFile
        case instanceMetadata
    }

    func region() throws(AWSCLIError) -> (value: String, source: RegionSource) {
        if let region = regionArgument { return (region, .argument) }
        if let region = environment["AWS_REGION"] { return (region, .environment) }
        if let region = environment["AWS_DEFAULT_REGION"] { return (region, .environment) }
        if let region = try scopedValue("region") { return (region, .configFile) }
        return (metadataRegion, .instanceMetadata)
    }

    /// The default output format when `--output` is not given.
    func output() throws(AWSCLIError) -> String {
        if let output = environment["AWS_DEFAULT_OUTPUT"] { return output }
        return try scopedValue("output") ?? "json"
    }

    /// The credentials in use and the provider that found them (`credentials.method`).
    func credentials() throws(AWSCLIError) -> (accessKey: String, secretKey: String, method: String) {
        if let access = environment["AWS_ACCESS_KEY_ID"], let secret = environment["AWS_SECRET_ACCESS_KEY"] {
            return (access, secret, "env")
        }
        let profileName = namedProfile?.name ?? "default"
        if let section = try credentialsFile()?.section(profileName),
            let access = section.first(where: { $0.key == "aws_access_key_id" })?.value.text,
            let secret = section.first(where: { $0.key == "aws_secret_access_key" })?.value.text {
            return (access, secret, "shared-credentials-file")
        }
        let configSection = profileName == "default" ? "default" : "profile \(profileName)"
        if let section = try configFile()?.section(configSection),
            let access = section.first(where: { $0.key == "aws_access_key_id" })?.value.text,
            let secret = section.first(where: { $0.key == "aws_secret_access_key" })?.value.text {
            return (access, secret, "config-file")
        }
        if let hostCredentials { return hostCredentials }
        return (Self.instanceRoleAccessKey, Self.instanceRoleSecretKey, "iam-role")
    }
}
