/// A YAML document as go-yaml's parser builds it before decoding: nodes in an array (an arena),
/// referring to each other by index, so that aliases can share nodes without reference cycles.
struct NodeTree {
    enum Kind { case scalar, sequence, mapping, alias }

    struct Node {
        var kind: Kind
        var tag: String?
        var value = ""
        var plainImplicit = false
        /// Children; a mapping alternates key, value.
        var children: [Int] = []
        /// For an alias, the node its anchor names.
        var target = -1
        /// For an alias, the anchor's name (for error messages).
        var anchorName = ""
        var line = 0
    }

    var nodes: [Node] = []
    /// The document's root, or nil for an empty document.
    var root: Int?
}

/// Builds a `NodeTree` from one document's events, as go-yaml's `parser` does.
///
/// Anchors are registered when their node starts, so `&a [*a]` refers to itself (decoding then
/// reports it); an alias to an unknown anchor fails here, with go-yaml's message. Nesting
/// beyond go-yaml's limit of 10000 fails with go-yaml's message instead of going on.
enum Composer {
    static let maxDepth = 10000

    static func compose(_ events: [YAMLEvent]) throws(YAMLError) -> NodeTree {
        var tree = NodeTree()
        var anchors: [String: Int] = [:]
        var open: [Int] = []
        for event in events {
            var index: Int?
            switch event.kind {
            case .streamStart, .streamEnd, .documentStart, .documentEnd:
                continue
            case .sequenceEnd, .mappingEnd:
                _ = open.popLast()
                continue
            case .scalar:
                index = tree.nodes.count
                tree.nodes.append(NodeTree.Node(
                    kind: .scalar, tag: event.tag, value: event.value, plainImplicit: event.plainImplicit,
                    line: event.line))
            case .alias:
                let name = event.anchor ?? ""
                guard let target = anchors[name] else {
                    throw YAMLError(message: "yaml: unknown anchor '\(name)' referenced")
                }
                index = tree.nodes.count
                tree.nodes.append(NodeTree.Node(kind: .alias, target: target, anchorName: name, line: event.line))
            case .sequenceStart, .mappingStart:
                if open.count >= maxDepth {
                    // go-yaml's scanner error; its line is the 0-based line plus one.
                    throw YAMLError(
                        message: "yaml: line \(event.line + 1): exceeded max depth of \(maxDepth)",
                        line: event.line + 1)
                }
                index = tree.nodes.count
                tree.nodes.append(NodeTree.Node(
                    kind: event.kind == .sequenceStart ? .sequence : .mapping, tag: event.tag, line: event.line))
            }
            guard let index else { continue }
            if let anchor = event.anchor, event.kind != .alias { anchors[anchor] = index }
            if let parent = open.last {
                tree.nodes[parent].children.append(index)
            } else if tree.root == nil {
                tree.root = index
            }
            if event.kind == .sequenceStart || event.kind == .mappingStart { open.append(index) }
        }
        return tree
    }
}
