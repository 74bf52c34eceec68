/// An AWS shared config or credentials file (`~/.aws/config`, `~/.aws/credentials`), read as
/// botocore reads them: Python's `RawConfigParser` (keys lower-cased, `=` or `:`, whole-line
/// `#`/`;` comments, indented continuation lines), then indented `key = value` blocks turned
/// into nested settings (`s3 =` / `  addressing_style = path`).
struct ConfigFile: Equatable {
    /// A setting's value: text, or a nested block of settings.
    enum Value: Equatable {
        case text(String)
        case section([(String, String)])

        static func == (lhs: Value, rhs: Value) -> Bool {
            switch (lhs, rhs) {
            case let (.text(a), .text(b)): return a == b
            case let (.section(a), .section(b)): return a.map { [$0.0, $0.1] } == b.map { [$0.0, $0.1] }
            default: return false
            }
        }

        var text: String? {
            if case .text(let s) = self { return s }
            return nil
        }
    }

    /// Sections in file order, each with its settings in file order.
    var sections: [(name: String, settings: [(key: String, value: Value)])] = []

    static func == (lhs: ConfigFile, rhs: ConfigFile) -> Bool {
        lhs.sections.map(\.name) == rhs.sections.map(\.name)
            && zip(lhs.sections, rhs.sections).allSatisfy { a, b in
                a.settings.map(\.key) == b.settings.map(\.key) && zip(a.settings, b.settings).allSatisfy { $0.value == $1.value }
            }
    }

    /// `configparser` failures; botocore reports them as `Unable to parse config file: <path>`.
    struct ParseError: Error, Equatable {}

    func section(_ name: String) -> [(key: String, value: Value)]? {
        sections.first { $0.name == name }?.settings
    }

    init() {}

    init(parsing text: String) throws(ParseError) {
        var current: Int?
        var lastKey: (section: Int, setting: Int, indent: Int)?
        for rawLine in Self.lines(text) {
            let stripped = rawLine.trimmingWhitespace
            let indent = rawLine.prefix { $0 == " " || $0 == "\t" }.count
            if stripped.isEmpty || stripped.hasPrefix("#") || stripped.hasPrefix(";") {
                if stripped.isEmpty, let key = lastKey { appendContinuation("", to: key) }
                continue
            }
            if let key = lastKey, indent > key.indent {
                appendContinuation(stripped, to: key)
                continue
            }
            if stripped.hasPrefix("["), let close = stripped.lastIndex(of: "]"), close > stripped.startIndex {
                let name = String(stripped[stripped.index(after: stripped.startIndex)..<close])
                guard !name.isEmpty else { throw ParseError() }
                if sections.contains(where: { $0.name == name }) { throw ParseError() }
                sections.append((name, []))
                current = sections.count - 1
                lastKey = nil
                continue
            }
            guard let section = current else { throw ParseError() }
            guard let delimiter = stripped.firstIndex(where: { $0 == "=" || $0 == ":" }) else { throw ParseError() }
            let key = String(stripped[..<delimiter]).trimmingWhitespace.lowercased()
            let value = String(stripped[stripped.index(after: delimiter)...]).trimmingWhitespace
            guard !key.isEmpty else { throw ParseError() }
            if sections[section].settings.contains(where: { $0.key == key }) { throw ParseError() }
            sections[section].settings.append((key, .text(value)))
            lastKey = (section, sections[section].settings.count - 1, indent)
        }
        // Trailing empty continuation lines are dropped; a value that starts on the next line
        // is a nested block.
        for s in sections.indices {
            for k in sections[s].settings.indices {
                guard case .text(var value) = sections[s].settings[k].value else { continue }
                while value.hasSuffix("\n") { value.removeLast() }
                if value.hasPrefix("\n") {
                    sections[s].settings[k].value = .section(Self.nested(value))
                } else {
                    sections[s].settings[k].value = .text(value)
                }
            }
        }
    }

    private mutating func appendContinuation(_ text: String, to key: (section: Int, setting: Int, indent: Int)) {
        guard case .text(let value) = sections[key.section].settings[key.setting].value else { return }
        sections[key.section].settings[key.setting].value = .text(value + "\n" + text)
    }

    /// botocore's `_parse_nested`: `key = value` lines of an indented block.
    private static func nested(_ block: String) -> [(String, String)] {
        var result: [(String, String)] = []
        for line in block.split(separator: "\n") {
            let trimmed = line.trimmingWhitespace
            guard let equals = trimmed.firstIndex(of: "=") else { continue }
            let key = String(trimmed[..<equals]).trimmingWhitespace
            let value = String(trimmed[trimmed.index(after: equals)...]).trimmingWhitespace
            result.removeAll { $0.0 == key }
            result.append((key, value))
        }
        return result
    }

    /// Python's `str.splitlines()` for the line endings a text file has.
    static func lines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var previousWasCR = false
        for character in text {
            if character == "\r\n" || character == "\n" || character == "\r" {
                if !(previousWasCR && character == "\n") { lines.append(current) }
                current = ""
                previousWasCR = character == "\r"
                continue
            }
            previousWasCR = false
            current.append(character)
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

extension StringProtocol {
    /// Python's `str.strip()` for the whitespace config files contain.
    var trimmingWhitespace: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0B}" || $0 == "\u{0C}" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
