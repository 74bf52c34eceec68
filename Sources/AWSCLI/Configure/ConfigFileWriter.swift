import ToolIO

/// How `aws configure set` edits a config file: the named section's line for the key is
/// replaced in place, or the key is added after the section's last setting, or the section is
/// appended; everything else (comments, order, spacing) is left as it was. The file and its
/// directory are created when missing.
struct ConfigFileWriter {
    /// A value to write: text, or a nested block (`s3.addressing_style` → `s3 =` then an
    /// indented `addressing_style = …`).
    enum NewValue {
        case text(String)
        case nested(String, String)
    }

    let fileSystem: FileSystem

    func update(section: String, key: String, value: NewValue, path: String) throws(FileSystemError) {
        try update(section: section, values: [(key, value)], path: path)
    }

    /// `ConfigFileWriter.update_config`: several settings of one section at once (none still
    /// creates the file and the section, as `aws configure` does).
    func update(section: String, values: [(key: String, value: NewValue)], path: String) throws(FileSystemError) {
        guard fileSystem.exists(path), !fileSystem.isDirectory(path) else {
            try createFile(path)
            try appendSection(section, values: values, path: path)
            return
        }
        let text = try fileSystem.readText(path)
        var lines = Self.readLines(text)
        guard let start = findSection(lines, section) else {
            try appendSection(section, values: values, path: path)
            return
        }
        updateSection(&lines, start: start, values: values)
        try fileSystem.writeFile(path, Array(lines.joined().utf8), append: false)
    }

    private func createFile(_ path: String) throws(FileSystemError) {
        let absolute = fileSystem.absolute(path)
        var directory = ""
        for component in absolute.split(separator: "/").dropLast() {
            directory += "/" + component
            if !fileSystem.exists(directory) { try fileSystem.makeDirectory(directory) }
        }
        try fileSystem.writeFile(path, [], append: false)
    }

    private func appendSection(_ section: String, values: [(key: String, value: NewValue)], path: String)
        throws(FileSystemError)
    {
        let existing = try fileSystem.readFile(path)
        var text = existing.isEmpty || existing.last == UInt8(ascii: "\n") ? "" : "\n"
        text += "[\(section)]\n" + Self.render(values, indent: "")
        try fileSystem.writeFile(path, Array(text.utf8), append: true)
    }

    private static func render(_ values: [(key: String, value: NewValue)], indent: String) -> String {
        values.map { render(key: $0.key, value: $0.value, indent: indent) }.joined()
    }

    private static func render(key: String, value: NewValue, indent: String) -> String {
        switch value {
        case .text(let text): return "\(indent)\(key) = \(text)\n"
        case .nested(let subkey, let text): return "\(indent)\(key) =\n\(indent)    \(subkey) = \(text)\n"
        }
    }

    /// Python's `readlines()`: lines with their `\n`.
    static func readLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == "\n" || character == "\r\n" {
                lines.append(current)
                current = ""
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// `^\s*\[(?P<header>[^]]+)\]`: the header, if the line starts a section.
    static func sectionHeader(_ line: String) -> (header: String, whole: String)? {
        let body = line.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard body.first == "[" else { return nil }
        let rest = body.dropFirst()
        guard let close = rest.firstIndex(of: "]"), close > rest.startIndex else { return nil }
        let header = String(rest[..<close])
        return (header, "[" + header + "]")
    }

    /// `(?P<option>[^:=][^:=]*)\s*(?P<vi>[:=])\s*(?P<value>.*)$` searched in the line: the
    /// option text (unstripped) when the line sets something.
    static func optionName(_ line: String) -> String? {
        let characters = Array(line)
        let isDelimiter: (Character) -> Bool = { $0 == ":" || $0 == "=" }
        guard let delimiter = characters.indices.first(where: { i in
            isDelimiter(characters[i]) && i > 0 && !isDelimiter(characters[i - 1])
        }) else { return nil }
        var start = delimiter
        while start > 0, !isDelimiter(characters[start - 1]) { start -= 1 }
        guard !characters[start..<delimiter].contains("\n") else { return nil }
        return String(characters[start..<delimiter])
    }

    private func findSection(_ lines: [String], _ section: String) -> Int? {
        lines.indices.first { i in
            let stripped = lines[i].trimmingWhitespace
            if stripped.hasPrefix("#") || stripped.hasPrefix(";") { return false }
            guard let header = Self.sectionHeader(lines[i]) else { return false }
            return Self.matches(header.whole, section)
        }
    }

    private static func matches(_ whole: String, _ section: String) -> Bool {
        if whole == "[\(section)]" { return true }
        let parts = section.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count > 1 else { return false }
        return whole == "[\(parts[0]) \"\(parts.dropFirst().joined(separator: " "))\"]"
    }

    private static func indentation(_ option: String) -> Int {
        option.count - option.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }.count
    }

    private func updateSection(_ lines: inout [String], start: Int, values: [(key: String, value: NewValue)]) {
        var pending = values
        var lastMatching = start
        var j = start + 1
        while j < lines.count {
            let line = lines[j]
            if Self.sectionHeader(line) != nil {
                lines.insert(Self.render(pending, indent: ""), at: lastMatching + 1)
                return
            }
            if let option = Self.optionName(line) {
                lastMatching = j
                let key = option.trimmingWhitespace
                if let index = pending.firstIndex(where: { $0.key == key }) {
                    switch pending[index].value {
                    case .text(let text):
                        lines[j] = "\(key) = \(text)\n"
                        pending.remove(at: index)
                    case .nested(let subkey, let text):
                        updateSubattributes(&lines, index: j, subkey: subkey, text: text,
                                            startingIndent: Self.indentation(option))
                        return
                    }
                }
            }
            j += 1
        }
        guard !pending.isEmpty else { return }
        if let last = lines.last, !last.hasSuffix("\n") { lines.append("\n") }
        // aws-cli inserts two lines after the last setting here (`list.insert` clamps), so a
        // blank line or comment that follows the section's last setting stays above the new one.
        lines.insert(Self.render(pending, indent: ""), at: min(lastMatching + 2, lines.count))
    }

    /// `_update_subattributes`: replace or add `subkey` in the block under line `index`.
    private func updateSubattributes(_ lines: inout [String], index: Int, subkey: String, text: String, startingIndent: Int) {
        var pending = true
        var currentIndent = startingIndent
        var i = index + 1
        while i < lines.count {
            let line = lines[i]
            if let option = Self.optionName(line) {
                currentIndent = Self.indentation(option)
                if pending, option.trimmingWhitespace == subkey {
                    lines[i] = String(repeating: " ", count: currentIndent) + "\(subkey) = \(text)\n"
                    pending = false
                }
            }
            if startingIndent == currentIndent || Self.sectionHeader(line) != nil {
                if pending { lines.insert("    \(subkey) = \(text)\n", at: i) }
                return
            }
            i += 1
        }
        if pending, startingIndent != currentIndent { lines.insert("    \(subkey) = \(text)\n", at: lines.count) }
    }
}
