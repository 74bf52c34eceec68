import JSONValue

/// kubectl's go-template printer (cli-runtime `printers.GoTemplatePrinter`): the template is
/// parsed as `output` with kubectl's `exists` and `base64decode` added to Go's functions, and
/// run over the object as JSON decoded into `map[string]interface{}` (whole numbers become
/// `int64`, so `{{.spec.replicas}}` prints `3`).
///
/// ```swift
/// let template = try KubectlGoTemplate.compile("{{range .items}}{{.metadata.name}}{{\"\\n\"}}{{end}}")
/// let result = template.execute(list, allowMissingKeys: true)   // result.stdout, result.error
/// ```
///
/// Missing keys print `<no value>` (`missingkey=default`); with `--allow-missing-template-keys
/// =false` they are errors (`missingkey=error`). A failed execution leaves what was written
/// so far on stdout, followed by kubectl's debugging dump, as kubectl does.
public struct KubectlGoTemplate {
    public let template: String
    private let bytes: [UInt8]
    private let trees: [String: ListNode]

    public struct ParseError: Error, Sendable {
        /// Go's message, e.g. `template: output:1: unclosed action`.
        public var message: String
    }

    public struct Result: Sendable, Equatable {
        public var stdout: String
        /// kubectl's error (without `error: `), nil on success.
        public var error: String?
    }

    public static func compile(_ template: String) throws(ParseError) -> KubectlGoTemplate {
        let bytes = Array(template.utf8)
        do {
            let trees = try GoTemplateParser.parse(name: "output", text: bytes)
            return KubectlGoTemplate(template: template, bytes: bytes, trees: trees)
        } catch {
            throw ParseError(message: error.message)
        }
    }

    /// Runs the template over `object`. `sortedRawData` says how kubectl serialised the object
    /// for its error dump: sorted keys for objects read from the server (unstructured), field
    /// order for the typed objects of client-side generators (`create deployment --dry-run`).
    public func execute(_ object: JSON, allowMissingKeys: Bool = true, sortedRawData: Bool = true) -> Result {
        let data = KubectlUnstructured.normalize(object)
        let root: GoValue = GoValue.concrete(data) ?? .invalid
        let budget = GoTemplateExecutor.Budget(objects: object["items"].array?.count ?? 1)
        var executor = GoTemplateExecutor(trees: trees, text: bytes, name: "output", missingKeyIsError: !allowMissingKeys,
                                          budget: budget)
        do {
            try executor.execute(root)
            return Result(stdout: String(decoding: executor.out, as: UTF8.self), error: nil)
        } catch {
            let raw = sortedRawData ? GoJSON.marshal(object) : JSONWriter.goCompact.write(object)
            var out = executor.out
            out += Array("Error executing template: \(error.message). Printing more information for debugging the template:\n".utf8)
            out += Array("\ttemplate was:\n\t\t\(template)\n".utf8)
            out += Array("\traw data was:\n\t\t\(raw)\n".utf8)
            out += Array("\tobject given to template engine was:\n\t\t".utf8) + GoFmt.sprint([root.asInterfaceArgument])
            out += Array("\n\n".utf8)
            return Result(stdout: String(decoding: out, as: UTF8.self),
                          error: "error executing template \(GoQuote.quote(bytes)): \(error.message)")
        }
    }
}
