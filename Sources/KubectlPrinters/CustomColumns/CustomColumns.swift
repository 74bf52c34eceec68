import GoPorts
import JSONValue

/// `kubectl get -o custom-columns=NAME:.metadata.name,IMAGES:.spec.containers[*].image` and
/// `-o custom-columns-file=FILE`.
///
/// Each cell is every value the column's path finds, printed with Go's `%v` (so a map shows as
/// `map[app:web]`, not JSON) and joined with `,`; a path that finds nothing shows `<none>`, an
/// explicit null `<nil>`. ESC and CR are made visible (`^[`, `\r`) as kubectl does against
/// terminal injection. Rows are laid out by kubectl's tabwriter.
public struct CustomColumns: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public var header: String
        /// The full template, e.g. `{.metadata.name}`.
        public var fieldSpec: String
    }

    public var columns: [Column]
    public var noHeaders: Bool

    /// Parses the value after `custom-columns=`; errors carry kubectl's message (print it after
    /// `error: `).
    public static func parse(spec: String, noHeaders: Bool) throws(CustomColumnsError) -> CustomColumns {
        if spec.isEmpty { throw CustomColumnsError("custom-columns format specified but no custom columns given") }
        var columns: [Column] = []
        // Split on bytes as Go does (a Character split would keep ",\u{301}" together).
        for part in spec.unicodeScalars.split(separator: ",", omittingEmptySubsequences: false) {
            guard let colon = part.firstIndex(of: ":") else {
                throw CustomColumnsError(
                    "unexpected custom-columns spec: \(String(part)), expected <header>:<json-path-expr>")
            }
            guard let fieldSpec = RelaxedJSONPath.expression(String(part[part.index(after: colon)...])) else {
                throw CustomColumnsError(RelaxedJSONPath.errorMessage)
            }
            columns.append(Column(header: String(part[..<colon]), fieldSpec: fieldSpec))
        }
        return CustomColumns(columns: columns, noHeaders: noHeaders)
    }

    /// Parses a `custom-columns-file`: a line of headers and a line of paths, both split on
    /// whitespace. kubectl ignores `--no-headers` for this format.
    public static func parse(file contents: String) throws(CustomColumnsError) -> CustomColumns {
        var lines = Self.scanLines(contents).makeIterator()
        let usage = "Expected format is one line of space separated headers, one line of space separated column specs."
        guard let headerLine = lines.next() else {
            throw CustomColumnsError("invalid template, missing header line. \(usage)")
        }
        guard let specLine = lines.next() else {
            throw CustomColumnsError("invalid template, missing spec line. \(usage)")
        }
        let headers = Self.words(headerLine)
        let specs = Self.words(specLine)
        if headers.count != specs.count {
            throw CustomColumnsError(
                "number of headers (\(headers.count)) and field specifications (\(specs.count)) don't match")
        }
        var columns: [Column] = []
        for (header, spec) in zip(headers, specs) {
            guard let fieldSpec = RelaxedJSONPath.expression(spec) else {
                throw CustomColumnsError(RelaxedJSONPath.errorMessage)
            }
            columns.append(Column(header: header, fieldSpec: fieldSpec))
        }
        return CustomColumns(columns: columns, noHeaders: false)
    }

    /// The table for `objects` (the items of a list, or the one object of `get TYPE NAME`).
    ///
    /// On an error kubectl has already written the header and earlier rows, which it still
    /// flushes to stdout; `CustomColumnsOutput.stdout` holds that text alongside the error.
    public func render(_ objects: [JSON]) -> CustomColumnsOutput {
        var writer = TabWriter()
        if !noHeaders {
            writer.write(columns.map(\.header).joined(separator: "\t") + "\n")
        }
        var paths: [KubeJSONPath] = []
        for column in columns {
            do {
                paths.append(try KubeJSONPath.compile(column.fieldSpec))
            } catch {
                writer.flush()
                return CustomColumnsOutput(stdout: writer.text, error: CustomColumnsError(error.message))
            }
        }
        for object in objects.map(KubectlUnstructured.normalize) {
            var cells: [String] = []
            for path in paths {
                let results: [[JSONPathValue]]
                do {
                    results = try path.findResults(object, allowMissingKeys: true)
                } catch {
                    writer.flush()
                    return CustomColumnsOutput(stdout: writer.text, error: CustomColumnsError(error.message))
                }
                var values: [String] = []
                if results.first?.isEmpty ?? true { values.append("<none>") }
                for result in results.joined() {
                    values.append(Self.escapeTerminal(result.goDescription))
                }
                cells.append(values.joined(separator: ","))
            }
            writer.write(cells.joined(separator: "\t") + "\n")
        }
        writer.flush()
        return CustomColumnsOutput(stdout: writer.text, error: nil)
    }

    /// kubectl's `EscapeTerminal`.
    static func escapeTerminal(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\u{1B}" || $0 == "\r" }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{1B}": out += "^["
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Go's `bufio.ScanLines`: lines split at `\n`, a trailing `\r` dropped, no empty last line.
    static func scanLines(_ text: String) -> [String] {
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        if text.unicodeScalars.last == "\n" || text.isEmpty { lines.removeLast() }
        return lines.map { String($0.last == "\r" ? $0.dropLast() : $0) }
    }

    /// Go's `bufio.ScanWords`: split on Unicode white space.
    static func words(_ line: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            if scalar.properties.isWhitespace {
                if !current.isEmpty { words.append(String(current)) }
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }
}

public struct CustomColumnsOutput: Sendable, Equatable {
    /// What kubectl writes to stdout, even when it then fails.
    public var stdout: String
    /// If set, kubectl prints `error: <message>` and exits 1.
    public var error: CustomColumnsError?
}

public struct CustomColumnsError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
