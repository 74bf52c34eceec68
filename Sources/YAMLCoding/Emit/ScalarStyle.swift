/// The five ways a YAML scalar can be written.
enum ScalarStyle {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

extension ScalarStyle {
    /// The style go-yaml v2 ends up using for a string.
    ///
    /// Two stages, as in go-yaml: the encoder (`stringv`) asks for a literal block when the string
    /// has a newline, plain when reading it back unquoted would give the same string, and double
    /// quotes otherwise (`"80"`, `"true"`, `"2026-01-01T00:00:00Z"`); then the emitter
    /// (`select_scalar_style`) falls back to single, then double quotes when the analysis says
    /// the requested style cannot carry the text (`'a: b'`, `"tab\there"`).
    static func forString(_ scalars: [Unicode.Scalar], text: String, analysis: ScalarAnalysis, simpleKey: Bool)
        -> ScalarStyle
    {
        var style: ScalarStyle
        if scalars.contains("\n") {
            style = .literal
        } else if ScalarResolver.resolve(text) == .string && !ScalarResolver.isBase60Float(text) {
            style = .plain
        } else {
            style = .doubleQuoted
        }
        if simpleKey && analysis.multiline { style = .doubleQuoted }
        if style == .plain {
            if !analysis.blockPlainAllowed { style = .singleQuoted }
            if scalars.isEmpty && simpleKey { style = .singleQuoted }
        }
        if style == .singleQuoted && !analysis.singleQuotedAllowed { style = .doubleQuoted }
        if style == .literal || style == .folded {
            if !analysis.blockAllowed || simpleKey { style = .doubleQuoted }
        }
        return style
    }
}
