import JSONValue

/// What `kubectl get … -o jsonpath…|custom-columns…|go-template…` writes, given the objects it fetched:
/// kubectl's `printGeneric` with its `SortingPrinter`, in the order kubectl does things
/// (build the printer, sort, print).
///
/// ```swift
/// // kubectl get pods -o jsonpath='{.items[*].metadata.name}' --sort-by=.metadata.name
/// if let format = KubectlGetPrinter.Format(output: "jsonpath={.items[*].metadata.name}") {
///     let out = KubectlGetPrinter.render(format, objects: pods, single: false,
///                                        sortBy: ".metadata.name", readFile: fs.read)
/// }
/// ```
///
/// `single` is true only for a get of exactly one named object (`get pod web`); then the
/// template sees the object itself and `--sort-by` is ignored. Everything else (`get pods`,
/// `get pods a b`, a selector matching one pod, no match at all) is printed as a `List`
/// (see `KubectlList`). Not-found errors and "No resources found" are the caller's business:
/// kubectl reports them before (or instead of) calling these printers.
public enum KubectlGetPrinter {
    /// The output formats handled here.
    public enum Format: Sendable, Equatable {
        case jsonpath(template: String)
        case jsonpathAsJSON(template: String)
        case jsonpathFile(path: String)
        case customColumns(spec: String)
        case customColumnsFile(path: String)
        /// `go-template` and its alias `template`.
        case goTemplate(template: String)
        /// `go-template-file` and its alias `templatefile`.
        case goTemplateFile(path: String)

        /// Reads `-o OUTPUT` (and `--template`, which supplies the template or file when the
        /// format is given bare, as in `-o jsonpath --template '{.kind}'`). Nil for any other
        /// format (json, yaml, wide, name…), which other printers handle.
        public init?(output: String, template: String = "") {
            let jsonpathFormats = ["jsonpath", "jsonpath-file", "jsonpath-as-json"]
            let columnFormats = ["custom-columns", "custom-columns-file"]
            let goTemplateFormats = ["go-template", "go-template-file", "template", "templatefile"]
            var name = output
            var value = template
            if template.isEmpty {
                for format in jsonpathFormats + columnFormats + goTemplateFormats where output.hasPrefix(format + "=") {
                    name = format
                    value = String(output.dropFirst(format.count + 1))
                    break
                }
            }
            switch name {
            case "jsonpath": self = .jsonpath(template: value)
            case "jsonpath-as-json": self = .jsonpathAsJSON(template: value)
            case "jsonpath-file": self = .jsonpathFile(path: value)
            case "custom-columns": self = .customColumns(spec: value)
            case "custom-columns-file": self = .customColumnsFile(path: value)
            case "go-template", "template": self = .goTemplate(template: value)
            case "go-template-file", "templatefile": self = .goTemplateFile(path: value)
            default: return nil
            }
        }
    }

    /// Renders `objects` (the fetched items, unwrapped) as kubectl would.
    ///
    /// - Parameters:
    ///   - single: a get of exactly one named object; the printer then sees that object.
    ///   - sortBy: the `--sort-by` value, empty for none.
    ///   - noHeaders: `--no-headers` (custom-columns only; the file form ignores it, as kubectl does).
    ///   - allowMissingTemplateKeys: `--allow-missing-template-keys` (jsonpath and go-template).
    ///   - typedObjects: the objects are a client-side generator's typed objects, which kubectl
    ///     serialises in field order rather than sorted (seen in a go-template's error dump).
    ///   - readFile: the simulated file system, for the `-file` formats.
    public static func render(
        _ format: Format,
        objects: [JSON],
        single: Bool,
        sortBy: String = "",
        noHeaders: Bool = false,
        allowMissingTemplateKeys: Bool = true,
        typedObjects: Bool = false,
        readFile: (String) -> Result<String, KubectlFileError> = { .failure(.notFound($0)) }
    ) -> KubectlGetOutput {
        // 1. Build the printer: template and column-spec errors come first.
        enum Printer {
            case jsonpath(KubeJSONPath, asJSON: Bool)
            case columns(CustomColumns)
            case goTemplate(KubectlGoTemplate)
        }
        let printer: Printer
        switch format {
        case .goTemplate(let template), .goTemplateFile(let template):
            if template.isEmpty { return .failure("template format specified but no template given") }
            var text = template
            if case .goTemplateFile(let path) = format {
                switch readFile(path) {
                case .success(let contents): text = contents
                case .failure(let error): return .failure("error reading --template \(path), \(error.message)\n")
                }
            }
            do {
                printer = .goTemplate(try KubectlGoTemplate.compile(text))
            } catch {
                return .failure("error parsing template \(text), \(error.message)\n")
            }
        case .jsonpath(let template), .jsonpathAsJSON(let template), .jsonpathFile(let template):
            if template.isEmpty { return .failure("template format specified but no template given") }
            var text = template
            if case .jsonpathFile(let path) = format {
                switch readFile(path) {
                case .success(let contents): text = contents
                case .failure(let error): return .failure("error reading --template \(path), \(error.message)")
                }
            }
            do {
                let asJSON: Bool
                if case .jsonpathAsJSON = format { asJSON = true } else { asJSON = false }
                printer = .jsonpath(try KubeJSONPath.compile(text), asJSON: asJSON)
            } catch {
                return .failure(error.kubectlMessage(template: text, object: .null))
            }
        case .customColumns(let spec):
            do {
                printer = .columns(try CustomColumns.parse(spec: spec, noHeaders: noHeaders))
            } catch {
                return .failure(error.message)
            }
        case .customColumnsFile(let path):
            if path.isEmpty { return .failure("custom-columns format specified but no custom columns given") }
            switch readFile(path) {
            case .failure(let error):
                return .failure("error reading template \(path), \(error.message)\n")
            case .success(let contents):
                do {
                    printer = .columns(try CustomColumns.parse(file: contents))
                } catch {
                    return .failure(error.message)
                }
            }
        }

        // 2. Sort (lists only).
        var items = objects.map(KubectlUnstructured.normalize)
        if !single && !sortBy.isEmpty {
            switch KubectlSort.sorted(items, by: sortBy) {
            case .success(let sorted): items = sorted
            case .failure(let error):
                return KubectlGetOutput(stdout: "", stderr: error.kubectlStderr(), exitCode: error.exitCode)
            }
        }

        // 3. Print.
        switch printer {
        case .jsonpath(let path, let asJSON):
            let value = single ? (items.first ?? .null) : KubectlList.wrap(items)
            do {
                let text =
                    asJSON
                    ? try path.executeAsJSON(value, allowMissingKeys: allowMissingTemplateKeys)
                    : try path.execute(value, allowMissingKeys: allowMissingTemplateKeys)
                return KubectlGetOutput(stdout: text, stderr: "", exitCode: 0)
            } catch {
                let message = error.kubectlMessage(template: path.template, object: value)
                if error.stage == .panic { return KubectlGetOutput(stdout: "", stderr: message, exitCode: 2) }
                return .failure(message)
            }
        case .goTemplate(let template):
            let value = single ? (items.first ?? .null) : KubectlList.wrap(items)
            let result = template.execute(value, allowMissingKeys: allowMissingTemplateKeys,
                                          sortedRawData: !(single && typedObjects))
            guard let error = result.error else { return KubectlGetOutput(stdout: result.stdout, stderr: "", exitCode: 0) }
            return KubectlGetOutput(stdout: result.stdout, stderr: "error: \(error)\n", exitCode: 1)
        case .columns(let columns):
            let output = columns.render(single ? Array(items.prefix(1)) : items)
            if let error = output.error {
                return KubectlGetOutput(stdout: output.stdout, stderr: "error: \(error.message)\n", exitCode: 1)
            }
            return KubectlGetOutput(stdout: output.stdout, stderr: "", exitCode: 0)
        }
    }
}

/// kubectl's streams and exit status for one command.
public struct KubectlGetOutput: Sendable, Equatable {
    public var stdout: String
    public var stderr: String
    public var exitCode: Int32

    public init(stdout: String, stderr: String, exitCode: Int32) {
        self.stdout = stdout
        self.stderr = stderr
        self.exitCode = exitCode
    }

    /// An error as kubectl's `CheckErr` prints it: `error: ` in front, a newline unless the
    /// message already ends with one, exit status 1.
    static func failure(_ message: String) -> KubectlGetOutput {
        let text = message.hasPrefix("error: ") ? message : "error: " + message
        return KubectlGetOutput(stdout: "", stderr: text.hasSuffix("\n") ? text : text + "\n", exitCode: 1)
    }
}

/// A failed read of a `-file` format's file, worded as Go's `*os.PathError`.
public struct KubectlFileError: Error, Sendable, Equatable {
    /// e.g. `open /tmp/x: no such file or directory`.
    public var message: String

    public init(message: String) { self.message = message }

    public static func notFound(_ path: String) -> KubectlFileError {
        KubectlFileError(message: "open \(path): no such file or directory")
    }
}
