import ContainerImages
import ToolIO

extension ShellSession {
    /// Expands a word into fields: variables and command substitutions, with the results of
    /// unquoted expansions split on whitespace, and `~` at the start of a word.
    func expand(_ word: Word, into output: inout ToolOutput) -> [String] {
        var fields: [String] = []
        var current = ""
        var hasContent = false
        for (index, part) in word.parts.enumerated() {
            switch part {
            case .literal(var text):
                if index == 0, text == "~" || text.hasPrefix("~/") {
                    text = (variables["HOME"] ?? fileSystem.homeDirectory) + text.dropFirst()
                }
                current += text
                hasContent = true
            case .singleQuoted(let text):
                current += text
                hasContent = true
            case .doubleQuoted(let inner):
                current += expandQuoted(inner, into: &output)
                hasContent = true
            case .variable(let name):
                splitInto(&fields, &current, &hasContent, value(of: name, into: &output))
            case .commandSubstitution(let text):
                splitInto(&fields, &current, &hasContent, substitute(text, into: &output))
            case .arithmetic(let expression):
                splitInto(&fields, &current, &hasContent, arithmetic(expression, into: &output))
            }
        }
        if hasContent { fields.append(current) }
        return fields
    }

    /// Unquoted expansion results split on blanks and newlines; the first piece joins the text
    /// before it and the last piece the text after it.
    /// Splitting goes by bytes, as bash's does: a CRLF line end splits after its "\r", which
    /// the field keeps.
    private func splitInto(_ fields: inout [String], _ current: inout String, _ hasContent: inout Bool, _ value: String) {
        let isBlank = { (byte: UInt8) in byte == 32 || byte == 9 || byte == 10 }
        let pieces = value.utf8.split(whereSeparator: isBlank).map { String(Substring($0)) }
        guard !pieces.isEmpty else { return }
        let startsWithBlank = value.utf8.first.map(isBlank) ?? false
        let endsWithBlank = value.utf8.last.map(isBlank) ?? false
        for (i, piece) in pieces.enumerated() {
            if i == 0 && !startsWithBlank {
                current += piece
                hasContent = true
            } else {
                if hasContent { fields.append(current) }
                current = piece
                hasContent = true
            }
        }
        if endsWithBlank {
            fields.append(current)
            current = ""
            hasContent = false
        }
    }

    func expandQuoted(_ parts: [WordPart], into output: inout ToolOutput) -> String {
        var text = ""
        for part in parts {
            switch part {
            case .literal(let s), .singleQuoted(let s): text += s
            case .doubleQuoted(let inner): text += expandQuoted(inner, into: &output)
            case .variable(let name): text += value(of: name, into: &output)
            case .commandSubstitution(let inner): text += substitute(inner, into: &output)
            case .arithmetic(let expression): text += arithmetic(expression, into: &output)
            }
        }
        return text
    }

    /// `$((…))`: the expression's value, after its own `$VAR`s and `$(…)`s are expanded, as
    /// bash does; assignments in it (`$((i += 1))`) set the variables. On an error the command
    /// does not run (`expansionFailed`).
    func arithmetic(_ expression: String, into output: inout ToolOutput) -> String {
        let text = expandHeredoc(expression, into: &output)
        let variables = self.variables
        switch ShellArithmetic.evaluate(text, dialect: .bash, lookup: { variables[$0] }) {
        case .success(let outcome):
            for (name, value) in outcome.assignments { self.variables[name] = String(value) }
            return String(outcome.value)
        case .failure(let failure):
            output.err("shipyard: \(failure.message)\n")
            expansionFailed = true
            return ""
        }
    }

    /// A word expanded without field splitting (assignments, redirection targets).
    func expandJoined(_ word: Word, into output: inout ToolOutput) -> String {
        var text = ""
        for (index, part) in word.parts.enumerated() {
            switch part {
            case .literal(var s):
                if index == 0, s == "~" || s.hasPrefix("~/") {
                    s = (variables["HOME"] ?? fileSystem.homeDirectory) + s.dropFirst()
                }
                text += s
            default: text += expandQuoted([part], into: &output)
            }
        }
        return text
    }

    func value(of name: String, into output: inout ToolOutput) -> String {
        if let (base, op, word) = ShellParser.parameterOperator(name) {
            return value(of: base, op, word, into: &output)
        }
        switch name {
        case "?": return String(lastStatus)
        case "$": return String(JobTable.shellPID)
        case "!": return jobs.lastPID.map(String.init) ?? ""
        case "#": return "0"
        case "0": return "shipyard"
        // `${#name}`: characters as bash counts them in a UTF-8 locale (code points).
        case _ where name.hasPrefix("#"): return String((variables[String(name.dropFirst())] ?? "").unicodeScalars.count)
        default: return variables[name] ?? ""
        }
    }

    /// `${NAME:-WORD}` and its kin, as bash expands them; `:` counts an empty value as unset.
    private func value(of name: String, _ op: String, _ word: String, into output: inout ToolOutput) -> String {
        let current = variables[name]
        let missing = op.hasPrefix(":") ? (current ?? "").isEmpty : current == nil
        switch op.last {
        case "-": return missing ? expandHeredoc(word, into: &output) : current ?? ""
        case "=":
            if missing { variables[name] = expandHeredoc(word, into: &output) }
            return variables[name] ?? ""
        case "+": return missing ? "" : expandHeredoc(word, into: &output)
        default:
            guard missing else { return current ?? "" }
            let message = word.isEmpty ? "parameter null or not set" : expandHeredoc(word, into: &output)
            output.err("shipyard: \(name): \(message)\n")
            expansionFailed = true
            return ""
        }
    }

    /// `$(…)`: runs the inner command line and takes its output, minus trailing newlines.
    /// Its standard error reaches the learner as usual.
    func substitute(_ text: String, into output: inout ToolOutput) -> String {
        guard substitutionDepth < 16 else {
            output.err("shipyard: command substitution nested too deeply\n")
            return ""
        }
        substitutionDepth += 1
        defer { substitutionDepth -= 1 }
        let result: ToolOutput
        switch ShellParser.parse(text) {
        case .complete(let script): result = run(script)
        case .incomplete:
            result = .failure("shipyard: unexpected EOF while looking for matching `)'\n", status: 2)
        case .syntaxError(let message): result = .failure("shipyard: \(message)\n", status: 2)
        }
        output.err(result.stderr)
        lastStatus = result.status
        // Trailing newline bytes go, as bash drops them (a CRLF end keeps its carriage return).
        var captured = result.stdout.utf8[...]
        while captured.last == 10 { captured = captured.dropLast() }
        return String(Substring(captured))
    }

    /// A here-document body with `$VAR`, `${VAR}`, `$?`, `$(…)` and backquotes expanded
    /// (the delimiter was unquoted); `\$`, `\``, `\\` escape.
    func expandHeredoc(_ body: String, into output: inout ToolOutput) -> String {
        let chars = Array(body)
        var result = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count, "$`\\".contains(chars[i + 1]) {
                result.append(chars[i + 1])
                i += 2
                continue
            }
            if c == "`", let close = chars[(i + 1)...].firstIndex(of: "`") {
                result += substitute(String(chars[(i + 1)..<close]), into: &output)
                i = close + 1
                continue
            }
            guard c == "$", i + 1 < chars.count else {
                result.append(c)
                i += 1
                continue
            }
            let next = chars[i + 1]
            if next == "(" {
                var depth = 0
                var j = i + 1
                while j < chars.count {
                    if chars[j] == "(" { depth += 1 }
                    if chars[j] == ")" {
                        depth -= 1
                        if depth == 0 { break }
                    }
                    j += 1
                }
                guard j < chars.count else {
                    result.append(c)
                    i += 1
                    continue
                }
                result += substitute(String(chars[(i + 2)..<j]), into: &output)
                i = j + 1
            } else if next == "{", let close = chars[(i + 2)...].firstIndex(of: "}") {
                result += value(of: String(chars[(i + 2)..<close]), into: &output)
                i = close + 1
            } else if next == "?" || next == "$" {
                result += value(of: String(next), into: &output)
                i += 2
            } else if next.isLetter || next == "_" {
                var j = i + 1
                while j < chars.count, chars[j].isASCII, chars[j].isLetter || chars[j].isNumber || chars[j] == "_" { j += 1 }
                result += value(of: String(chars[(i + 1)..<j]), into: &output)
                i = j
            } else {
                result.append(c)
                i += 1
            }
        }
        return result
    }
}
