/// Splitting command lines into words as `shlex` (and, for `sh -c`, a POSIX shell) does:
/// single quotes keep everything, double quotes keep all but `$` expansions and `\`
/// escapes, and outside quotes whitespace separates words.
enum ShellWords {
    enum Connector { case always, and, or }

    struct Statement {
        var text: String
        /// The commands after `|`, each reading what the one before printed.
        var piped: [String] = []
        var connector: Connector
        /// `> FILE` or `>> FILE` after the command: where its output goes instead.
        var redirect: (target: String, append: Bool)? = nil
        /// What ended it — `;`, a newline, `&&`, `||`, or "" at the end of the script — and the
        /// line it ended on: what dash's syntax errors name.
        var terminator = ""
        var line = 1
    }

    /// The words of `text`, expanding `$NAME` and `${NAME}` with `expand` (none when nil);
    /// nil on an unterminated quote.
    static func split(_ text: String, expand: ((String) -> String)?) -> [String]? {
        var words: [String] = []
        var current = ""
        var inWord = false
        var characters = Array(text)[...]
        func variable() -> String? {
            guard let expand else { return nil }
            if characters.first == "{" {
                guard let close = characters.firstIndex(of: "}") else { return nil }
                let inside = String(characters[characters.index(after: characters.startIndex)..<close])
                characters = characters[characters.index(after: close)...]
                return parameter(inside, expand)
            }
            if characters.first == "?" {
                characters = characters.dropFirst()
                return expand("?")
            }
            let name = characters.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            guard !name.isEmpty else { return nil }
            characters = characters.dropFirst(name.count)
            return expand(String(name))
        }
        while let character = characters.popFirst() {
            switch character {
            case " ", "\t", "\n":
                if inWord { words.append(current) }
                current = ""
                inWord = false
            case "'":
                inWord = true
                guard let close = characters.firstIndex(of: "'") else { return nil }
                current += String(characters[..<close])
                characters = characters[characters.index(after: close)...]
            case "\"":
                inWord = true
                var closed = false
                while let inner = characters.popFirst() {
                    if inner == "\"" {
                        closed = true
                        break
                    }
                    if inner == "\\", let next = characters.first, "\"\\$`".contains(next) {
                        current.append(next)
                        characters = characters.dropFirst()
                    } else if inner == "$", let value = variable() {
                        current += value
                    } else {
                        current.append(inner)
                    }
                }
                if !closed { return nil }
            case "\\":
                inWord = true
                if let next = characters.popFirst() { current.append(next) }
            case "$":
                inWord = true
                if let value = variable() { current += value } else { current.append("$") }
            default:
                inWord = true
                current.append(character)
            }
        }
        if inWord { words.append(current) }
        return words
    }

    /// A `sh -c` script as statements joined by `;`, `&&`, `||` and newlines, each a pipeline
    /// of commands joined by `|`, perhaps sending its output to a file (`>`, `>>`); nil when it
    /// uses what Shipyard does not run (input redirections, backquotes, background jobs,
    /// redirections of other file descriptors such as `2>`).
    static func statements(_ script: String) -> [Statement]? {
        var statements: [Statement] = []
        var current = ""
        var connector = Connector.always
        var quote: Character?
        var characters = Array(script)[...]
        /// Where the text being read goes: the command, or the file after `>`.
        var target: String?
        var append = false
        var line = 1
        var segments: [String] = []
        func finish(_ next: Connector, _ terminator: String) {
            let redirect = target.map { (target: $0, append: append) }
            let commands = segments + [current]
            statements.append(Statement(text: commands[0], piped: Array(commands.dropFirst()), connector: connector,
                                        redirect: redirect, terminator: terminator, line: line))
            segments = []
            current = ""
            target = nil
            append = false
            connector = next
        }
        func add(_ character: Character) {
            if target != nil { target?.append(character) } else { current.append(character) }
        }
        while let character = characters.popFirst() {
            if let open = quote {
                add(character)
                if character == open { quote = nil }
                if character == "\\", open == "\"", let next = characters.popFirst() { add(next) }
                continue
            }
            switch character {
            case ">" where target == nil:
                // `2>`, `1>>`: a number right before `>` names a file descriptor.
                let word = current.reversed().prefix { !$0.isWhitespace }
                if !word.isEmpty, word.allSatisfy(\.isNumber) { return nil }
                if characters.first == ">" {
                    characters = characters.dropFirst()
                    append = true
                }
                target = ""
                continue
            case ">":
                return nil
            default:
                break
            }
            switch character {
            case "'", "\"":
                quote = character
                add(character)
            case "\\":
                add(character)
                if let next = characters.popFirst() { add(next) }
            case ";":
                finish(.always, ";")
            case "\n":
                finish(.always, "\n")
                line += 1
            case "&" where characters.first == "&":
                characters = characters.dropFirst()
                finish(.and, "&&")
            case "|" where characters.first == "|":
                characters = characters.dropFirst()
                finish(.or, "||")
            case "|" where target == nil:
                // A pipe: the next command reads this one's output (a `>` before it is not simulated).
                segments.append(current)
                current = ""
            case "|", "&", "<", "`":
                return nil
            case "$" where characters.first == "(":
                // `$(command)` is the command's output and `$((…))` arithmetic, each taken
                // whole here and worked out when the statement runs.
                guard let end = substitutionEnd(characters) else { return nil }
                add("$")
                for inner in characters[..<end] { add(inner) }
                characters = characters[end...]
            default:
                add(character)
            }
        }
        finish(.always, "")
        return statements
    }

    /// What `${INSIDE}` stands for: the variable's value, or with `NAME:-DEFAULT` (and
    /// `NAME-DEFAULT`) the default when the value is empty.
    static func parameter(_ inside: String, _ value: (String) -> String) -> String {
        guard let dash = inside.firstIndex(of: "-") else { return value(inside) }
        let name = inside[..<dash].prefix { $0 != ":" }
        guard isName(name) else { return value(inside) }
        let found = value(String(name))
        return found.isEmpty ? String(inside[inside.index(after: dash)...]) : found
    }

    /// A shell variable's name: a letter or `_`, then letters, digits and `_` (ASCII).
    static func isName(_ text: Substring) -> Bool {
        guard let head = text.first, head.isASCII, head.isLetter || head == "_" else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }

    /// Where the `$(…)` starting at `text`'s `(` ends: just past its `)`, counting the
    /// parentheses and skipping quoted text within it; nil when it never closes.
    static func substitutionEnd(_ text: ArraySlice<Character>) -> ArraySlice<Character>.Index? {
        var depth = 0
        var quote: Character?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "'", "\"": quote = character
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
        }
        return nil
    }
}
