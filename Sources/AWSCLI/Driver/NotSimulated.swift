/// Commands aws-cli has that Shipyard does not simulate say so plainly, in one line: a service
/// names the services that are simulated; a command of a simulated service just says it is not.
enum NotSimulated {
    static func command(_ words: [String]) -> AWSCLIError {
        let command = "`aws \(words.joined(separator: " "))`"
        guard words.count == 1 else { return .general("Shipyard does not simulate \(command) yet.") }
        return .general("Shipyard does not simulate \(command); it simulates "
                        + ServiceCatalog.simulatedCommands.map { "`aws \($0)`" }.joined(separator: ", ") + ".")
    }
}
