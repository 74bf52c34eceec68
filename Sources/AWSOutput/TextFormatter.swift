import JSONValue

/// `--output text`: tab-separated lines, as `awscli/text.py` writes them.
///
/// The rules, all observed with the CLI's own code:
/// - a dict prints one line of its scalar values in key order, prefixed by the upper-cased key
///   it sits under (none at the top level), then each list/dict member, in key order, under
///   its own key; a dict without scalars prints no line of its own;
/// - a list of dicts shares one column set, the union of every element's scalar keys, so a
///   missing key is an empty field;
/// - a list of scalars under a key prints one `KEY\tvalue` line per item; a bare one (from
///   `--query`) prints all items on one line;
/// - values are Python `str()`: `True`, `None`, `1.5`, and `['a']` for a stray container.
///
/// The CLI formats paginated output page by page (see `formatPage` and `resumeTokenPage`), so
/// this works on one document at a time and streams: when it meets a list it cannot handle it
/// stops, keeping the lines already written, as the real formatter does.
public enum TextFormatter {
    /// One page (or a whole non-paginated response), after `--query`.
    ///
    /// For a paginated operation the CLI does not format the raw page: it builds a document
    /// from the paginator's result keys only (e.g. `taskArns`, never `nextToken`), adding the
    /// non-aggregate keys on the first page, and runs `--query` on that document. Pass that.
    public static func formatPage(_ page: JSON) -> FormattedOutput {
        if let tooDeep = NestingLimit.error(for: page) { return tooDeep }
        var writer = Writer()
        do {
            try writer.item(page, identifier: nil, scalarKeys: nil)
            return FormattedOutput(stdout: writer.out)
        } catch {
            return FormattedOutput(stdout: writer.out, error: error)
        }
    }

    /// The document the CLI formats after the last page when `--max-items` cut the result
    /// short: `{"NextToken": {"NextToken": token}}`. Without `--query` it prints
    /// `NEXTTOKEN\t<token>`; with one, the CLI runs the query on this document too (so
    /// `--query 'taskArns'` prints a final `None`), hence the caller gets the document.
    public static func resumeTokenPage(_ token: String) -> JSON {
        .object(JSONObject([("NextToken", .object(JSONObject([("NextToken", .string(token))])))]))
    }

    /// `NEXTTOKEN\t<token>\n`: the resume-token line when no `--query` is in effect.
    public static func nextTokenLine(_ token: String) -> String {
        formatPage(resumeTokenPage(token)).stdout
    }
}

/// The recursive walk of `awscli/text.py`, writing into `out`.
private struct Writer {
    var out = ""

    mutating func item(_ item: JSON, identifier: String?, scalarKeys: [String]?) throws(FormatterError) {
        switch item {
        case .object(let object):
            try dict(object, identifier: identifier, scalarKeys: scalarKeys)
        case .array(let items):
            try list(items, identifier: identifier)
        default:
            out += PythonText.str(item) + "\n"
        }
    }

    mutating func list(_ items: [JSON], identifier: String?) throws(FormatterError) {
        if items.isEmpty { return }
        if items.contains(where: { $0.object != nil }) {
            let keys = try Self.allScalarKeys(items)
            for element in items {
                try item(element, identifier: identifier, scalarKeys: keys)
            }
        } else if items.contains(where: { $0.array != nil }) {
            // Scalars first, together; then each nested list on its own.
            let scalars = items.filter(PythonText.isScalar)
            if !scalars.isEmpty { scalarList(scalars, identifier: identifier) }
            for nested in items where !PythonText.isScalar(nested) {
                try item(nested, identifier: identifier, scalarKeys: nil)
            }
        } else {
            scalarList(items, identifier: identifier)
        }
    }

    mutating func scalarList(_ items: [JSON], identifier: String?) {
        if let identifier {
            let prefix = identifier.uppercased()
            for value in items { out += prefix + "\t" + PythonText.str(value) + "\n" }
        } else {
            out += items.map(PythonText.str).joined(separator: "\t") + "\n"
        }
    }

    mutating func dict(_ object: JSONObject, identifier: String?, scalarKeys: [String]?) throws(FormatterError) {
        var fields: [String] = []
        var nested: [(key: String, value: JSON)] = []
        if let scalarKeys {
            // Inside a list of dicts: the shared columns, then whatever was never a scalar.
            for key in scalarKeys { fields.append(object[key].map(PythonText.str) ?? "") }
            let shared = Set(scalarKeys)
            for key in PythonText.sortedStrings(object.keys.filter { !shared.contains($0) }) {
                nested.append((key, object[key] ?? .null))
            }
        } else {
            for (key, value) in object.sortedPairs {
                if PythonText.isScalar(value) {
                    fields.append(PythonText.str(value))
                } else {
                    nested.append((key, value))
                }
            }
        }
        if !fields.isEmpty {
            if let identifier { fields.insert(identifier.uppercased(), at: 0) }
            out += fields.joined(separator: "\t") + "\n"
        }
        for (key, value) in nested {
            try item(value, identifier: key, scalarKeys: nil)
        }
    }

    /// The sorted union of scalar-valued keys; the CLI calls `.items()` on every element, so a
    /// non-dict element raises `AttributeError` before anything of the list is printed.
    static func allScalarKeys(_ items: [JSON]) throws(FormatterError) -> [String] {
        var seen = Set<String>()
        for element in items {
            guard case .object(let object) = element else {
                throw .attribute("'\(PythonText.typeName(element))' object has no attribute 'items'")
            }
            for (key, value) in object.pairs where PythonText.isScalar(value) { seen.insert(key) }
        }
        return PythonText.sortedStrings(Array(seen))
    }
}
