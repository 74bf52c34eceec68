/// Writes a `JSON` value as go-yaml v2 writes the same value: block mappings with sorted keys,
/// block sequences that are not indented under their key, flow `{}`/`[]` for empty collections.
///
/// This follows libyaml's emitter state machine for the block styles, because the small
/// decisions (whether a sequence is "indentless", when a key must use the `? ` form, where a
/// line break goes) all fall out of that machine's context flags. The walk uses an explicit
/// work stack rather than recursion so that deeply nested values cannot exhaust the call stack.
struct BlockEmitter {
    private var out = EmitterOutput()

    /// The context flags libyaml sets when it starts a node.
    private struct Context {
        var mapping = false
        var simpleKey = false
    }

    private enum Task {
        case node(JSON, Context)
        case mappingKey([(key: String, value: JSON)], Int)
        case mappingValue(JSON, simple: Bool)
        case sequenceItem([JSON], Int)
    }

    static func emit(_ value: JSON) -> String {
        var emitter = BlockEmitter()
        emitter.run(value)
        // Document end: go to a fresh line.
        emitter.out.writeIndent()
        return String(emitter.out.text)
    }

    private mutating func run(_ root: JSON) {
        var stack: [Task] = [.node(root, Context())]
        while let task = stack.popLast() {
            switch task {
            case let .node(value, context):
                emitNode(value, context, stack: &stack)

            case let .mappingKey(pairs, index):
                guard index < pairs.count else {
                    out.popIndent()
                    continue
                }
                stack.append(.mappingKey(pairs, index + 1))
                out.writeIndent()
                let key = Array(pairs[index].key.unicodeScalars)
                let analysis = ScalarAnalysis(key)
                // A key fits on one line as `key: value` unless it spans lines or is long.
                let simple = !analysis.multiline && pairs[index].key.utf8.count <= 128
                if !simple {
                    out.writeIndicator("?", needWhitespace: true, isWhitespace: false, isIndention: true)
                }
                stack.append(.mappingValue(pairs[index].value, simple: simple))
                emitString(key, text: pairs[index].key, analysis: analysis,
                           Context(mapping: true, simpleKey: simple))

            case let .mappingValue(value, simple):
                if simple {
                    out.writeIndicator(":", needWhitespace: false, isWhitespace: false, isIndention: false)
                } else {
                    out.writeIndent()
                    out.writeIndicator(":", needWhitespace: true, isWhitespace: false, isIndention: true)
                }
                emitNode(value, Context(mapping: true), stack: &stack)

            case let .sequenceItem(items, index):
                guard index < items.count else {
                    out.popIndent()
                    continue
                }
                stack.append(.sequenceItem(items, index + 1))
                out.writeIndent()
                out.writeIndicator("-", needWhitespace: true, isWhitespace: false, isIndention: true)
                emitNode(items[index], Context(), stack: &stack)
            }
        }
    }

    private mutating func emitNode(_ value: JSON, _ context: Context, stack: inout [Task]) {
        switch value {
        case .null: emitPlainWord("null")
        case .bool(let b): emitPlainWord(b ? "true" : "false")
        case .int(let i): emitPlainWord(String(i))
        case .double(let d): emitPlainWord(NumberText.yaml(d))
        case .string(let raw):
            let s = NELFolding.fold(raw)
            let scalars = Array(s.unicodeScalars)
            emitString(scalars, text: s, analysis: ScalarAnalysis(scalars), context)
        case .array(let items):
            if items.isEmpty {
                emitEmptyFlow(open: "[", close: "]")
            } else {
                // Under a mapping key, on the key's line, the sequence is not indented further.
                out.increaseIndent(flow: false, indentless: context.mapping && !out.indention)
                stack.append(.sequenceItem(items, 0))
            }
        case .object(let object):
            if object.isEmpty {
                emitEmptyFlow(open: "{", close: "}")
            } else {
                out.increaseIndent(flow: false, indentless: false)
                let pairs = object.pairs.map { (key: NELFolding.fold($0.key), value: $0.value) }
                stack.append(.mappingKey(KeyOrder.sorted(pairs), 0))
            }
        }
    }

    /// null, booleans and numbers: always plain, and never containing spaces, so they never fold.
    private mutating func emitPlainWord(_ word: String) {
        out.increaseIndent(flow: true, indentless: false)
        out.writePlain(Array(word.unicodeScalars), allowBreaks: true)
        out.popIndent()
    }

    private mutating func emitString(
        _ scalars: [Unicode.Scalar], text: String, analysis: ScalarAnalysis, _ context: Context
    ) {
        let style = ScalarStyle.forString(scalars, text: text, analysis: analysis, simpleKey: context.simpleKey)
        out.increaseIndent(flow: true, indentless: false)
        let allowBreaks = !context.simpleKey
        switch style {
        case .plain: out.writePlain(scalars, allowBreaks: allowBreaks)
        case .singleQuoted: out.writeSingleQuoted(scalars, allowBreaks: allowBreaks)
        case .doubleQuoted: out.writeDoubleQuoted(scalars, allowBreaks: allowBreaks)
        case .literal, .folded: out.writeLiteral(scalars)
        }
        out.popIndent()
    }

    /// An empty collection: a flow `[]` or `{}`, as libyaml switches to flow style for them.
    private mutating func emitEmptyFlow(open: String, close: String) {
        out.writeIndicator(open, needWhitespace: true, isWhitespace: true, isIndention: false)
        out.writeIndicator(close, needWhitespace: false, isWhitespace: false, isIndention: false)
    }
}
