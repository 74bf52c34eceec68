/// kubectl's `RelaxedJSONPathExpression`: custom-columns and `--sort-by` accept a field path
/// with or without the leading dot and braces (`metadata.name`, `.metadata.name`,
/// `{metadata.name}`, `{.metadata.name}`) and turn it into the template `{.metadata.name}`.
///
/// Only one action is allowed, so `{.a}{.b}` and anything with a brace inside is rejected.
/// A lone `.` becomes `{..}` (recursive descent), as kubectl's regular expression makes it.
enum RelaxedJSONPath {
    static let errorMessage =
        "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'"

    /// The full template, or nil when kubectl would report `errorMessage`. Empty stays empty.
    static func expression(_ path: String) -> String? {
        if path.isEmpty { return path }
        let scalars = Array(path.unicodeScalars)
        func fieldSpec(_ body: ArraySlice<Unicode.Scalar>) -> String? {
            guard !body.isEmpty, !body.contains("{"), !body.contains("}") else { return nil }
            // `\.?` is optional: it only takes the dot when something is left after it.
            let spec = body.first == "." && body.count > 1 ? body.dropFirst() : body
            var text = ""
            text.unicodeScalars.append(contentsOf: spec)
            return text
        }
        if scalars.count >= 2, scalars.first == "{", scalars.last == "}",
            let spec = fieldSpec(scalars.dropFirst().dropLast())
        {
            return "{.\(spec)}"
        }
        if let spec = fieldSpec(scalars[...]) { return "{.\(spec)}" }
        return nil
    }
}
