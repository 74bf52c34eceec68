extension ConfigureCommand {
    /// `configure get`: a value of the profile (or a dotted path into the configuration).
    func get(_ varname: String) throws(AWSCLIError) {
        let value: ConfigFile.Value?
        if !varname.contains(".") {
            value = try context.configuration.scopedConfig().first { $0.key == varname }?.value
        } else {
            value = try dottedValue(varname)
        }
        switch value {
        case .text(let text)?:
            context.output.out(text + "\n")
        case .section?:
            context.output.err("varname (\(varname)) must reference a value, not a section or sub-section.")
            context.output.status = 1
        case nil:
            context.output.status = 1
        }
    }

    func dottedValue(_ varname: String) throws(AWSCLIError) -> ConfigFile.Value? {
        let parts = varname.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let profiles = try context.configuration.profiles()
        func setting(_ profile: String, _ key: String) -> ConfigFile.Value? {
            profiles.first { $0.name == profile }?.settings.first { $0.key == key }?.value
        }
        if parts.count == 2, "plugins".contains(parts[0]) {
            let section = try context.configuration.configFile()?.section(parts[0])
            return section?.first { $0.key == parts[1] }?.value ?? setting(parts[0], parts[1])
        }
        let profile: String
        let name: String
        var remaining: [String]
        if parts[0] == "profile" {
            // aws-cli indexes past the end for `profile.NAME` (an IndexError it does not catch).
            guard parts.count >= 3 else { throw .general("list index out of range") }
            profile = parts[1]
            name = parts[2]
            remaining = Array(parts.dropFirst(3))
        } else if parts[0] == "default" || profiles.contains(where: { $0.name == parts[0] }) {
            profile = parts[0]
            name = parts[1]
            remaining = Array(parts.dropFirst(2))
        } else {
            profile = context.configuration.namedProfile?.name ?? "default"
            name = parts[0]
            remaining = Array(parts.dropFirst())
        }
        var value = setting(profile, name)
        if remaining.count == 1 {
            if case .section(let entries)? = value, let last = remaining.last {
                value = entries.first { $0.0 == last }.map { .text($0.1) }
            } else {
                value = nil
            }
        }
        return value
    }
}
