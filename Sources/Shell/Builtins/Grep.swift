import ToolIO

/// `grep [-v -i -c -n -E -F -w -o -e PATTERN] PATTERN [FILE…]`, matching lines as GNU grep
/// does (basic regular expressions unless `-E`).
enum Grep {
    static let run: @Sendable (inout BuiltinContext) -> Void = { context in
        var invert = false, ignoreCase = false, count = false, numbers = false
        var extended = false, fixed = false, wholeWord = false, onlyMatching = false, quiet = false
        var pattern: String?
        var files: [String] = []
        var arguments = context.arguments[...]
        while let argument = arguments.first {
            arguments = arguments.dropFirst()
            if argument == "-e", let next = arguments.first {
                pattern = next
                arguments = arguments.dropFirst()
            } else if argument.hasPrefix("-"), argument.count > 1, pattern == nil || !files.isEmpty || true,
                argument.dropFirst().allSatisfy({ "vicnEFwoqs".contains($0) })
            {
                for flag in argument.dropFirst() {
                    switch flag {
                    case "v": invert = true
                    case "i": ignoreCase = true
                    case "c": count = true
                    case "n": numbers = true
                    case "E": extended = true
                    case "F": fixed = true
                    case "w": wholeWord = true
                    case "o": onlyMatching = true
                    case "q": quiet = true
                    default: break
                    }
                }
            } else if argument.hasPrefix("-"), argument.count > 1, pattern == nil {
                context.fail("grep: invalid option -- '\(argument.dropFirst().first ?? " ")'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.", status: 2)
                return
            } else if pattern == nil {
                pattern = argument
            } else {
                files.append(argument)
            }
        }
        guard let pattern else {
            context.fail("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.", status: 2)
            return
        }
        var source = fixed ? escapeRegex(pattern) : (extended ? pattern : basicToExtended(pattern))
        if wholeWord { source = "\\b(?:\(source))\\b" }
        let regex: Regex<AnyRegexOutput>
        do {
            regex = try Regex(source)
        } catch {
            context.fail("grep: Invalid regular expression", status: 2)
            return
        }
        let matcher = ignoreCase ? regex.ignoresCase() : regex
        // A pattern with no operators is a plain substring: on ASCII lines a byte search
        // finds exactly what the regex would, much faster (`kubectl get pods | grep -c
        // Running` over 150,000 lines).
        let literal = ignoreCase || wholeWord || onlyMatching ? nil : literalBytes(pattern, fixed: fixed, extended: extended)
        func found(_ line: Substring) -> Bool {
            if let literal, line.utf8.allSatisfy({ $0 < 0x80 }) { return contains(line.utf8, literal) }
            return (try? matcher.firstMatch(in: String(line))) != nil
        }
        var total = 0
        let inputs = context.inputs(files, command: "grep")
        let showNames = inputs.count > 1
        for input in inputs {
            var matched = 0
            for (index, line) in lines(input.text).enumerated() {
                guard found(line) != invert else { continue }
                matched += 1
                if count || quiet { continue }
                let text = String(line)
                let prefix = (showNames ? "\(input.name ?? "(standard input)"):" : "") + (numbers ? "\(index + 1):" : "")
                if onlyMatching && !invert {
                    for match in text.matches(of: matcher) { context.out(prefix + String(text[match.range]) + "\n") }
                } else {
                    context.out(prefix + text + "\n")
                }
            }
            if count { context.out((showNames ? "\(input.name ?? ""):" : "") + "\(matched)\n") }
            total += matched
        }
        if context.output.status == 0 { context.output.status = total > 0 ? 0 : 1 }
    }

    /// The pattern's bytes when it matches only itself: printable ASCII, and no character
    /// that is an operator in its syntax (`-F` has none).
    static func literalBytes(_ pattern: String, fixed: Bool, extended: Bool) -> [UInt8]? {
        let bytes = Array(pattern.utf8)
        guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        if fixed { return bytes }
        let operators: String = extended ? "\\.[]*^$+?(){}|" : "\\.[]*^$"
        return bytes.contains(where: { operators.utf8.contains($0) }) ? nil : bytes
    }

    /// Whether `needle` occurs in `haystack`, byte for byte.
    static func contains(_ haystack: Substring.UTF8View, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        var index = haystack.startIndex
        while let start = haystack[index...].firstIndex(of: first) {
            if haystack[start...].starts(with: needle) { return true }
            index = haystack.index(after: start)
        }
        return false
    }

    static func escapeRegex(_ text: String) -> String {
        var out = ""
        for c in text {
            if "\\^$.|?*+()[]{}".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// Basic regular expressions: `\(`, `\)`, `\{`, `\}`, `\|`, `\+`, `\?` are operators and the
    /// bare characters are literal — the reverse of extended syntax.
    static func basicToExtended(_ pattern: String) -> String {
        var out = ""
        var chars = Array(pattern)[...]
        var inBracket = false
        while let c = chars.first {
            chars = chars.dropFirst()
            if inBracket {
                out.append(c)
                if c == "]" { inBracket = false }
                continue
            }
            if c == "[" {
                inBracket = true
                out.append(c)
                if chars.first == "]" {
                    out.append("]")
                    chars = chars.dropFirst()
                }
                continue
            }
            if c == "\\", let next = chars.first {
                chars = chars.dropFirst()
                if "(){}|+?".contains(next) { out.append(next) } else { out.append("\\"); out.append(next) }
                continue
            }
            if "(){}|+?".contains(c) {
                out.append("\\")
            }
            out.append(c)
        }
        return out
    }
}
