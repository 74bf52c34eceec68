import ToolIO

/// `export`, `unset`, `env`.
enum Variables {
    static let export: @Sendable (inout BuiltinContext) -> Void = { context in
        let session = context.session
        if context.arguments.isEmpty || context.arguments == ["-p"] {
            for name in session.exported.sorted() {
                guard let value = session.variables[name] else { continue }
                context.out("declare -x \(name)=\"\(value.replacing("\"", with: "\\\""))\"\n")
            }
            return
        }
        for argument in context.arguments {
            let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let name = parts[0]
            guard ShellParser.isName(name) else {
                context.fail("shipyard: export: `\(argument)': not a valid identifier")
                continue
            }
            if parts.count == 2 { session.variables[name] = parts[1] }
            session.exported.insert(name)
        }
    }

    static let unset: @Sendable (inout BuiltinContext) -> Void = { context in
        for name in context.arguments where name != "-v" {
            context.session.variables[name] = nil
            context.session.exported.remove(name)
        }
    }

    static let env: @Sendable (inout BuiltinContext) -> Void = { context in
        let environment = context.session.environment
        for name in environment.keys.sorted() { context.out("\(name)=\(environment[name] ?? "")\n") }
    }
}
