import JSONValue

/// aws-cli v2's shorthand syntax parser (`awscli.shorthand.ShorthandParser`, tag 2.27.0).
///
/// Shorthand is parsed purely syntactically, without the model: `a=b` gives `{"a": "b"}`,
/// `a=b,c` gives `{"a": ["b", "c"]}`, `a=[b]` an explicit list, `a={b=c}` a nested object, all
/// leaves strings. Typing the leaves is a separate step (`ShorthandBackCompat`). The grammar's
/// quirks are kept on purpose because users meet them: a comma list backtracks when the next
/// item turns out to be a key (`a=b,c=d`), whitespace inside bare values is kept but trailing
/// whitespace dropped, `\,` escapes a comma, quotes take `\'`/`\"` and `\\` escapes, and in v2
/// `key@=file://path` loads a value from a file.
///
/// Positions are counted in Unicode scalars, as Python counts `str` indices.
public struct ShorthandParser: Sendable {
    /// Where `@=` values are read from; with `nil`, every `@=file://` names a missing file.
    public var paramFiles: ParamFiles?
    /// Nesting deeper than this fails as Python's recursion limit would. aws-cli's own stack
    /// already uses part of Python's 1000 frames, and each nesting level costs two; 489 levels
    /// of `[` or `{` parse in aws-cli 2.27.0, 490 raise `RecursionError` (measured through
    /// `--network-configuration`).
    public var maximumDepth: Int

    public static let defaultMaximumDepth = 489

    public init(paramFiles: ParamFiles? = nil, maximumDepth: Int = ShorthandParser.defaultMaximumDepth) {
        self.paramFiles = paramFiles
        self.maximumDepth = maximumDepth
    }

    /// Parses `text` into an object whose leaves are strings (bytes from `@=fileb://` become
    /// base64 text).
    public func parse(_ text: String) throws(ShorthandError) -> JSON {
        try parseValue(text).json
    }

    /// Parses `text` into the Python value aws-cli builds (a plain `dict`).
    public func parseValue(_ text: String) throws(ShorthandError) -> PythonValue {
        var state = State(text: text, paramFiles: paramFiles ?? .none, maximumDepth: maximumDepth)
        return .dict(try state.parameter())
    }
}

/// The parser's cursor and the one mutable flag aws-cli keeps across nested values.
private struct State {
    let text: String
    let s: [Unicode.Scalar]
    let paramFiles: ParamFiles
    let maximumDepth: Int
    var index = 0
    /// Set by `@=` and reset by every key, including keys of nested objects, exactly as aws-cli's
    /// single `_should_resolve_paramfiles` attribute behaves.
    var resolveParamFiles = false
    var depth = 0

    init(text: String, paramFiles: ParamFiles, maximumDepth: Int) {
        self.text = text
        self.s = Array(text.unicodeScalars)
        self.paramFiles = paramFiles
        self.maximumDepth = maximumDepth
    }

    var atEOF: Bool { index >= s.count }
    var current: Unicode.Scalar? { index < s.count ? s[index] : nil }

    func syntaxError(_ expected: String, _ actual: String, at position: Int? = nil) -> ShorthandError {
        .syntax(input: text, expected: expected, actual: actual, index: position ?? index)
    }

    // parameter = keyval *("," keyval)
    mutating func parameter() throws(ShorthandError) -> PythonDict {
        var params = PythonDict()
        let (firstKey, firstValue) = try keyValue()
        params[firstKey] = firstValue
        var lastIndex = index
        while index < s.count {
            try expect(",", consumeWhitespace: true)
            let (key, value) = try keyValue()
            if params.contains(key) { throw .duplicateKey(key: key, input: text, index: lastIndex + 1) }
            params[key] = value
            lastIndex = index
        }
        return params
    }

    // keyval = key "=" [values] / key "@=" [file-optional-values]
    mutating func keyValue() throws(ShorthandError) -> (String, PythonValue) {
        let key = self.key()
        try optionalAt()
        try expect("=", consumeWhitespace: true)
        return (key, try values())
    }

    /// `_expect('@', consume_whitespace=True)` inside `try/except`: whitespace is consumed
    /// whether or not the `@` is there.
    mutating func optionalAt() throws(ShorthandError) {
        resolveParamFiles = false
        consumeWhitespace()
        if current == "@" {
            index += 1
            consumeWhitespace()
            resolveParamFiles = true
        }
    }

    mutating func key() -> String {
        let start = index
        while let c = current, ShorthandCharacters.isKeyCharacter(c) { index += 1 }
        return string(start, index)
    }

    // values = csv-list / explicit-list / hash-literal
    mutating func values() throws(ShorthandError) -> PythonValue {
        guard let c = current else { return .str("") }
        if c == "[" { return try explicitList() }
        if c == "{" { return try hashLiteral() }
        return try csvValue()
    }

    mutating func csvValue() throws(ShorthandError) -> PythonValue {
        let first = try firstValue()
        consumeWhitespace()
        if atEOF || s[index] != "," { return first }
        try expect(",", consumeWhitespace: true)
        var list = [first]
        while true {
            do throws(ShorthandError) {
                let item = try secondValue()
                consumeWhitespace()
                if atEOF {
                    list.append(item)
                    break
                }
                try expect(",", consumeWhitespace: true)
                list.append(item)
            } catch {
                // Only a syntax error means "that was the next key, not a list item".
                guard case .syntax = error, !atEOF else { throw error }
                backtrack(to: ",")
                break
            }
        }
        return list.count == 1 ? first : .list(list)
    }

    mutating func explicitList() throws(ShorthandError) -> PythonValue {
        try enter()
        defer { depth -= 1 }
        try expect("[", consumeWhitespace: true)
        var items: [PythonValue] = []
        while current != "]" {
            items.append(try explicitValue())
            consumeWhitespace()
            if current != "]" {
                try expect(",")
                consumeWhitespace()
            }
        }
        try expect("]")
        return .list(items)
    }

    mutating func explicitValue() throws(ShorthandError) -> PythonValue {
        if current == "[" { return try explicitList() }
        if current == "{" { return try hashLiteral() }
        return try firstValue()
    }

    mutating func hashLiteral() throws(ShorthandError) -> PythonValue {
        try enter()
        defer { depth -= 1 }
        try expect("{", consumeWhitespace: true)
        var object = PythonDict()
        while current != "}" {
            let key = self.key()
            try optionalAt()
            try expect("=", consumeWhitespace: true)
            let value = try explicitValue()
            consumeWhitespace()
            if current != "}" {
                try expect(",")
                consumeWhitespace()
            }
            object[key] = value
        }
        try expect("}")
        return .dict(object)
    }

    mutating func enter() throws(ShorthandError) {
        depth += 1
        if depth > maximumDepth { throw .recursion }
    }

    // first-value = value / single-quoted-val / double-quoted-val
    mutating func firstValue() throws(ShorthandError) -> PythonValue {
        if current == "'" { return try quotedValue("'", name: "singled quoted") }
        if current == "\"" { return try quotedValue("\"", name: "double quoted") }
        guard let end = matchBare(from: index, continues: ShorthandCharacters.continuesFirstValue) else {
            return .str("")
        }
        let consumed = Array(s[index..<end])
        index = end
        return try resolve(bare(consumed))
    }

    mutating func secondValue() throws(ShorthandError) -> PythonValue {
        if current == "'" { return try quotedValue("'", name: "singled quoted") }
        if current == "\"" { return try quotedValue("\"", name: "double quoted") }
        guard let end = matchBare(from: index, continues: ShorthandCharacters.continuesSecondValue) else {
            throw syntaxError("<second>", "<none>")
        }
        let consumed = Array(s[index..<end])
        index = end
        return try resolve(bare(consumed))
    }

    /// `consumed.replace('\\,', ',').rstrip()`.
    func bare(_ consumed: [Unicode.Scalar]) -> String {
        let unescaped = Self.replace(consumed, ["\\", ","], with: [","])
        return String(String.UnicodeScalarView(PythonText.rstrip(unescaped)))
    }

    /// The regex `(\\,|[start])(\\,|[follow])*` anchored at `start`: the end of the match, if any.
    func matchBare(from start: Int, continues: (Unicode.Scalar) -> Bool) -> Int? {
        var i = start
        if i + 1 < s.count, s[i] == "\\", s[i + 1] == "," {
            i += 2
        } else if i < s.count, ShorthandCharacters.startsValue(s[i]) {
            i += 1
        } else {
            return nil
        }
        while true {
            if i + 1 < s.count, s[i] == "\\", s[i + 1] == "," {
                i += 2
            } else if i < s.count, continues(s[i]) {
                i += 1
            } else {
                return i
            }
        }
    }

    /// A quoted value: the regex `Q(?:\\Q|[^Q])*Q` with its backtracking, then `\Q` → `Q` and
    /// `\\` → `\`.
    mutating func quotedValue(_ quote: Unicode.Scalar, name: String) throws(ShorthandError) -> PythonValue {
        guard let end = matchQuoted(quote) else { throw syntaxError("<\(name)>", "<none>") }
        let inner = Array(s[(index + 1)..<(end - 1)])
        index = end
        let unquoted = Self.replace(Self.replace(inner, ["\\", quote], with: [quote]), ["\\", "\\"], with: ["\\"])
        return try resolve(String(String.UnicodeScalarView(unquoted)))
    }

    /// Greedy scan taking `\Q` as an escape; without a closing quote the regex engine backtracks
    /// into the last `\Q`, treating its backslash as an ordinary character and its quote as the end.
    func matchQuoted(_ quote: Unicode.Scalar) -> Int? {
        guard current == quote else { return nil }
        var i = index + 1
        var lastEscape: Int?
        while i < s.count {
            if s[i] == "\\", i + 1 < s.count, s[i + 1] == quote {
                lastEscape = i
                i += 2
            } else if s[i] == quote {
                return i + 1
            } else {
                i += 1
            }
        }
        return lastEscape.map { $0 + 2 }
    }

    /// Loads `file://`/`fileb://` values after `@=`.
    func resolve(_ value: String) throws(ShorthandError) -> PythonValue {
        guard resolveParamFiles, let loaded = paramFiles.load(value) else { return .str(value) }
        switch loaded {
        case .success(let content): return content.python
        case .failure(let error): throw .paramFile(message: error.message)
        }
    }

    mutating func expect(_ char: Unicode.Scalar, consumeWhitespace: Bool = false) throws(ShorthandError) {
        if consumeWhitespace { self.consumeWhitespace() }
        guard index < s.count else { throw syntaxError(String(char), "EOF") }
        let actual = s[index]
        guard actual == char else { throw syntaxError(String(char), String(actual)) }
        index += 1
        if consumeWhitespace { self.consumeWhitespace() }
    }

    mutating func consumeWhitespace() {
        while let c = current, PythonText.isASCIIWhitespace(c) { index += 1 }
    }

    mutating func backtrack(to char: Unicode.Scalar) {
        if index >= s.count { index = s.count - 1 }
        while index >= 0, s[index] != char { index -= 1 }
        if index < 0 { index = 0 }
    }

    func string(_ from: Int, _ to: Int) -> String { String(String.UnicodeScalarView(s[from..<to])) }

    /// Python's `str.replace`: non-overlapping, left to right.
    static func replace(_ text: [Unicode.Scalar], _ pattern: [Unicode.Scalar], with replacement: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard !pattern.isEmpty, text.count >= pattern.count else { return text }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.count)
        var i = 0
        while i < text.count {
            if i + pattern.count <= text.count, text[i..<(i + pattern.count)].elementsEqual(pattern) {
                out += replacement
                i += pattern.count
            } else {
                out.append(text[i])
                i += 1
            }
        }
        return out
    }
}
