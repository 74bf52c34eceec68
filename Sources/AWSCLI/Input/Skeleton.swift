import AWSArguments
import JSONValue

/// `--generate-cli-skeleton`: botocore's `ArgumentGenerator` walk of a shape.
///
/// For input, strings are `""` (or an enum's first value), numbers `0`/`0.0`, booleans `true`,
/// timestamps 1970-01-01, blobs `null`; a list holds one element, a map one `KeyName` entry,
/// and a structure already being generated higher up (a recursive shape) is `{}`. For output
/// (`use_member_names`), strings are the member's name, or the member shape's name inside a
/// list (`["String"]`).
enum Skeleton {
    /// A generated value: JSON, with the places a timestamp goes marked so each output format
    /// can print Python's `datetime` as it would.
    indirect enum Value {
        case json(JSON)
        case timestamp
        case list([Value])
        case map([(String, Value)])
    }

    static func generate(_ shape: ServiceModel.Shape?, model: ServiceModel, useMemberNames: Bool) -> Value {
        guard let shape else { return .map([]) }
        var stack: [String] = []
        return generate(shape, model: model, useMemberNames: useMemberNames, name: "", stack: &stack)
    }

    private static func generate(_ shape: ServiceModel.Shape, model: ServiceModel, useMemberNames: Bool, name: String,
                                 stack: inout [String]) -> Value {
        stack.append(shape.name)
        defer { stack.removeLast() }
        guard stack.count < 200 else { return .map([]) }
        switch shape.type {
        case "structure":
            if stack.filter({ $0 == shape.name }).count > 1 { return .map([]) }
            return .map(shape.members.compactMap { member, shapeName in
                guard let memberShape = model.shape(shapeName) else { return nil }
                return (member, generate(memberShape, model: model, useMemberNames: useMemberNames, name: member,
                                         stack: &stack))
            })
        case "list":
            guard let member = model.shape(shape.member) else { return .list([]) }
            return .list([generate(member, model: model, useMemberNames: useMemberNames,
                                   name: useMemberNames ? member.name : "", stack: &stack)])
        case "map":
            guard let value = model.shape(shape.value) else { return .map([]) }
            return .map([("KeyName", generate(value, model: model, useMemberNames: useMemberNames, name: "", stack: &stack))])
        case "string":
            if useMemberNames { return .json(.string(name)) }
            return .json(.string(shape.enumValues.first ?? ""))
        case "integer", "long": return .json(0)
        case "float", "double": return .json(.double(0))
        case "boolean": return .json(true)
        case "timestamp": return .timestamp
        default: return .json(.null)
        }
    }

    /// The value as JSON, with timestamps as `text`.
    static func json(_ value: Value, timestamp: String) -> JSON {
        switch value {
        case .json(let json): return json
        case .timestamp: return .string(timestamp)
        case .list(let items): return .array(items.map { json($0, timestamp: timestamp) })
        case .map(let pairs): return .object(JSONObject(pairs.map { ($0.0, json($0.1, timestamp: timestamp)) }))
        }
    }

    /// `--generate-cli-skeleton input`: `json.dump(skeleton, indent=4)`, timestamps through
    /// aws-cli's JSON encoder (`isoformat()`).
    static func inputJSON(_ shape: ServiceModel.Shape?, model: ServiceModel) -> String {
        let value = generate(shape, model: model, useMemberNames: false)
        return PaginationToken.asciiEscaped(JSONWriter.awsCLI.write(json(value, timestamp: "1970-01-01T00:00:00"))) + "\n"
    }
}
