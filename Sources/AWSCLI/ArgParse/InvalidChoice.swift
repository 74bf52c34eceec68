import AWSArguments

/// aws-cli's "Invalid choice" text: the choices two to a line, each padded to 40 columns and
/// joined by ` | `, then difflib's close matches.
enum InvalidChoice {
    static func message(value: String, choices: [String]) -> String {
        var lines = ["Invalid choice, valid choices are:\n"]
        var index = 0
        while index < choices.count {
            let row = choices[index..<min(index + 2, choices.count)].map { $0.padding(to: 40) }
            lines.append(row.joined(separator: " | "))
            index += 2
        }
        let close = CloseMatches.find(value, in: choices)
        if !close.isEmpty {
            lines.append("\n\nInvalid choice: \(PythonRepr.string(value)), maybe you meant:\n")
            lines.append(contentsOf: close.map { "  * \($0)" })
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// Python's `'%-Ns' % s`: left-justified in `width` code points.
    func padding(to width: Int) -> String {
        let count = unicodeScalars.count
        return count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
