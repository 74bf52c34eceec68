import JSONValue

/// `--output json`: `json.dump(response, indent=4, ensure_ascii=False)` plus a newline, keys
/// in the order the service sent them (`awscli/formatter.py`, `JSONFormatter`).
///
/// A response equal to `{}` (tagging and other operations without output) prints nothing;
/// any other value prints, including `[]`, `null` and a bare `--query` string with its quotes.
public enum JSONFormatter {
    public static func format(_ response: JSON) -> FormattedOutput {
        if case .object(let object) = response, object.isEmpty { return FormattedOutput(stdout: "") }
        // The wording of Python's C encoder when nesting exhausts the recursion limit.
        if let tooDeep = NestingLimit.error(
            for: response, message: "maximum recursion depth exceeded while encoding a JSON object")
        {
            return tooDeep
        }
        return FormattedOutput(stdout: JSONWriter.awsCLI.write(response) + "\n")
    }
}
