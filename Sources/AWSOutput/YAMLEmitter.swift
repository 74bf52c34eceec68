/// A represented YAML document: what ruamel's `SafeRepresenter` hands to the emitter.
indirect enum YAMLNode {
    /// `plainImplicit` is false when a reader would not take the plain text for this node's
    /// type (a string that looks like a number, bool, null or date), forcing quotes.
    case scalar(String, plainImplicit: Bool)
    case sequence([YAMLNode])
    case mapping([(key: YAMLNode, value: YAMLNode)])
}

/// Writes a node tree in block style exactly as libyaml's emitter does with ruamel.yaml's
/// `safe` settings: indent 2, line width 80, Unicode allowed, no explicit document markers,
/// and `default_flow_style = False`, so only empty collections come out in flow style
/// (`{}`, `[]`).
///
/// This is a recursive rendering of libyaml's event-driven state machine (`emitter.c`):
/// the same indent stack, column counter and `whitespace`/`indention` flags decide every
/// space and line break. Consequences worth knowing:
/// - a list under a key is not indented (`key:\n- item`), a list in a list is (`- - a`);
/// - long plain or quoted strings are folded at spaces once past column 80, continuing at
///   the current indent + 2;
/// - a key longer than 128 UTF-8 bytes, or containing a line break, is written as a
///   complex key (`? key` then `: value`).
struct YAMLEmitter {
    private let bestIndent = 2
    private let bestWidth = 80

    private(set) var out = ""
    private var column = 0
    private var indent = -1
    private var indents: [Int] = []
    private var whitespace = true
    private var indention = true
    private var flowLevel = 0
    private var mappingContext = false
    private var simpleKeyContext = false

    /// The whole document: the root node and the final line break (`DOCUMENT-END`).
    static func emit(_ root: YAMLNode) -> String {
        var emitter = YAMLEmitter()
        emitter.node(root, mapping: false, simpleKey: false)
        emitter.writeIndent()
        return emitter.out
    }

    // MARK: Nodes

    private mutating func node(_ node: YAMLNode, mapping: Bool, simpleKey: Bool) {
        mappingContext = mapping
        simpleKeyContext = simpleKey
        switch node {
        case .scalar(let value, let plainImplicit):
            scalar(value, plainImplicit: plainImplicit)
        case .sequence(let items):
            if flowLevel > 0 || items.isEmpty {
                flowCollection(open: "[", close: "]", isEmpty: items.isEmpty)
            } else {
                blockSequence(items)
            }
        case .mapping(let pairs):
            if flowLevel > 0 || pairs.isEmpty {
                flowCollection(open: "{", close: "}", isEmpty: pairs.isEmpty)
            } else {
                blockMapping(pairs)
            }
        }
    }

    /// Only empty collections are written in flow style here (nothing nests inside them).
    private mutating func flowCollection(open: String, close: String, isEmpty: Bool) {
        writeIndicator(open, needWhitespace: true, isWhitespace: true, isIndention: false)
        increaseIndent(flow: true, indentless: false)
        flowLevel += 1
        flowLevel -= 1
        popIndent()
        writeIndicator(close, needWhitespace: false, isWhitespace: false, isIndention: false)
    }

    private mutating func blockSequence(_ items: [YAMLNode]) {
        increaseIndent(flow: false, indentless: mappingContext && !indention)
        for item in items {
            writeIndent()
            writeIndicator("-", needWhitespace: true, isWhitespace: false, isIndention: true)
            node(item, mapping: false, simpleKey: false)
        }
        popIndent()
    }

    private mutating func blockMapping(_ pairs: [(key: YAMLNode, value: YAMLNode)]) {
        increaseIndent(flow: false, indentless: false)
        for (key, value) in pairs {
            writeIndent()
            if isSimpleKey(key) {
                node(key, mapping: true, simpleKey: true)
                writeIndicator(":", needWhitespace: false, isWhitespace: false, isIndention: false)
            } else {
                writeIndicator("?", needWhitespace: true, isWhitespace: false, isIndention: true)
                node(key, mapping: true, simpleKey: false)
                writeIndent()
                writeIndicator(":", needWhitespace: true, isWhitespace: false, isIndention: true)
            }
            node(value, mapping: true, simpleKey: false)
        }
        popIndent()
    }

    /// `yaml_emitter_check_simple_key`: a one-line scalar of at most 128 bytes, or an empty
    /// collection.
    private func isSimpleKey(_ key: YAMLNode) -> Bool {
        switch key {
        case .scalar(let value, _):
            let analysis = YAMLScalarAnalysis(value)
            return !analysis.multiline && analysis.byteLength <= 128
        case .sequence(let items): return items.isEmpty
        case .mapping(let pairs): return pairs.isEmpty
        }
    }

    // MARK: Scalars

    private enum Style { case plain, singleQuoted, doubleQuoted }

    private mutating func scalar(_ value: String, plainImplicit: Bool) {
        let analysis = YAMLScalarAnalysis(value)
        let style = selectStyle(analysis, plainImplicit: plainImplicit)
        increaseIndent(flow: true, indentless: false)
        let allowBreaks = !simpleKeyContext
        switch style {
        case .plain: writePlain(analysis.scalars, allowBreaks: allowBreaks)
        case .singleQuoted: writeSingleQuoted(analysis.scalars, allowBreaks: allowBreaks)
        case .doubleQuoted: writeDoubleQuoted(analysis.scalars, allowBreaks: allowBreaks)
        }
        popIndent()
    }

    /// `yaml_emitter_select_scalar_style` for a scalar with no requested style and no tag.
    private func selectStyle(_ a: YAMLScalarAnalysis, plainImplicit: Bool) -> Style {
        var style = Style.plain
        if simpleKeyContext && a.multiline { style = .doubleQuoted }
        if style == .plain {
            if (flowLevel > 0 && !a.flowPlainAllowed) || (flowLevel == 0 && !a.blockPlainAllowed) {
                style = .singleQuoted
            }
            if a.byteLength == 0 && (flowLevel > 0 || simpleKeyContext) { style = .singleQuoted }
            if !plainImplicit { style = .singleQuoted }
        }
        if style == .singleQuoted && !a.singleQuotedAllowed { style = .doubleQuoted }
        return style
    }

    private mutating func writePlain(_ s: [Unicode.Scalar], allowBreaks: Bool) {
        if !whitespace { put(" ") }
        var spaces = false
        var breaks = false
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == " " {
                if allowBreaks && !spaces && column > bestWidth && !isSpace(s, i + 1) {
                    writeIndent()
                } else {
                    write(c)
                }
                spaces = true
            } else if YAMLScalarAnalysis.isBreak(c) {
                if !breaks && c == "\n" { putBreak() }
                writeBreak(c)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                write(c)
                indention = false
                spaces = false
                breaks = false
            }
            i += 1
        }
        whitespace = false
        indention = false
    }

    private mutating func writeSingleQuoted(_ s: [Unicode.Scalar], allowBreaks: Bool) {
        writeIndicator("'", needWhitespace: true, isWhitespace: false, isIndention: false)
        var spaces = false
        var breaks = false
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == " " {
                if allowBreaks && !spaces && column > bestWidth && i != 0 && i != s.count - 1
                    && !isSpace(s, i + 1)
                {
                    writeIndent()
                } else {
                    write(c)
                }
                spaces = true
            } else if YAMLScalarAnalysis.isBreak(c) {
                if !breaks && c == "\n" { putBreak() }
                writeBreak(c)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                if c == "'" { put("'") }
                write(c)
                indention = false
                spaces = false
                breaks = false
            }
            i += 1
        }
        if breaks { writeIndent() }
        writeIndicator("'", needWhitespace: false, isWhitespace: false, isIndention: false)
        whitespace = false
        indention = false
    }

    private mutating func writeDoubleQuoted(_ s: [Unicode.Scalar], allowBreaks: Bool) {
        writeIndicator("\"", needWhitespace: true, isWhitespace: false, isIndention: false)
        var spaces = false
        var i = 0
        while i < s.count {
            let c = s[i]
            if !YAMLScalarAnalysis.isPrintable(c) || YAMLScalarAnalysis.isBreak(c) || c == "\"" || c == "\\" {
                put("\\")
                put(Self.escape(c))
                spaces = false
            } else if c == " " {
                if allowBreaks && !spaces && column > bestWidth && i != 0 && i != s.count - 1 {
                    writeIndent()
                    if isSpace(s, i + 1) { put("\\") }
                } else {
                    write(c)
                }
                spaces = true
            } else {
                write(c)
                spaces = false
            }
            i += 1
        }
        writeIndicator("\"", needWhitespace: false, isWhitespace: false, isIndention: false)
        whitespace = false
        indention = false
    }

    /// The text after the backslash for a character double quotes cannot hold as is.
    static func escape(_ c: Unicode.Scalar) -> String {
        switch c.value {
        case 0x00: return "0"
        case 0x07: return "a"
        case 0x08: return "b"
        case 0x09: return "t"
        case 0x0A: return "n"
        case 0x0B: return "v"
        case 0x0C: return "f"
        case 0x0D: return "r"
        case 0x1B: return "e"
        case 0x22: return "\""
        case 0x5C: return "\\"
        case 0x85: return "N"
        case 0xA0: return "_"
        case 0x2028: return "L"
        case 0x2029: return "P"
        case let v where v <= 0xFF: return "x" + PythonText.hex(v, digits: 2, uppercase: true)
        case let v where v <= 0xFFFF: return "u" + PythonText.hex(v, digits: 4, uppercase: true)
        case let v: return "U" + PythonText.hex(v, digits: 8, uppercase: true)
        }
    }

    private func isSpace(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        i < s.count && s[i] == " "
    }

    // MARK: Writer primitives

    private mutating func increaseIndent(flow: Bool, indentless: Bool) {
        indents.append(indent)
        if indent < 0 {
            indent = flow ? bestIndent : 0
        } else if !indentless {
            indent += bestIndent
        }
    }

    private mutating func popIndent() {
        indent = indents.popLast() ?? -1
    }

    /// A line break unless already at the start of a suitably indented fresh line, then
    /// spaces up to the current indent.
    private mutating func writeIndent() {
        let target = max(indent, 0)
        if !indention || column > target || (column == target && !whitespace) {
            putBreak()
        }
        while column < target { put(" ") }
        whitespace = true
        indention = true
    }

    private mutating func writeIndicator(
        _ indicator: String, needWhitespace: Bool, isWhitespace: Bool, isIndention: Bool
    ) {
        if needWhitespace && !whitespace { put(" ") }
        put(indicator)
        whitespace = isWhitespace
        indention = indention && isIndention
    }

    /// Text without line breaks; the column advances by code points, as libyaml counts.
    private mutating func put(_ text: String) {
        out += text
        column += text.unicodeScalars.count
    }

    private mutating func write(_ c: Unicode.Scalar) {
        out.unicodeScalars.append(c)
        column += 1
    }

    private mutating func putBreak() {
        out += "\n"
        column = 0
    }

    /// A line break from the value: LF is written as the configured break, the others as is.
    private mutating func writeBreak(_ c: Unicode.Scalar) {
        if c == "\n" {
            putBreak()
        } else {
            out.unicodeScalars.append(c)
            column = 0
        }
    }
}
