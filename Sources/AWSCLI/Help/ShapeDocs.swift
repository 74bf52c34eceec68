import AWSArguments

/// The model-derived parts of aws-cli's help pages: the tree of a parameter's or the output's
/// members (`name -> (type)`), the "Shorthand Syntax" example (`ParamShorthandDocGen`) and the
/// "JSON Syntax" example (`_json_example`). Documentation text is not part of Shipyard's models.
struct ShapeDocs {
    let model: ServiceModel

    // MARK: - Member trees

    /// The lines under `--x (list)` or an output member: the element's type for lists, the
    /// members of structures, each indented one more level.
    func tree(_ shape: ServiceModel.Shape, indent: Int, stack: [String] = []) -> [String] {
        guard stack.count < 12 else { return [] }
        let pad = String(repeating: " ", count: indent)
        switch shape.type {
        case "structure":
            if stack.filter({ $0 == shape.name }).count > 1 { return [pad + "( ... recursive ... )"] }
            var lines: [String] = []
            for (name, shapeName) in shape.members {
                guard let member = model.shape(shapeName) else { continue }
                lines.append(pad + "\(name) -> (\(typeName(member)))")
                lines += tree(member, indent: indent + 3, stack: stack + [shape.name])
            }
            return lines
        case "list":
            guard let member = model.shape(shape.member) else { return [] }
            if member.type == "structure" {
                return [pad + "(structure)"] + tree(member, indent: indent + 3, stack: stack + [shape.name])
            }
            return [pad + "(\(typeName(member)))"] + tree(member, indent: indent + 3, stack: stack + [shape.name])
        case "map":
            guard let key = model.shape(shape.key), let value = model.shape(shape.value) else { return [] }
            return [pad + "key -> (\(typeName(key)))", pad + "value -> (\(typeName(value)))"]
                + tree(value, indent: indent + 3, stack: stack + [shape.name])
        default:
            return []
        }
    }

    func typeName(_ shape: ServiceModel.Shape) -> String {
        shape.isDocument ? "document" : shape.type
    }

    // MARK: - Shorthand syntax

    private struct TooComplex: Error {}

    /// `ParamShorthandDocGen.generate_shorthand_example`: nil where aws-cli documents no
    /// shorthand, `""` where it is too complex to show.
    func shorthand(_ shape: ServiceModel.Shape) -> String? {
        guard model.supportsShorthand(shape) else { return nil }
        if shape.type == "structure", shape.members.count == 1, shape.members.first?.name == "Value",
            model.shape(shape.members.first?.shape)?.type == "string" {
            return nil
        }
        var stack: [String] = []
        do throws(TooComplex) {
            if shape.type == "list", let member = model.shape(shape.member) {
                return try shorthandDocs(member, &stack) + " ..."
            }
            return try shorthandDocs(shape, &stack)
        } catch {
            return ""
        }
    }

    private func shorthandDocs(_ shape: ServiceModel.Shape, _ stack: inout [String]) throws(TooComplex) -> String {
        if stack.count > 3 { throw TooComplex() }
        switch shape.type {
        case "structure":
            var parts: [String] = []
            for (name, shapeName) in shape.members {
                guard let member = model.shape(shapeName), !model.isDocumentContainer(member) else { continue }
                if stack.contains(member.name) {
                    parts.append("\(name)=( ... recursive ... )")
                    continue
                }
                stack.append(member.name)
                defer { stack.removeLast() }
                parts.append("\(name)=" + (try shorthandDocs(member, &stack)))
            }
            let inner = parts.joined(separator: ",")
            return stack.isEmpty ? inner : "{\(inner)}"
        case "list":
            guard let member = model.shape(shape.member) else { return "" }
            stack.append(member.name)
            let element: String
            do {
                element = try shorthandDocs(member, &stack)
            } catch {
                stack.removeLast()
                throw error
            }
            stack.removeLast()
            return member.isComplex || stack.count > 1 ? "[\(element),\(element)]" : "\(element),\(element)"
        case "map":
            guard let value = model.shape(shape.value) else { return "" }
            let valueDocs = try shorthandDocs(value, &stack)
            var start = "KeyName1=\(valueDocs),KeyName2=\(valueDocs)"
            if let key = model.shape(shape.key), !key.enumValues.isEmpty, stack.isEmpty {
                start += "\n\nWhere valid key names are:\n" + key.enumValues.map { "  \($0)\n" }.joined()
            } else if !stack.isEmpty {
                start = "{\(start)}"
            }
            return start
        default:
            return shape.type
        }
    }

    // MARK: - JSON syntax

    /// `_json_example`, as lines (two spaces per level).
    func jsonSyntax(_ shape: ServiceModel.Shape) -> [String] {
        var writer = IndentedWriter()
        var stack: [String] = []
        jsonExample(shape, &writer, &stack)
        return writer.lines
    }

    private func valueName(_ shape: ServiceModel.Shape, includeEnum: Bool = true) -> String {
        if shape.type == "string" {
            if !shape.enumValues.isEmpty, includeEnum { return shape.enumValues.map { "\"\($0)\"" }.joined(separator: "|") }
            return "\"string\""
        }
        return shape.type == "boolean" ? "true|false" : shape.type
    }

    private func jsonExample(_ shape: ServiceModel.Shape, _ writer: inout IndentedWriter, _ stack: inout [String]) {
        if stack.contains(shape.name) {
            if stack.filter({ $0 == shape.name }).count > 1 {
                if shape.type == "structure" { writer.write("{ ... recursive ... }") }
                return
            }
        }
        stack.append(shape.name)
        defer { stack.removeLast() }
        switch shape.type {
        case "list":
            guard let member = model.shape(shape.member) else { return }
            writer.write("[")
            if member.isScalar {
                writer.write("\(valueName(member)), ...")
            } else {
                writer.indent()
                writer.newLine()
                jsonExample(member, &writer, &stack)
                writer.newLine()
                writer.write("...")
                writer.dedent()
                writer.newLine()
            }
            writer.write("]")
        case "map":
            guard let key = model.shape(shape.key), let value = model.shape(shape.value) else { return }
            writer.write("{")
            writer.indent()
            writer.write("\(valueName(key)): ")
            if value.isScalar {
                writer.write(valueName(value))
            } else {
                writer.indent()
                jsonExample(value, &writer, &stack)
                writer.dedent()
            }
            writer.newLine()
            writer.write("...")
            writer.dedent()
            writer.write("}")
        case "structure":
            if shape.isDocument {
                writer.write("{...}")
                return
            }
            writer.write("{")
            writer.indent()
            writer.newLine()
            for (index, (name, shapeName)) in shape.members.enumerated() {
                guard let member = model.shape(shapeName) else { continue }
                if member.isScalar {
                    writer.write("\"\(name)\": \(valueName(member))")
                } else {
                    writer.write("\"\(name)\": ")
                    jsonExample(member, &writer, &stack)
                }
                if index < shape.members.count - 1 {
                    writer.write(",")
                    writer.newLine()
                }
            }
            writer.dedent()
            writer.newLine()
            writer.write("}")
        default:
            writer.write(valueName(shape))
        }
    }

    /// A list of scalars' "Syntax" block: `string string ...` and the valid values.
    func listSyntax(_ member: ServiceModel.Shape) -> [String] {
        let example = valueName(member, includeEnum: false)
        var lines = ["\(example) \(example) ..."]
        if member.type == "string", !member.enumValues.isEmpty {
            lines += ["", "Where valid values are:"] + member.enumValues.map { "    \($0)" }
        }
        return lines
    }
}

/// Text written with an indentation level, as aws-cli's doc style writes code blocks.
struct IndentedWriter {
    private(set) var lines: [String] = [""]
    private var level = 0

    mutating func write(_ text: String) {
        if let last = lines.indices.last {
            if lines[last].isEmpty { lines[last] = String(repeating: "  ", count: level) }
            lines[last] += text
        }
    }

    mutating func newLine() { lines.append("") }
    mutating func indent() { level += 1 }
    mutating func dedent() { level = max(0, level - 1) }
}
