/// The parse tree of a Go template (`text/template/parse/node.go`).
///
/// Every node knows its byte offset in the template, which execution errors turn into
/// `output:LINE:COLUMN`, and prints itself as Go does (`String()`), which those errors quote as
/// `at <…>`. Classes, so that the executor can remember "the node being evaluated" cheaply.
class GoTemplateNode: CustomStringConvertible {
    let pos: Int

    init(pos: Int) { self.pos = pos }

    var description: String { "" }
}

final class ListNode: GoTemplateNode {
    var nodes: [GoTemplateNode] = []
    override var description: String { nodes.map(\.description).joined() }
}

final class TextNode: GoTemplateNode {
    let text: [UInt8]
    init(pos: Int, text: [UInt8]) {
        self.text = text
        super.init(pos: pos)
    }
    override var description: String { String(decoding: text, as: UTF8.self) }
}

final class PipeNode: GoTemplateNode {
    var isAssign = false
    var decl: [VariableNode] = []
    var cmds: [CommandNode] = []

    override var description: String {
        var text = ""
        if !decl.isEmpty { text = decl.map(\.description).joined(separator: ", ") + " := " }
        return text + cmds.map(\.description).joined(separator: " | ")
    }
}

final class ActionNode: GoTemplateNode {
    let pipe: PipeNode
    init(pos: Int, pipe: PipeNode) {
        self.pipe = pipe
        super.init(pos: pos)
    }
    override var description: String { "{{" + pipe.description + "}}" }
}

final class CommandNode: GoTemplateNode {
    var args: [GoTemplateNode] = []
    override var description: String {
        args.map { $0 is PipeNode ? "(" + $0.description + ")" : $0.description }.joined(separator: " ")
    }
}

final class IdentifierNode: GoTemplateNode {
    let ident: String
    init(pos: Int, ident: String) {
        self.ident = ident
        super.init(pos: pos)
    }
    override var description: String { ident }
}

/// `$`, `$x`, or `$x.field.field`.
final class VariableNode: GoTemplateNode {
    let ident: [String]
    init(pos: Int, ident: String) {
        self.ident = ident.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        super.init(pos: pos)
    }
    override var description: String { ident.joined(separator: ".") }
}

final class DotNode: GoTemplateNode {
    override var description: String { "." }
}

final class NilNode: GoTemplateNode {
    override var description: String { "nil" }
}

/// `.a.b.c`.
final class FieldNode: GoTemplateNode {
    let ident: [String]
    init(pos: Int, ident: String) {
        self.ident = ident.dropFirst().split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        super.init(pos: pos)
    }
    override var description: String { ident.map { "." + $0 }.joined() }
}

/// Fields after a term that is not itself a field or variable: `(index .items 0).metadata`.
final class ChainNode: GoTemplateNode {
    let node: GoTemplateNode
    var fields: [String] = []
    init(pos: Int, node: GoTemplateNode) {
        self.node = node
        super.init(pos: pos)
    }
    override var description: String {
        let head = node is PipeNode ? "(" + node.description + ")" : node.description
        return head + fields.map { "." + $0 }.joined()
    }
}

final class BoolNode: GoTemplateNode {
    let value: Bool
    init(pos: Int, value: Bool) {
        self.value = value
        super.init(pos: pos)
    }
    override var description: String { value ? "true" : "false" }
}

final class NumberNode: GoTemplateNode {
    let number: GoTemplateNumber
    init(pos: Int, number: GoTemplateNumber) {
        self.number = number
        super.init(pos: pos)
    }
    override var description: String { number.text }
}

final class StringNode: GoTemplateNode {
    /// The literal as written, quotes included.
    let quoted: [UInt8]
    /// The unquoted bytes.
    let text: [UInt8]
    init(pos: Int, quoted: [UInt8], text: [UInt8]) {
        self.quoted = quoted
        self.text = text
        super.init(pos: pos)
    }
    override var description: String { String(decoding: quoted, as: UTF8.self) }
}

/// `{{if}}`, `{{range}}` and `{{with}}`.
final class BranchNode: GoTemplateNode {
    enum Kind: String { case ifBranch = "if", range, with }
    let kind: Kind
    let pipe: PipeNode
    let list: ListNode
    let elseList: ListNode?
    init(kind: Kind, pos: Int, pipe: PipeNode, list: ListNode, elseList: ListNode?) {
        self.kind = kind
        self.pipe = pipe
        self.list = list
        self.elseList = elseList
        super.init(pos: pos)
    }
    override var description: String {
        var text = "{{" + kind.rawValue + " " + pipe.description + "}}" + list.description
        if let elseList { text += "{{else}}" + elseList.description }
        return text + "{{end}}"
    }
}

/// `{{template "name" pipeline}}` (also what `{{block}}` leaves in place).
final class TemplateNode: GoTemplateNode {
    let name: String
    let pipe: PipeNode?
    init(pos: Int, name: String, pipe: PipeNode?) {
        self.name = name
        self.pipe = pipe
        super.init(pos: pos)
    }
    override var description: String {
        "{{template " + GoQuote.quote(name) + (pipe.map { " " + $0.description } ?? "") + "}}"
    }
}

final class BreakNode: GoTemplateNode {
    override var description: String { "{{break}}" }
}

final class ContinueNode: GoTemplateNode {
    override var description: String { "{{continue}}" }
}

/// `{{end}}` and `{{else}}` only exist while parsing.
final class EndNode: GoTemplateNode {
    override var description: String { "{{end}}" }
}

final class ElseNode: GoTemplateNode {
    override var description: String { "{{else}}" }
}
