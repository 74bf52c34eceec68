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
        var total = 0
        let inputs = context.inputs(files, command: "grep")
        let showNames = inputs.count > 1
        for input in inputs {
            var matched = 0
            for (index, line) in lines(input.text).enumerated() {
                let text = String(line)
                let found = (try? matcher.firstMatch(in: text)) != nil
                guard found != invert else { continue }
                matched += 1
                if count || quiet { continue }
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
