/// The shell language as tutorials use it, parsed: lists of and-or chains of pipelines of
/// commands, simple ones (words, assignments and redirections), loops and `if`.
public struct Script: Equatable, Sendable {
    public var items: [AndOrList]
}

public struct AndOrList: Equatable, Sendable {
    public enum Connector: Equatable, Sendable { case and, or }
    public var first: Pipeline
    public var rest: [(Connector, Pipeline)]
    /// Ended by `&`: run as a background job.
    public var background = false

    public static func == (lhs: AndOrList, rhs: AndOrList) -> Bool {
        lhs.first == rhs.first && lhs.background == rhs.background && lhs.rest.count == rhs.rest.count
            && zip(lhs.rest, rhs.rest).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    }
}

public struct Pipeline: Equatable, Sendable {
    public var commands: [Command]
    /// `! cmd` inverts the status.
    public var negated: Bool
}

/// One command of a pipeline.
public indirect enum Command: Equatable, Sendable {
    case simple(SimpleCommand)
    /// `for NAME in WORDS; do LIST; done`, as the tutorials loop over pods
    /// (`for i in 0 1; do kubectl exec "web-$i" -- hostname; done`).
    case forLoop(ForLoop)
    /// `while LIST; do LIST; done` and `until …` (`until kubectl get pod web | grep -q Running;
    /// do sleep 1; done`).
    case whileLoop(WhileLoop)
    /// `if LIST; then LIST; [elif LIST; then LIST;]… [else LIST;] fi`.
    case ifClause(IfClause)

    /// The command when it is a simple one.
    public var simple: SimpleCommand? {
        if case .simple(let command) = self { return command }
        return nil
    }
}

public struct ForLoop: Equatable, Sendable {
    /// The variable's name as written (checked when the loop runs).
    public var variable: String
    /// The words after `in`, expanded when the loop starts; nil without `in` (the positional
    /// parameters, which the learner's shell has none of).
    public var words: [Word]?
    public var body: Script
}

public struct WhileLoop: Equatable, Sendable {
    /// `until`: the body runs while the condition fails.
    public var until: Bool
    public var condition: Script
    public var body: Script
}

public struct IfClause: Equatable, Sendable {
    public struct Branch: Equatable, Sendable {
        public var condition: Script
        public var body: Script
    }

    /// `if` and each `elif`, in order.
    public var branches: [Branch]
    public var elseBody: Script?
}

public struct SimpleCommand: Equatable, Sendable {
    public var assignments: [Assignment]
    public var words: [Word]
    public var redirections: [Redirection]
}

public struct Assignment: Equatable, Sendable {
    public var name: String
    public var value: Word
}

public struct Redirection: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// `> file` (`2> file`): truncate.
        case output
        /// `>> file`: append.
        case append
        /// `< file`.
        case input
        /// `2>&1`: duplicate onto another descriptor.
        case duplicate(Int)
        /// `<<EOF` … `EOF`: the body, and whether `$` expansions apply (unquoted delimiter).
        case heredoc(body: String, expands: Bool)
        /// `&> file`: stdout and stderr.
        case both
    }

    public var fd: Int
    public var kind: Kind
    public var target: Word?
}

/// A word before expansion: literal text, quoted text, `$VAR`, `${VAR}`, `$?`, `$(…)`.
public struct Word: Equatable, Sendable {
    public var parts: [WordPart]

    public init(parts: [WordPart]) { self.parts = parts }

    /// The word's text when it contains no expansions (for command names and keywords).
    public var literalText: String? {
        var text = ""
        for part in parts {
            switch part {
            case .literal(let s), .singleQuoted(let s): text += s
            case .doubleQuoted(let inner):
                guard let innerText = Word(parts: inner).literalText else { return nil }
                text += innerText
            default: return nil
            }
        }
        return text
    }
}

public indirect enum WordPart: Equatable, Sendable {
    /// Unquoted text; subject to tilde expansion at the start of a word.
    case literal(String)
    case singleQuoted(String)
    case doubleQuoted([WordPart])
    /// `$NAME` or `${NAME}`; `?` for the last status.
    case variable(String)
    /// `$(…)` or backquotes: the inner command line.
    case commandSubstitution(String)
    /// `$((…))`: the expression, evaluated when the word is expanded.
    case arithmetic(String)
}
