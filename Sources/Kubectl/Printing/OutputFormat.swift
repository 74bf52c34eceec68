import JSONValue
import KubectlPrinters
import ToolIO

/// What `-o` asked for.
enum OutputFormat: Equatable {
    case table(wide: Bool)
    case name
    case json
    case yaml
    /// jsonpath, jsonpath-as-json, jsonpath-file, custom-columns, custom-columns-file,
    /// go-template (alias template), go-template-file (alias templatefile).
    case template(KubectlGetPrinter.Format)

    /// The printing flags every command with `-o` has (kubectl's PrintFlags).
    static func addFlags(to flags: inout FlagSet) {
        flags.add("output", "o", .string)
        flags.add("template", nil, .string)
        flags.add("allow-missing-template-keys", nil, .bool, default: "true")
        flags.add("show-managed-fields", nil, .bool)
    }

    /// `-o` as the command's printer reads it. Only `get` prints tables (`wide`,
    /// `custom-columns`); every other command's printer names the formats without them.
    static func parse(_ flags: FlagSet, tables: Bool = false) throws(KubectlError) -> OutputFormat {
        var text = flags.string("output")
        // kubectl's PrintFlags: a --template without -o means a Go template.
        if !flags.isSet("output") && !flags.string("template").isEmpty { text = "go-template" }
        switch text {
        case "": return .table(wide: false)
        case "wide" where tables: return .table(wide: true)
        case "name": return .name
        case "json": return .json
        case "yaml": return .yaml
        default:
            if let format = KubectlGetPrinter.Format(output: text, template: flags.string("template")),
                tables || !text.hasPrefix("custom-columns")
            {
                return .template(format)
            }
            let allowed = tables
                ? "custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml"
                : "go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml"
            throw .message("unable to match a printer suitable for the output format \"\(text)\", allowed formats are: \(allowed)")
        }
    }
}

/// Whole objects as kubectl prints them: keys sorted (they pass through a Go map), lists
/// wrapped in a `List`.
enum ObjectPrinter {
    static func list(_ items: [JSON]) -> JSON {
        ["apiVersion": "v1", "items": .array(items), "kind": "List", "metadata": ["resourceVersion": ""]]
    }

    static func sorted(_ value: JSON) -> JSON {
        switch value {
        case .object(let object): return .object(JSONObject(object.sortedPairs.map { ($0.key, sorted($0.value)) }))
        case .array(let items): return .array(items.map(sorted))
        default: return value
        }
    }

    /// Prints `objects` in a non-table format: the object itself when `single` (a get of one
    /// named object, or what create/apply/run just made), else a `List`. `keyOrder` is false
    /// for client-side generators, which print their typed object in Go field order.
    static func print(_ objects: [JSON], single: Bool, format: OutputFormat, sortBy: String = "",
                      keyOrder sortKeys: Bool = true, context: inout CommandContext) {
        switch format {
        case .json, .yaml:
            let document = single ? (objects.first ?? .null) : list(objects)
            if format == .json {
                context.out(JSONWriter.kubectl.write(sortKeys ? sorted(document) : document) + "\n")
            } else {
                context.out(KubectlYAML.render(document))
            }
        case .template(let template):
            let fs = context.invocation.fileSystem
            let output = KubectlGetPrinter.render(
                template, objects: objects, single: single, sortBy: sortBy,
                noHeaders: context.flags.bool("no-headers"),
                allowMissingTemplateKeys: context.flags.bool("allow-missing-template-keys"),
                typedObjects: !sortKeys,
                readFile: { path in
                    do {
                        return .success(try fs.readText(path))
                    } catch {
                        return .failure(.notFound(path))
                    }
                })
            context.out(output.stdout)
            context.err(output.stderr)
            if output.exitCode != 0 { context.output.status = output.exitCode }
        case .name, .table:
            break
        }
    }
}
