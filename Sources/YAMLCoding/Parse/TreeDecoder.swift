import GoPorts
/// Turns a `NodeTree` into `JSON` the way kubectl gets there: go-yaml v2 decodes into Go
/// values (maps, slices, scalars), then sigs.k8s.io/yaml makes keys strings and marshals JSON.
///
/// Mapping semantics follow go-yaml: a repeated key keeps its first position and takes the
/// last value; `<<` merges a mapping (or a sequence of mappings, earlier ones winning) into the
/// current one, overwriting keys already set; aliases are expanded, with go-yaml's guard
/// against alias bombs ("document contains excessive aliasing"). The walk keeps its own stack,
/// so depth is bounded by the composer's limit rather than by the call stack.
struct TreeDecoder {
    private let tree: NodeTree
    private var decodeCount = 0
    private var aliasCount = 0
    private var aliasDepth = 0
    private var activeAliases = Set<Int>()
    /// The first problem sigs.k8s.io/yaml would hit after go-yaml succeeded (bad key types,
    /// non-finite floats); reported only if decoding itself succeeds.
    private var conversionError: YAMLError?
    private var nonFiniteError: YAMLError?

    /// Collected values of an open collection; a class so frames can be updated in place
    /// (a value type inside the frame enum would be copied on every append).
    private final class Collected {
        var items: [JSON] = []
        var object = JSONObject()
        var pendingKey: String?
    }

    private enum Frame {
        case sequence(node: Int, next: Int, collected: Collected)
        case mapping(node: Int, next: Int, collected: Collected)
        case merge(sources: [Int], next: Int)
        case aliasExit(alias: Int)
    }

    init(_ tree: NodeTree) { self.tree = tree }

    /// The document's JSON, or nil for an empty document.
    static func decode(_ tree: NodeTree) throws(YAMLError) -> JSON? {
        guard let root = tree.root else { return nil }
        var decoder = TreeDecoder(tree)
        decoder.decodeCount = 1  // go-yaml counts the document node too
        let value = try decoder.run(root)
        if let error = decoder.conversionError ?? decoder.nonFiniteError { throw error }
        return value
    }

    private mutating func run(_ root: Int) throws(YAMLError) -> JSON {
        var stack: [Frame] = []
        var result = try visit(root, &stack)
        while true {
            if let value = result {
                guard let top = stack.popLast() else { return value }
                switch top {
                case .aliasExit(let alias):
                    aliasDepth -= 1
                    activeAliases.remove(alias)
                    continue
                case .sequence(_, _, let collected):
                    collected.items.append(value)
                    stack.append(top)
                case .mapping(_, _, let collected):
                    if let key = collected.pendingKey { collected.object[key] = value }
                    collected.pendingKey = nil
                    stack.append(top)
                case .merge(let sources, let next):
                    mergeIntoMappingBelow(value, stack: &stack)
                    stack.append(.merge(sources: sources, next: next))
                }
                result = nil
            }
            guard let top = stack.popLast() else { return .null }
            switch top {
            case .sequence(let node, let next, let collected):
                let children = tree.nodes[node].children
                if next >= children.count {
                    result = .array(collected.items)
                } else {
                    stack.append(.sequence(node: node, next: next + 1, collected: collected))
                    result = try visit(children[next], &stack)
                }
            case .mapping(let node, let next, let collected):
                let children = tree.nodes[node].children
                if next + 1 >= children.count {
                    result = .object(collected.object)
                    continue
                }
                let keyNode = children[next]
                let valueNode = children[next + 1]
                stack.append(.mapping(node: node, next: next + 2, collected: collected))
                if isMerge(keyNode) {
                    stack.append(.merge(sources: try mergeSources(valueNode), next: 0))
                    continue
                }
                collected.pendingKey = try decodeKey(keyNode, valueNode: valueNode)
                result = try visit(valueNode, &stack)
            case .merge(let sources, let next):
                if next < sources.count {
                    stack.append(.merge(sources: sources, next: next + 1))
                    result = try visit(sources[next], &stack)
                }
            case .aliasExit:
                break  // only ever popped with a result
            }
        }
    }

    /// Starts decoding a node: returns its value at once for scalars, or pushes a frame.
    private mutating func visit(_ index: Int, _ stack: inout [Frame]) throws(YAMLError) -> JSON? {
        try count()
        let node = tree.nodes[index]
        switch node.kind {
        case .alias:
            if activeAliases.contains(index) {
                throw YAMLError(message: "yaml: anchor '\(node.anchorName)' value contains itself")
            }
            activeAliases.insert(index)
            aliasDepth += 1
            stack.append(.aliasExit(alias: index))
            return try visit(node.target, &stack)
        case .scalar:
            return json(try ScalarDecoding.decode(node))
        case .sequence:
            stack.append(.sequence(node: index, next: 0, collected: Collected()))
            return nil
        case .mapping:
            stack.append(.mapping(node: index, next: 0, collected: Collected()))
            return nil
        }
    }

    /// go-yaml's alias-bomb guard: past 1000 decode steps, too large a share from aliases fails.
    private mutating func count() throws(YAMLError) {
        decodeCount += 1
        if aliasDepth > 0 { aliasCount += 1 }
        if aliasCount > 100 && decodeCount > 1000
            && Double(aliasCount) / Double(decodeCount) > Self.allowedAliasRatio(decodeCount)
        {
            throw YAMLError(message: "yaml: document contains excessive aliasing")
        }
    }

    private static func allowedAliasRatio(_ decodeCount: Int) -> Double {
        let low = 400_000.0
        let high = 4_000_000.0
        let count = Double(decodeCount)
        if count <= low { return 0.99 }
        if count >= high { return 0.10 }
        return 0.99 - 0.89 * ((count - low) / (high - low))
    }

    private func isMerge(_ index: Int) -> Bool {
        let node = tree.nodes[index]
        return node.kind == .scalar && node.value == "<<"
            && (node.plainImplicit || node.tag == "tag:yaml.org,2002:merge")
    }

    /// The mappings a `<<` value merges, in the order they are applied (a sequence is applied
    /// from its end, so that its first mapping wins).
    private func mergeSources(_ index: Int) throws(YAMLError) -> [Int] {
        let wantMap = YAMLError(message: "yaml: map merge requires map or sequence of maps as the value")
        let node = tree.nodes[index]
        switch node.kind {
        case .mapping:
            return [index]
        case .alias:
            if tree.nodes[node.target].kind != .mapping { throw wantMap }
            return [index]
        case .sequence:
            var sources: [Int] = []
            for child in node.children.reversed() {
                let c = tree.nodes[child]
                if c.kind == .alias {
                    if tree.nodes[c.target].kind != .mapping { throw wantMap }
                } else if c.kind != .mapping {
                    throw wantMap
                }
                sources.append(child)
            }
            return sources
        case .scalar:
            throw wantMap
        }
    }

    private func mergeIntoMappingBelow(_ value: JSON, stack: inout [Frame]) {
        guard case .object(let source) = value, let last = stack.last, case .mapping(_, _, let collected) = last
        else { return }
        for (k, v) in source.pairs { collected.object[k] = v }
    }

    /// A mapping key as sigs.k8s.io/yaml turns it into a JSON key: strings as they are, ints
    /// in decimal, floats in Go's 32-bit `%g`, booleans as words; null and huge unsigned keys
    /// are errors, and so (in go-yaml) are collections.
    private mutating func decodeKey(_ keyIndex: Int, valueNode: Int) throws(YAMLError) -> String {
        try count()
        var node = tree.nodes[keyIndex]
        if node.kind == .alias {
            if activeAliases.contains(keyIndex) {
                throw YAMLError(message: "yaml: anchor '\(node.anchorName)' value contains itself")
            }
            aliasDepth += 1
            defer { aliasDepth -= 1 }
            try count()
            node = tree.nodes[node.target]
        }
        guard node.kind == .scalar else {
            throw YAMLError(message: "yaml: invalid map key: \(GoSyntax.render(node, in: tree))")
        }
        switch try ScalarDecoding.decode(node) {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .bool(let b): return b ? "true" : "false"
        case .float(let d):
            if d.isNaN { return ".nan" }
            if d.isInfinite { return d < 0 ? "-.inf" : ".inf" }
            let text = GoNumbers.formatG32(d)
            return text == "+Inf" ? ".inf" : text == "-Inf" ? "-.inf" : text
        case .uint(let u):
            noteUnsupportedKey(type: "uint64", key: "0x" + String(u, radix: 16), valueNode: valueNode)
            return String(u)
        case .null:
            noteUnsupportedKey(type: "%!s(<nil>)", key: "<nil>", valueNode: valueNode)
            return ""
        }
    }

    private mutating func noteUnsupportedKey(type: String, key: String, valueNode: Int) {
        guard conversionError == nil else { return }
        var value = "…"
        let node = tree.nodes[valueNode].kind == .alias ? tree.nodes[tree.nodes[valueNode].target] : tree.nodes[valueNode]
        if node.kind == .scalar, let scalar = try? ScalarDecoding.decode(node) { value = GoSyntax.scalar(scalar) }
        conversionError = YAMLError(message: "unsupported map key of type: \(type), key: \(key), value: \(value)")
    }

    private mutating func json(_ scalar: GoScalar) -> JSON {
        switch scalar {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(Int(i))
        case .uint(let u): return .double(Double(u))
        case .string(let s): return .string(s)
        case .float(let d):
            if !d.isFinite {
                if nonFiniteError == nil {
                    let text = d.isNaN ? "NaN" : (d < 0 ? "-Inf" : "+Inf")
                    nonFiniteError = YAMLError(message: "json: unsupported value: \(text)")
                }
                return .null
            }
            return JSONNumbers.fromGoFloat(d)
        }
    }
}

/// Go's `%+#v` for the scalars that can appear in sigs.k8s.io/yaml's key error.
enum GoSyntax {
    static func scalar(_ value: GoScalar) -> String {
        switch value {
        case .null: return "<nil>"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .uint(let u): return "0x" + String(u, radix: 16)
        case .float(let d): return GoNumbers.formatG(d)
        case .string(let s): return quote(s)
        }
    }

    /// Go's `%#v` of a decoded collection (for go-yaml's "invalid map key" message): maps as
    /// `map[interface {}]interface {}{"a":1}` with sorted keys, slices as `[]interface {}{"a"}`.
    static func render(_ node: NodeTree.Node, in tree: NodeTree, depth: Int = 0) -> String {
        var node = node
        if node.kind == .alias, node.target >= 0 { node = tree.nodes[node.target] }
        guard depth < 32 else { return "..." }
        switch node.kind {
        case .scalar, .alias:
            guard let scalar = try? ScalarDecoding.decode(node) else { return "<nil>" }
            if case .null = scalar { return "interface {}(nil)" }
            return GoSyntax.scalar(scalar)
        case .sequence:
            let items = node.children.map { render(tree.nodes[$0], in: tree, depth: depth + 1) }
            return "[]interface {}{" + items.joined(separator: ", ") + "}"
        case .mapping:
            var entries: [(sortKey: String, text: String)] = []
            var i = 0
            while i + 1 < node.children.count {
                let key = render(tree.nodes[node.children[i]], in: tree, depth: depth + 1)
                let value = render(tree.nodes[node.children[i + 1]], in: tree, depth: depth + 1)
                entries.removeAll { $0.sortKey == key }
                entries.append((key, key + ":" + value))
                i += 2
            }
            entries.sort { $0.sortKey.utf8.lexicographicallyPrecedes($1.sortKey.utf8) }
            return "map[interface {}]interface {}{" + entries.map(\.text).joined(separator: ", ") + "}"
        }
    }

    static func quote(_ s: String) -> String { GoStrconv.quote(s) }
}

/// Numbers as they come out of kubectl's YAML → JSON → object pipeline.
enum JSONNumbers {
    /// A float becomes an integer when Go's JSON text for it is an integer literal (`3`, `1000`),
    /// because kubectl's unstructured JSON decoding reads such text as int64.
    static func fromGoFloat(_ d: Double) -> JSON {
        let text = NumberFormat.go(d)
        if !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }), let i = Int(text) { return .int(i) }
        return .double(d)
    }

    /// Applies `fromGoFloat` throughout a value (for JSON read by the JSON parser).
    static func normalize(_ value: JSON) -> JSON {
        switch value {
        case .double(let d) where d.isFinite: return fromGoFloat(d)
        case .array(let items): return .array(items.map(normalize))
        case .object(let object):
            var out = JSONObject()
            for (k, v) in object.pairs { out[k] = normalize(v) }
            return .object(out)
        default: return value
        }
    }
}
