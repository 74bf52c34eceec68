/// Where each statement of a policy's text begins and ends (1-based line and column), which
/// the policy simulator reports for the statements that decided a request.
enum PolicyPositions {
    struct Position: Equatable {
        var line: Int
        var column: Int
    }

    /// Spans of the statement objects under the top-level `Statement`, in order. Best effort:
    /// malformed text (which IAM would have rejected) yields fewer spans.
    static func statementSpans(_ text: String) -> [(start: Position, end: Position)] {
        var spans: [(Position, Position)] = []
        var line = 1, column = 0
        var depth = 0
        var inString = false, escaped = false
        var currentString = ""
        var lastKeyAtDepth1: String?
        var statementContainerDepth: Int?
        var openStart: Position?
        var expectingValueForKey = false
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
                    currentString.unicodeScalars.append(scalar)
                } else if scalar == "\\" {
                    escaped = true
                } else if scalar == "\"" {
                    inString = false
                    if depth == 1 && !expectingValueForKey { lastKeyAtDepth1 = currentString }
                } else {
                    currentString.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                inString = true
                currentString = ""
            case ":":
                if depth == 1 { expectingValueForKey = true }
            case ",":
                if depth == 1 { expectingValueForKey = false }
            case "{", "[":
                if depth == 1 && expectingValueForKey && lastKeyAtDepth1 == "Statement" {
                    statementContainerDepth = depth + 1
                    if scalar == "{" { openStart = Position(line: line, column: column) }
                } else if let container = statementContainerDepth, scalar == "{", depth == container {
                    openStart = Position(line: line, column: column)
                }
                depth += 1
            case "}", "]":
                depth -= 1
                if let container = statementContainerDepth, scalar == "}", let start = openStart {
                    let closesSingle = depth == 1 && container == 2 && lastKeyAtDepth1 == "Statement"
                    if depth == container || closesSingle {
                        spans.append((start, Position(line: line, column: column + 1)))
                        openStart = nil
                    }
                }
                if depth <= 1 { statementContainerDepth = depth == 1 && scalar == "]" ? nil : statementContainerDepth }
                if depth == 1 && statementContainerDepth != nil && (scalar == "]" || spans.count > 0 && lastKeyAtDepth1 == "Statement" && scalar == "}") {
                    statementContainerDepth = nil
                }
            default:
                break
            }
        }
        return spans
    }
}
