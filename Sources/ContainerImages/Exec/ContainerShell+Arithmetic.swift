/// `$((…))` in a container's shell: dash's arithmetic, its assignments kept as variables.
extension ContainerShell {
    /// The statement with each `$((EXPRESSION))` replaced by its value. An expression dash
    /// cannot evaluate ends the script with its message, as dash does.
    static func substituteArithmetic(in statement: inout ShellWords.Statement, _ variables: inout [String: String],
                                     status: Int32, _ process: inout ContainerProcess) throws(ContainerExitError) {
        statement.text = try arithmetic(statement.text, &variables, status: status, &process)
        for index in statement.piped.indices {
            statement.piped[index] = try arithmetic(statement.piped[index], &variables, status: status, &process)
        }
    }

    private static func arithmetic(_ text: String, _ variables: inout [String: String], status: Int32,
                                   _ process: inout ContainerProcess) throws(ContainerExitError) -> String {
        guard text.contains("$((") else { return text }
        var result = ""
        var characters = Array(text)[...]
        var inSingleQuotes = false
        while let character = characters.popFirst() {
            if character == "'" { inSingleQuotes.toggle() }
            guard !inSingleQuotes, character == "$", characters.first == "(", let end = ShellWords.substitutionEnd(characters),
                let expression = ShellArithmetic.expression(
                    inParentheses: String(characters[characters.index(after: characters.startIndex)..<characters.index(before: end)]))
            else {
                result.append(character)
                continue
            }
            characters = characters[end...]
            let expanded = expandVariables(expression, variables, status: status, process.context)
            let scope = variables
            let context = process.context
            switch ShellArithmetic.evaluate(expanded, dialect: .dash, lookup: { scope[$0] ?? context.environmentValue($0) }) {
            case .success(let outcome):
                for (name, value) in outcome.assignments { variables[name] = String(value) }
                result += String(outcome.value)
            case .failure(let failure):
                process.printError("sh: \(process.scriptLine): \(failure.message)\n")
                throw ContainerExitError(exit: .exited(2))
            }
        }
        return result
    }

    /// `$NAME`, `${NAME}` and `$?` in an expression, replaced by their values.
    private static func expandVariables(_ text: String, _ variables: [String: String], status: Int32,
                                        _ context: ContainerExecContext) -> String {
        guard text.contains("$") else { return text }
        var result = ""
        var characters = Substring(text)
        while let character = characters.popFirst() {
            guard character == "$" else {
                result.append(character)
                continue
            }
            var name: Substring
            if characters.first == "{", let close = characters.firstIndex(of: "}") {
                let inside = String(characters[characters.index(after: characters.startIndex)..<close])
                characters = characters[characters.index(after: close)...]
                result += ShellWords.parameter(inside) { expansion($0, variables, context, status: status) }
                continue
            } else if characters.first == "?" {
                name = characters.prefix(1)
                characters = characters.dropFirst()
            } else {
                name = characters.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
                characters = characters.dropFirst(name.count)
            }
            if name.isEmpty { result.append("$") } else { result += expansion(String(name), variables, context, status: status) }
        }
        return result
    }
}
