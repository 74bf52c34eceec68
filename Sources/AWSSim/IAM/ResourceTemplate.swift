import JSONValue

/// A resource ARN (or condition-key value) as Resources/operation-permissions.json writes it:
/// text with `${…}` placeholders filled from one request. Resources/README.md documents the
/// placeholder language; in short, `${member}` is a request member (`a.b` nested, `a[]` each
/// element of a list, `x,y` the first of several that is present), `${Region}` and
/// `${Account}` are the call's, and `|filter` steps rewrite the values.
struct ResourceTemplate: Sendable, Equatable {
    let text: String

    /// What placeholders are filled from.
    struct Environment {
        var region: String
        var account: String
        var input: JSON
        /// EC2 ID prefixes (`i-`) and the ARN their resources have, up to the ID (`ec2Arn`).
        var idPrefixes: [(prefix: String, arn: String)] = []
        /// The ARN of an existing role, path included (`iamRole`).
        var roleArn: (String) -> String? = { _ in nil }
    }

    /// The filters the language knows; a table naming another is a mistake its tests catch.
    static let filters = ["name", "default", "logGroup", "ec2Arn", "iamRole"]

    /// Every expansion, one per combination of placeholder values; none when a placeholder
    /// has no value (the request does not name that resource).
    func expand(in environment: Environment) -> [String] {
        var results = [""]
        for piece in pieces {
            switch piece {
            case .literal(let text):
                results = results.map { $0 + text }
            case .placeholder(let spec):
                let values = Self.values(spec, in: environment)
                if values.isEmpty { return [] }
                results = results.flatMap { prefix in values.map { prefix + $0 } }
            }
        }
        return results
    }

    /// The placeholders' filter names, for checking a table against `filters`.
    var filterNames: [String] {
        pieces.flatMap { piece -> [String] in
            guard case .placeholder(let spec) = piece else { return [] }
            return spec.split(separator: "|").dropFirst().map { String($0.split(separator: "=").first ?? "") }
        }
    }

    private enum Piece {
        case literal(String)
        case placeholder(String)
    }

    private var pieces: [Piece] {
        var out: [Piece] = []
        var rest = Substring(text)
        while let open = rest.firstRange(of: "${") {
            let after = rest[open.upperBound...]
            guard let close = after.firstIndex(of: "}") else { break }
            out.append(.literal(String(rest[..<open.lowerBound])))
            out.append(.placeholder(String(after[..<close])))
            rest = after[after.index(after: close)...]
        }
        out.append(.literal(String(rest)))
        return out
    }

    private static func values(_ spec: String, in environment: Environment) -> [String] {
        let steps = spec.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        guard let source = steps.first else { return [] }
        var values: [String]
        switch source {
        case "Region": values = [environment.region]
        case "Account": values = [environment.account]
        default:
            values = source.split(separator: ",").lazy.map { members(String($0), of: environment.input) }
                .first { !$0.isEmpty } ?? []
        }
        for step in steps.dropFirst() {
            if step.hasPrefix("default=") {
                if values.isEmpty { values = [String(step.dropFirst("default=".count))] }
            } else {
                values = values.compactMap { filter(step, $0, environment) }
            }
        }
        return values
    }

    /// The non-empty strings at `path` (`a.b`, `a[]`, `a[].b`).
    private static func members(_ path: String, of input: JSON) -> [String] {
        var current = [input]
        for segment in path.split(separator: ".") {
            let isList = segment.hasSuffix("[]")
            let key = String(isList ? segment.dropLast(2) : segment)
            current = current.flatMap { value -> [JSON] in
                let member = value[key]
                return isList ? member.array ?? [] : [member]
            }
        }
        return current.compactMap { value in
            if let text = value.string { return text.isEmpty ? nil : text }
            return value.int.map(String.init)
        }
    }

    private static func filter(_ name: String, _ value: String, _ environment: Environment) -> String? {
        switch name {
        case "name":
            // ECS takes a name or an ARN wherever it takes a resource; the ARN's last segment is the name.
            return String(value.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
        case "logGroup":
            guard let range = value.firstRange(of: ":log-group:") else { return value }
            let name = value[range.upperBound...]
            return String(name.hasSuffix(":*") ? name.dropLast(2) : name)
        case "ec2Arn":
            guard let match = environment.idPrefixes.first(where: { value.hasPrefix($0.prefix) }) else { return nil }
            let template = ResourceTemplate(text: match.arn)
            return template.expand(in: environment).first.map { $0 + value }
        case "iamRole":
            if value.hasPrefix("arn:") { return value }
            return environment.roleArn(value) ?? "arn:aws:iam::\(environment.account):role/\(value)"
        default:
            return value
        }
    }
}
