/// One parsing event from libyaml, copied out of C memory.
///
/// go-yaml v2 is a line-by-line port of libyaml, and Yams ships libyaml, so reading events
/// straight from libyaml gives go-yaml's tokens, error texts and positions. (Yams' own
/// composer is not used: it rejects duplicate keys, which go-yaml accepts, and recurses.)
struct YAMLEvent {
    enum Kind {
        case streamStart, streamEnd, documentStart, documentEnd
        case alias, scalar, sequenceStart, sequenceEnd, mappingStart, mappingEnd
    }

    var kind: Kind
    var anchor: String?
    /// The resolved tag (`tag:yaml.org,2002:str` for `!!str`), nil when untagged.
    var tag: String?
    var value = ""
    /// libyaml's `plain_implicit`: an untagged plain scalar, whose type is resolved from its text.
    var plainImplicit = false
    /// 0-based line of the event's start, as libyaml counts it.
    var line = 0
}

/// A libyaml error in go-yaml's words.
struct LibYAMLFailure {
    var problem: String
    var isScanner: Bool
    var problemLine: Int
    var contextLine: Int

    /// go-yaml's `parser.fail()`: the 0-based problem line (plus one for scanner errors only),
    /// or else the context line, and no line at all when both are on the first line.
    var error: YAMLError {
        var line = 0
        if problemLine != 0 {
            line = problemLine + (isScanner ? 1 : 0)
        } else if contextLine != 0 {
            line = contextLine
        }
        let problemText = problem.isEmpty ? "unknown problem parsing YAML content" : problem
        if line != 0 { return YAMLError(message: "yaml: line \(line): \(problemText)", line: line) }
        return YAMLError(message: "yaml: \(problemText)")
    }
}
