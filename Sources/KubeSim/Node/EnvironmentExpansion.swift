/// Kubernetes' `$(VAR)` expansion in a container's variables, command and arguments: a
/// defined variable's value, `$$` for a literal `$`, and anything else left as written (an
/// undefined `$(NAME)`, an unclosed `$(`, a `$` before another character).
enum EnvironmentExpansion {
    static func expand(_ input: String, _ lookup: (String) -> String?) -> String {
        guard input.contains("$") else { return input }
        var output = ""
        var rest = Substring(input)
        while let dollar = rest.firstIndex(of: "$") {
            output += rest[..<dollar]
            let after = rest.index(after: dollar)
            guard after < rest.endIndex else {
                output += "$"
                rest = rest[after...]
                break
            }
            switch rest[after] {
            case "$":
                output += "$"
                rest = rest[rest.index(after: after)...]
            case "(":
                let nameStart = rest.index(after: after)
                if let close = rest[nameStart...].firstIndex(of: ")") {
                    let name = String(rest[nameStart..<close])
                    output += lookup(name) ?? "$(\(name))"
                    rest = rest[rest.index(after: close)...]
                } else {
                    output += "$("
                    rest = rest[nameStart...]
                }
            default:
                output += "$" + String(rest[after])
                rest = rest[rest.index(after: after)...]
            }
        }
        return output + rest
    }
}
