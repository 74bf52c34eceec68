extension ConfigureCommand {
    /// `configure list`: where the profile, credentials and region come from.
    func list() throws(AWSCLIError) {
        let configuration = context.configuration
        row("Name", "Value", "Type", "Location")
        row("----", "-----", "----", "--------")
        if let profile = configuration.profileArgument {
            row("profile", profile, "manual", "--profile")
        } else if let named = configuration.namedProfile {
            row("profile", named.name, "env", "['AWS_PROFILE', 'AWS_DEFAULT_PROFILE']")
        } else {
            row("profile", "<not set>", "None", "None")
        }
        // Resolving credentials reads the profile's configuration.
        _ = try configuration.scopedConfig()
        let credentials = try configuration.credentials()
        row("access_key", Self.masked(credentials.accessKey), credentials.method, "")
        row("secret_key", Self.masked(credentials.secretKey), credentials.method, "")
        let region = try configuration.region()
        switch region.source {
        case .environment: row("region", region.value, "env", "['AWS_REGION', 'AWS_DEFAULT_REGION']")
        case .configFile: row("region", region.value, "config-file", configuration.configFileSetting)
        // aws-cli attributes everything beyond the environment and the config file to the
        // instance metadata service, `--region` included.
        case .argument, .instanceMetadata: row("region", region.value, "imds", "")
        }
    }

    /// `'%10s %24s %16s    %s\n'`.
    func row(_ name: String, _ value: String, _ type: String, _ location: String) {
        context.output.out(Self.right(name, 10) + " " + Self.right(value, 24) + " " + Self.right(type, 16) + "    "
                           + location + "\n")
    }

    static func right(_ text: String, _ width: Int) -> String {
        let count = text.unicodeScalars.count
        return count >= width ? text : String(repeating: " ", count: width - count) + text
    }

    /// `'*' * 16 + value[-4:]`.
    static func masked(_ value: String) -> String {
        String(repeating: "*", count: 16) + String(value.unicodeScalars.suffix(4).map(Character.init))
    }
}
