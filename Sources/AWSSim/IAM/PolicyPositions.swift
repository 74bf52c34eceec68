/// Where each statement of a policy's text begins and ends (1-based line and column), which
/// the policy simulator reports for the statements that decided a request.
enum PolicyPositions {
    struct Position: Equatable {
        var line: Int
        var column: Int
    }

    /// Spans of the statement objects under the top-level `Statement` (one object or an
    /// array of them), in order; the end is the column just past the closing brace. Best
    /// effort: text IAM would have rejected yields fewer spans.
    static func statementSpans(_ text: String) -> [(start: Position, end: Position)] {
        var spans: [(Position, Position)] = []
        var line = 1, column = 0
        var depth = 0
        var inString = false, escaped = false
        var token = ""
        var lastTopLevelKey: String?
        var afterColon = false
        /// The nesting depth at which statement objects open: 1 for a single object, 2 inside an array.
        var statementDepth: Int?
        var open: Position?
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                line += 1
                column = 0
                continue
            }
            column += 1
            if inString {
                if escaped {
                    escaped = false
                } else if scalar == "\\" {
                    escaped = true
                } else if scalar == "\"" {
                    inString = false
                    if depth == 1 && !afterColon { lastTopLevelKey = token }
                } else {
                    token.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                inString = true
                token = ""
            case ":" where depth == 1:
                afterColon = true
            case "," where depth == 1:
                afterColon = false
            case "{", "[":
                let isStatementValue = depth == 1 && afterColon && lastTopLevelKey == "Statement" && statementDepth == nil
                if isStatementValue { statementDepth = scalar == "{" ? 1 : 2 }
                if scalar == "{", depth == statementDepth, open == nil {
                    open = Position(line: line, column: column)
                }
                depth += 1
            case "}", "]":
                depth -= 1
                if scalar == "}", depth == statementDepth, let start = open {
                    spans.append((start, Position(line: line, column: column + 1)))
                    open = nil
                    if statementDepth == 1 { statementDepth = -1 }
                }
                if scalar == "]", depth == 1, statementDepth == 2 { statementDepth = -1 }
            default:
                break
            }
        }
        return spans
    }
}
