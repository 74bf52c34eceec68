/// Words expanded as a pod's own shell expands them: variables, `$((…))`, `$(…)`.
extension ShellScript.State {
    /// `NAME=value`, with a name the shell takes.
    static func isAssignment(_ word: String) -> Bool {
        guard let equals = word.firstIndex(of: "=") else { return false }
        return ShellWords.isName(word[..<equals])
    }

    /// A word with its `$NAME`, `${NAME}`, `${NAME:-default}`, `$?`, `$((…))` and `$(…)`
    /// replaced. An arithmetic error ends the script, as dash ends it.
    mutating func expand(_ word: String) -> String {
        guard word.contains("$") else { return word }
        var env = context.environment
        env["HOSTNAME"] = env["HOSTNAME"] ?? context.hostname
        var result = ""
        var chars = Array(word)[...]
        while let c = chars.first {
            chars = chars.dropFirst()
            guard c == "$" else {
                result.append(c)
                continue
            }
            if chars.first == "(", let end = ShellWords.substitutionEnd(chars) {
                let inner = String(chars[chars.index(after: chars.startIndex)..<chars.index(before: end)])
                chars = chars[end...]
                guard expansionDepth < ContainerProcess.substitutionDepthLimit else {
                    print("Shipyard: a pod's own command runs $(…) nested at most \(ContainerProcess.substitutionDepthLimit) deep",
                          newline: true, isError: true)
                    exitCode = 2
                    finished = true
                    aborted = true
                    return result
                }
                expansionDepth += 1
                defer { expansionDepth -= 1 }
                if let expression = ShellArithmetic.expression(inParentheses: inner) {
                    result += arithmetic(expand(expression), env)
                } else {
                    result += substitute(inner)
                }
                if finished { return result }
                continue
            }
            let scope = variables
            let value = { (name: String) in scope[name] ?? env[name] ?? "" }
            var name = ""
            if chars.first == "{" {
                chars = chars.dropFirst()
                while let n = chars.first, n != "}" {
                    name.append(n)
                    chars = chars.dropFirst()
                }
                chars = chars.dropFirst()
                result += ShellWords.parameter(name, value)
                continue
            } else if chars.first == "?" {
                chars = chars.dropFirst()
                result += String(lastStatus)
                continue
            } else {
                while let n = chars.first, n.isLetter || n.isNumber || n == "_" {
                    name.append(n)
                    chars = chars.dropFirst()
                }
            }
            if name.isEmpty { result.append("$") } else { result += value(name) }
        }
        return result
    }

    mutating func arithmetic(_ expression: String, _ env: [String: String]) -> String {
        let scope = variables
        switch ShellArithmetic.evaluate(expression, dialect: .dash, lookup: { scope[$0] ?? env[$0] }) {
        case .success(let outcome):
            for (name, value) in outcome.assignments { variables[name] = String(value) }
            return String(outcome.value)
        case .failure(let failure):
            print("sh: 1: \(failure.message)", newline: true, isError: true)
            exitCode = 2
            finished = true
            return ""
        }
    }

    /// `$(command)`: what the command prints at this moment, less its final newlines.
    mutating func substitute(_ command: String) -> String {
        var inner = self
        inner.lines = []
        inner.redirect = nil
        inner.run(ShellScript.split(command))
        // A subshell: its variables stay its own; its time has passed.
        requested = requested || inner.requested
        time = inner.time
        if inner.aborted {
            (aborted, finished, exitCode) = (true, true, inner.exitCode)
        }
        var text = inner.lines.filter { !$0.isError }.map(\.text).joined(separator: "\n")
        for line in inner.lines where line.isError { lines.append(line) }
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
