/// The environment a shell session starts with: the learner's own, minus what would connect
/// the simulated tools to real accounts and clusters, plus where the simulated `aws` keeps its
/// configuration — never the learner's real `~/.aws`, which `aws configure set` would rewrite.
enum SimulatedEnvironment {
    static func from(_ real: [String: String]) -> [String: String] {
        var environment = real.filter { key, _ in !key.hasPrefix("AWS_") && key != "KUBECONFIG" }
        let data = real["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (real["HOME"] ?? ".") + "/.local/share"
        environment["AWS_CONFIG_FILE"] = data + "/shipyard/aws/config"
        environment["AWS_SHARED_CREDENTIALS_FILE"] = data + "/shipyard/aws/credentials"
        return environment
    }
}
