import LineTools
import ToolIO

/// `grep [-v -i -c -n -E -F -w -o -q -m N -A N -B N -C N -e PATTERN…] PATTERN [FILE…]`, matching
/// lines as GNU grep does (basic regular expressions unless `-E`), with lines of context around
/// them when asked (`kubectl describe pod web | grep -A5 Events`).
enum Grep {
    static let usage = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information."

    static let run: @Sendable (inout BuiltinContext) -> Void = { context in
        var invert = false, ignoreCase = false, count = false, numbers = false
        var extended = false, fixed = false, wholeWord = false, onlyMatching = false, quiet = false
        var contextLines = ContextLines()
        /// `-m N`: stop after N selected lines (the trailing context of the last still prints).
        var maxCount = Int.max
        var pattern: String?
        /// Patterns after the first (`-e A -e B`): a line matches if any one does.
        var morePatterns: [String] = []
        var files: [String] = []
        var arguments = context.arguments[...]
        /// A context length, or nil having said why `text` is not one.
        func contextLength(_ text: String) -> Int? {
            guard let length = Int(text), length >= 0 else {
                context.fail("grep: \(text): invalid context length argument", status: 2)
                return nil
            }
            return length
        }
        while let argument = arguments.first {
            arguments = arguments.dropFirst()
            if argument == "--" {
                // The end of options: what follows is the pattern (unless -e gave one) and files.
                for operand in arguments {
                    if pattern == nil { pattern = operand } else { files.append(operand) }
                }
                arguments = []
            } else if argument == "-e", let next = arguments.first {
                if pattern == nil { pattern = next } else { morePatterns.append(next) }
                arguments = arguments.dropFirst()
            } else if let (which, value) = longContext(argument) {
                guard let length = contextLength(value) else { return }
                contextLines.set(which, length)
            } else if argument.hasPrefix("-"), argument.count > 1,
                argument.dropFirst().first.map({ "vicnEFwoqsmABC".contains($0) }) == true
            {
                var flags = argument.dropFirst()[...]
                while let flag = flags.first {
                    flags = flags.dropFirst()
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
                    case "s": break  // no messages about unreadable files: there are none to make
                    case "m", "A", "B", "C":
                        // The number is the rest of this argument, or the next one.
                        var value = String(flags)
                        flags = ""
                        if value.isEmpty {
                            guard let next = arguments.first else {
                                context.fail("grep: option requires an argument -- '\(flag)'\n\(usage)", status: 2)
                                return
                            }
                            value = next
                            arguments = arguments.dropFirst()
                        }
                        if flag == "m" {
                            guard let number = Int(value) else {
                                context.fail("grep: invalid max count", status: 2)
                                return
                            }
                            // A negative count means no limit, as in GNU grep 3.8.
                            maxCount = number < 0 ? Int.max : number
                            continue
                        }
                        guard let length = contextLength(value) else { return }
                        contextLines.set(flag, length)
                    default:
                        context.fail("grep: invalid option -- '\(flag)'\n\(usage)", status: 2)
                        return
                    }
                }
            } else if argument.hasPrefix("-"), argument.count > 1, pattern == nil {
                context.fail("grep: invalid option -- '\(argument.dropFirst().first ?? " ")'\n\(usage)", status: 2)
                return
            } else if pattern == nil {
                pattern = argument
            } else {
                files.append(argument)
            }
        }
        guard let pattern else {
            context.fail(usage, status: 2)
            return
        }
        let sources = ([pattern] + morePatterns).map { fixed ? escapeRegex($0) : (extended ? $0 : basicToExtended($0)) }
        var source = sources.count == 1 ? sources[0] : sources.map { "(?:\($0))" }.joined(separator: "|")
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
        let literal = ignoreCase || wholeWord || onlyMatching || !morePatterns.isEmpty
            ? nil : literalBytes(pattern, fixed: fixed, extended: extended)
        func found(_ line: Substring) -> Bool {
            if let literal, line.utf8.allSatisfy({ $0 < 0x80 }) { return contains(line.utf8, literal) }
            return (try? matcher.firstMatch(in: String(line))) != nil
        }
        var total = 0
        let (after, before) = (contextLines.after, contextLines.before)
        let inputs = context.inputs(files, command: "grep")
        let showNames = inputs.count > 1
        // Where the last line printed came from, so groups that do not run on are set apart
        // by `--`, as GNU grep sets them (across files too).
        var lastPrinted: (input: Int, line: Int)?
        for (inputIndex, input) in inputs.enumerated() {
            var matched = 0
            var afterLeft = 0
            let all = splitLines(input.text)
            /// A selected line (`:` after its name and number) or a line of context (`-`).
            func emit(_ index: Int, selected: Bool) {
                let separator = selected ? ":" : "-"
                if let last = lastPrinted, contextLines.asked, last.input != inputIndex || last.line < index - 1 {
                    context.out("--\n")
                }
                lastPrinted = (inputIndex, index)
                let text = String(all[index])
                let prefix = (showNames ? "\(input.name ?? "(standard input)")\(separator)" : "")
                    + (numbers ? "\(index + 1)\(separator)" : "")
                if selected && onlyMatching && !invert {
                    for match in text.matches(of: matcher) { context.out(prefix + String(text[match.range]) + "\n") }
                } else {
                    context.out(prefix + text + "\n")
                }
            }
            for index in all.indices {
                if matched >= maxCount {
                    // Done selecting: only the last match's trailing context is left to print.
                    guard afterLeft > 0, !onlyMatching, !count, !quiet else { break }
                    emit(index, selected: false)
                    afterLeft -= 1
                    continue
                }
                guard found(all[index]) != invert else {
                    if afterLeft > 0, !onlyMatching {
                        emit(index, selected: false)
                        afterLeft -= 1
                    }
                    continue
                }
                matched += 1
                if count || quiet { continue }
                if before > 0, !onlyMatching {
                    let printedHere = lastPrinted.flatMap { $0.input == inputIndex ? $0.line : nil } ?? -1
                    for earlier in max(index - before, printedHere + 1)..<index { emit(earlier, selected: false) }
                }
                emit(index, selected: true)
                afterLeft = after
            }
            if count { context.out((showNames ? "\(input.name ?? ""):" : "") + "\(matched)\n") }
            total += matched
        }
        if context.output.status == 0 { context.output.status = total > 0 ? 0 : 1 }
    }

    /// How many lines to print after and before each selected line.
    struct ContextLines {
        var after = 0
        var before = 0
        /// Asked for at all, even as 0: GNU grep then sets groups apart with `--`.
        var asked = false

        /// `-A` sets the lines after, `-B` those before, `-C` both.
        mutating func set(_ which: Character, _ length: Int) {
            if which != "B" { after = length }
            if which != "A" { before = length }
            asked = true
        }
    }

    /// `--after-context=N`, `--before-context=N` or `--context=N`: as `A`, `B` or `C`, and N.
    static func longContext(_ argument: String) -> (Character, String)? {
        for (option, which) in [("--after-context=", "A"), ("--before-context=", "B"), ("--context=", "C")] as [(String, Character)]
        where argument.hasPrefix(option) {
            return (which, String(argument.dropFirst(option.count)))
        }
        return nil
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
