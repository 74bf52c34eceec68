import JSONValue

/// `--output table`: boxes drawn from the response's shape alone, as aws-cli's
/// `TableFormatter` (`awscli/formatter.py`) builds them and `awscli/table.py` draws them.
///
/// - The first box is titled with the operation name (`DescribeClusters`).
/// - A dict is a box with a header row of its scalar keys (sorted) and one row of values; with
///   exactly one scalar it is a single `key | value` row. Each list/dict member becomes a
///   nested box titled with its key, one indent level deeper.
/// - A list of dicts shares one header, the union of scalar keys; when its elements have
///   nested members, every element after the first repeats the title and header so that its
///   children sit under it.
/// - A list of scalars gives header-less rows; a list of scalar lists (a `--query`
///   multiselect list) gives one row per inner list.
/// - Empty and falsy values (`0`, `""`, `false`, `null`, `[]`, `{}`) are skipped; a falsy
///   result prints nothing at all.
///
/// Colour is never used: Shipyard's output is not a terminal (`--color off`).
public enum TableFormatter {
    /// The whole (merged) response after `--query`. On an exception nothing is printed, as
    /// the CLI builds the complete table before writing it.
    public static func format(_ response: JSON, title: String, terminalWidth: Int = 80) -> FormattedOutput {
        if let tooDeep = NestingLimit.error(for: response) { return tooDeep }
        var builder = TableBuilder()
        do {
            guard try builder.build(title: title, current: response, indentLevel: 0) else {
                return FormattedOutput(stdout: "")
            }
        } catch {
            return FormattedOutput(stdout: "", error: error)
        }
        return FormattedOutput(stdout: TableRenderer(sections: builder.sections, terminalWidth: terminalWidth).render())
    }
}

/// The section-building walk of `TableFormatter._build_table`, quirks included: rows of
/// nested `--query` lists go into whatever section is current, and `None` titles and
/// indentation restarting at 0 happen exactly where the CLI has them.
struct TableBuilder {
    private(set) var sections: [TableSection] = []

    private mutating func newSection(title: String?, indentLevel: Int) {
        sections.append(TableSection(title: title, indentLevel: indentLevel))
    }

    private mutating func addRow(_ row: [String]) throws(FormatterError) {
        guard !sections.isEmpty else { throw .attribute("'NoneType' object has no attribute 'add_row'") }
        try sections[sections.count - 1].addRow(row)
    }

    private mutating func addHeader(_ headers: [String]) throws(FormatterError) {
        guard !sections.isEmpty else { throw .attribute("'NoneType' object has no attribute 'add_header'") }
        try sections[sections.count - 1].addHeader(headers)
    }

    /// Returns false when `current` is falsy and nothing was added.
    mutating func build(title: String?, current: JSON, indentLevel: Int) throws(FormatterError) -> Bool {
        guard PythonText.isTruthy(current) else { return false }
        if let title { newSection(title: title, indentLevel: indentLevel) }
        switch current {
        case .array(let items):
            if let first = items.first, first.object != nil {
                try subTable(fromList: items, indentLevel: indentLevel, title: title)
            } else {
                for item in items {
                    switch item {
                    case .array(let cells) where cells.allSatisfy(PythonText.isScalar):
                        try addRow(cells.map(PythonText.str))
                    case .object(let object):
                        // Iterating a dict yields its keys, all scalars: the row is the keys.
                        try addRow(object.keys)
                    case .array:
                        _ = try build(title: nil, current: item, indentLevel: 0)
                    default:
                        try addRow([PythonText.str(item)])
                    }
                }
            }
        case .object(let object):
            try subTable(fromDict: object, indentLevel: indentLevel)
        default:
            break  // a truthy scalar: the section keeps just its title
        }
        return true
    }

    private mutating func subTable(fromDict object: JSONObject, indentLevel: Int) throws(FormatterError) {
        let (headers, more) = Self.groupScalarKeys(object)
        if headers.count == 1, let key = headers.first {
            try addRow([key, PythonText.str(object[key] ?? .null)])
        } else if !headers.isEmpty {
            try addHeader(headers)
            try addRow(headers.map { PythonText.str(object[$0] ?? .null) })
        }
        for key in more {
            _ = try build(title: key, current: object[key] ?? .null, indentLevel: indentLevel + 1)
        }
    }

    private mutating func subTable(fromList items: [JSON], indentLevel: Int, title: String?) throws(FormatterError) {
        let (headers, more) = try Self.groupScalarKeys(fromList: items)
        try addHeader(headers)
        for (index, element) in items.enumerated() {
            if index > 0 && !more.isEmpty {
                newSection(title: title, indentLevel: indentLevel)
                try addHeader(headers)
            }
            // Only a dict, "" or [] get here (anything else failed in groupScalarKeys).
            guard case .object(let object) = element else {
                if !headers.isEmpty {
                    throw .attribute("'\(PythonText.typeName(element))' object has no attribute 'get'")
                }
                try addRow([])
                // `key in ""` is true only for the empty key, and then `""[""]` fails.
                if case .string = element, more.contains("") {
                    throw .type("string indices must be integers, not 'str'")
                }
                continue
            }
            try addRow(headers.map { object[$0].map(PythonText.str) ?? "" })
            for key in more {
                // Some elements lack a nested member that others have.
                if let value = object[key] {
                    _ = try build(title: key, current: value, indentLevel: indentLevel + 1)
                }
            }
        }
    }

    /// Scalar keys and the rest, each sorted (`_group_scalar_keys`).
    static func groupScalarKeys(_ object: JSONObject) -> (headers: [String], more: [String]) {
        var headers: [String] = []
        var more: [String] = []
        for (key, value) in object.pairs {
            if PythonText.isScalar(value) { headers.append(key) } else { more.append(key) }
        }
        return (PythonText.sortedStrings(headers), PythonText.sortedStrings(more))
    }

    /// The union over a list's elements (`_group_scalar_keys_from_list`), with the exception
    /// Python raises when it iterates an element that is not a dict.
    ///
    /// A string element is iterated by character and `"abc"["a"]` fails; a list element is
    /// indexed by its own items, which only survives when they are all valid integer indexes:
    /// those integers then join the headers, and sorting them together with string keys fails.
    /// (Which operand order that `TypeError` names depends on Python's set order, which varies
    /// between runs; one is picked.)
    static func groupScalarKeys(fromList items: [JSON]) throws(FormatterError) -> (headers: [String], more: [String]) {
        var headers = Set<String>()
        var more = Set<String>()
        var integerHeaders = Set<Int>()
        for item in items {
            switch item {
            case .object(let object):
                let grouped = groupScalarKeys(object)
                headers.formUnion(grouped.headers)
                more.formUnion(grouped.more)
            case .string(let s):
                if !s.isEmpty { throw .type("string indices must be integers, not 'str'") }
            case .array(let elements):
                for element in elements {
                    let index: Int
                    switch element {
                    case .int(let i): index = i
                    case .bool(let b): index = b ? 1 : 0
                    default:
                        throw .type("list indices must be integers or slices, not \(PythonText.typeName(element))")
                    }
                    guard index < elements.count && index >= -elements.count else {
                        throw .index("list index out of range")
                    }
                    // All elements are integers by now, so the indexed value is a scalar.
                    integerHeaders.insert(index)
                }
            default:
                throw .type("'\(PythonText.typeName(item))' object is not iterable")
            }
        }
        if !integerHeaders.isEmpty {
            if !headers.isEmpty { throw .type("'<' not supported between instances of 'int' and 'str'") }
            // Only integer headers: the build goes on and fails later at the list's `.get`.
            return (integerHeaders.sorted().map(String.init), PythonText.sortedStrings(Array(more)))
        }
        return (PythonText.sortedStrings(Array(headers)), PythonText.sortedStrings(Array(more)))
    }
}
