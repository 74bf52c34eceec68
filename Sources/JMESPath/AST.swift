import JSONValue

/// A node of a compiled expression.
///
/// The shapes mirror Python `jmespath`'s AST on purpose: some results depend on them (for example
/// `a[0][0:2].b` is not a projection in Python because the slice joins the index chain), and
/// aws-cli's answers are the reference. `height` is kept so that evaluation, which recurses once per
/// level, can be bounded when the expression is compiled instead of overflowing the stack later.
struct Node: Sendable {
    indirect enum Kind: Sendable {
        /// The value itself, as the implicit left side of `[*]`, `[?...]`, `[]` and slices.
        case identity
        /// `@`.
        case current
        case field(String)
        case literal(JSON)
        /// `a.b.c`: each child applied to the previous result.
        case subexpression([Node])
        /// `a[0][1]`: the same, for an index chain.
        case indexExpression([Node])
        case index(Int)
        case slice(start: Int?, stop: Int?, step: Int?)
        /// `left[*]...`, `left[]...`, slices: `right` applied to each element of the array `left` yields.
        case projection(left: Node, right: Node)
        /// `left.*...`: `right` applied to each member value of the object `left` yields.
        case valueProjection(left: Node, right: Node)
        /// `left[?condition]...`.
        case filterProjection(left: Node, right: Node, condition: Node)
        case flatten(Node)
        case comparator(Comparator, Node, Node)
        case or(Node, Node)
        case and(Node, Node)
        case not(Node)
        case pipe(Node, Node)
        case multiSelectList([Node])
        case multiSelectHash([KeyedNode])
        case function(name: String, arguments: [Node])
        /// `&expr`: meaningful only as a function argument.
        case expressionReference(Node)
    }

    enum Comparator: Sendable {
        case eq, ne, lt, lte, gt, gte

        /// The operator as Python prints it in `TypeError: '<' not supported ...`.
        var symbol: String {
            switch self {
            case .eq: return "=="
            case .ne: return "!="
            case .lt: return "<"
            case .lte: return "<="
            case .gt: return ">"
            case .gte: return ">="
            }
        }
    }

    struct KeyedNode: Sendable {
        var key: String
        var node: Node
    }

    let kind: Kind
    /// Longest path to a leaf, this node included.
    let height: Int

    init(_ kind: Kind) {
        self.kind = kind
        var tallest = 0
        kind.forEachChild { tallest = max(tallest, $0.height) }
        height = tallest + 1
    }

    /// For callers that already know the height (extending a long chain must not rescan it).
    init(_ kind: Kind, height: Int) {
        self.kind = kind
        self.height = height
    }

    static let identity = Node(.identity)
}

extension Node.Kind {
    func forEachChild(_ body: (Node) -> Void) {
        switch self {
        case .identity, .current, .field, .literal, .index, .slice: break
        case .subexpression(let children), .indexExpression(let children), .multiSelectList(let children),
            .function(_, let children):
            children.forEach(body)
        case .projection(let left, let right), .valueProjection(let left, let right):
            body(left)
            body(right)
        case .filterProjection(let left, let right, let condition):
            body(left)
            body(right)
            body(condition)
        case .flatten(let child), .not(let child), .expressionReference(let child): body(child)
        case .comparator(_, let left, let right), .or(let left, let right), .and(let left, let right),
            .pipe(let left, let right):
            body(left)
            body(right)
        case .multiSelectHash(let pairs): pairs.forEach { body($0.node) }
        }
    }
}
