/// The parse tree of a Kubernetes JSONPath template, shaped like client-go's `jsonpath` nodes.
///
/// The shape matters beyond parsing: `range`/`end` work by counting through the template's
/// top-level nodes, and a filter or union evaluates its sub-lists exactly as a top-level action.
indirect enum JSONPathNode: Sendable, Equatable {
    /// The nodes of one `{…}` action (or of a filter side / union member).
    case list([JSONPathNode])
    /// Literal template text, or a quoted string inside an action.
    case text(String)
    /// `.name`: a map key (backslashes already removed).
    case field(String)
    /// `[start:end:step]`, including the `[n]` and `[*]` spellings.
    case array(SliceParams)
    /// `[?(left op right)]`, or `[?(left)]` with operator `exists`.
    case filter(left: [JSONPathNode], right: [JSONPathNode], op: String)
    case int(Int)
    case float(Double)
    case bool(Bool)
    /// `.*`
    case wildcard
    /// `..`
    case recursive
    /// `[a,b]`: each member is evaluated as a list.
    case union([[JSONPathNode]])
    /// A bare word: `range`, `end`, or an unknown one (an error at execution time).
    case identifier(String)
}

/// One bound of a slice as client-go records it: `known` is false for an omitted bound, and
/// `derived` marks the end of `[n]`, which means n+1 (so `[-1]` can wrap to the array's length).
struct SliceBound: Sendable, Equatable {
    var value: Int = 0
    var known: Bool = false
    var derived: Bool = false
}

struct SliceParams: Sendable, Equatable {
    var start = SliceBound()
    var end = SliceBound()
    var step = SliceBound()
}
