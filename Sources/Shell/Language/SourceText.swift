/// A parsed command written back out as bash shows it in `jobs`: words with their quotes,
/// one space between them, ` | ` and ` && ` between commands.
extension AndOrList {
    var sourceText: String {
        var text = first.sourceText
        for (connector, pipeline) in rest { text += (connector == .and ? " && " : " || ") + pipeline.sourceText }
        return text
    }
}

extension Pipeline {
    var sourceText: String {
        (negated ? "! " : "") + commands.map(\.sourceText).joined(separator: " | ")
    }
}

extension Command {
    var sourceText: String {
        switch self {
        case .simple(let command): return command.sourceText
        case .forLoop(let loop): return loop.sourceText
        case .whileLoop(let loop): return loop.sourceText
        case .ifClause(let clause): return clause.sourceText
        }
    }
}

/// As bash prints a loop in `jobs`: on one line, each command of the body ended by `;`.
extension ForLoop {
    var sourceText: String {
        var text = "for \(variable)"
        if let words { text += " in " + words.map(\.sourceText).joined(separator: " ") }
        return text + "; do" + body.sourceText + " done"
    }
}

extension WhileLoop {
    var sourceText: String {
        (until ? "until" : "while") + condition.sourceText + " do" + body.sourceText + " done"
    }
}

extension IfClause {
    var sourceText: String {
        var text = ""
        for (index, branch) in branches.enumerated() {
            text += (index == 0 ? "if" : " elif") + branch.condition.sourceText + " then" + branch.body.sourceText
        }
        if let elseBody { text += " else" + elseBody.sourceText }
        return text + " fi"
    }
}

extension Script {
    /// Each command with a space before it and `;` (or `&`) after it, as bash lists a body.
    var sourceText: String {
        items.map { " " + $0.sourceText + ($0.background ? " &" : ";") }.joined()
    }
}

extension SimpleCommand {
    var sourceText: String {
        var pieces = assignments.map { "\($0.name)=\($0.value.sourceText)" } + words.map(\.sourceText)
        for redirection in redirections {
            let target = redirection.target?.sourceText ?? ""
            switch redirection.kind {
            case .output: pieces.append((redirection.fd == 1 ? "" : "\(redirection.fd)") + "> " + target)
            case .append: pieces.append((redirection.fd == 1 ? "" : "\(redirection.fd)") + ">> " + target)
            case .input: pieces.append("< " + target)
            case .duplicate(let to): pieces.append("\(redirection.fd)>&\(to)")
            case .heredoc: pieces.append("<<EOF")
            case .both: pieces.append("&> " + target)
            }
        }
        return pieces.joined(separator: " ")
    }
}

extension Word {
    var sourceText: String { parts.map(\.sourceText).joined() }
}

extension WordPart {
    var sourceText: String {
        switch self {
        case .literal(let text): return text
        case .singleQuoted(let text): return "'\(text)'"
        case .doubleQuoted(let inner): return "\"" + inner.map(\.sourceText).joined() + "\""
        case .variable(let name): return "$\(name)"
        case .commandSubstitution(let inner): return "$(\(inner))"
        case .arithmetic(let expression): return "$((\(expression)))"
        }
    }
}
