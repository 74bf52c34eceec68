import JSONValue

/// Why a JSONPath template could not be compiled or run, with client-go's own wording.
///
/// `message` is the bare engine error (`unterminated array`, `array index out of bounds: index
/// 5, length 2`). Each kubectl printer frames it differently, so the framing lives with the
/// printers: see `kubectlMessage(template:object:)` for `-o jsonpath`.
public struct JSONPathError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Stage: Sendable, Equatable {
        /// The template is malformed; kubectl says `error parsing jsonpath …`.
        case parse
        /// The template failed on this data; kubectl says `error executing jsonpath …`.
        case execute
        /// client-go hit a Go runtime panic (only templates that range over `null` elements get
        /// here) and kubectl crashes: `panic: <message>`, a goroutine dump, exit status 2.
        case panic
    }

    public var stage: Stage
    public var message: String

    public init(stage: Stage, message: String) {
        self.stage = stage
        self.message = message
    }

    public var description: String { message }

    /// What `kubectl get -o jsonpath=TEMPLATE` prints on stderr (after `error: `, which the
    /// caller adds as for every kubectl error, except for a panic), given the object handed to
    /// the engine. A panic's goroutine dump is reduced to its first line.
    ///
    /// A failed execution dumps the whole object in Go syntax and ends with two blank lines;
    /// kubectl adds no further newline because the message already ends with one.
    public func kubectlMessage(template: String, object: JSON) -> String {
        switch stage {
        case .parse:
            return "error parsing jsonpath \(template), \(message)"
        case .panic:
            return "panic: \(message)\n\ngoroutine 1 [running]:\n"
        case .execute:
            return "error executing jsonpath \(GoFormat.quote(template)): Error executing template: \(message). "
                + "Printing more information for debugging the template:\n"
                + "\ttemplate was:\n\t\t\(template)\n"
                + "\tobject given to jsonpath engine was:\n\t\t\(GoFormat.goSyntax(object))\n\n\n"
        }
    }
}
