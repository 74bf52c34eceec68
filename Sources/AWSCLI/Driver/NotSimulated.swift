/// Commands aws-cli has that Shipyard does not simulate say so plainly, in one line, and name
/// what is simulated.
enum NotSimulated {
    static func command(_ words: [String]) -> AWSCLIError {
        .general("Shipyard does not simulate `aws \(words.joined(separator: " "))`; it simulates "
                 + ServiceCatalog.simulatedCommands.map { "`aws \($0)`" }.joined(separator: ", ") + ".")
    }
}
