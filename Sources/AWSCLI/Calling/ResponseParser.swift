import AWSArguments
import AWSOutput
import JSONValue

/// What botocore's JSON parser hands aws-cli, from a response body and the operation's output
/// shape: structure members in the *model's* order (not the order the service sent them), members
/// the model does not know or that are `null` left out, and — with v2's default
/// `cli_timestamp_format = iso8601` — timestamps as ISO 8601 text. Every output format prints
/// this, which is why `aws` output follows the model's member order.
enum ResponseParser {
    static func parse(_ body: JSON, shape: ServiceModel.Shape?, model: ServiceModel) -> JSON {
        guard let shape else { return .object(JSONObject()) }
        return parse(body, shape: shape, model: model, depth: 0) ?? .object(JSONObject())
    }

    private static func parse(_ value: JSON, shape: ServiceModel.Shape, model: ServiceModel, depth: Int) -> JSON? {
        if value.isNull { return nil }
        guard depth < 200 else { return value }
        switch shape.type {
        case "structure":
            if shape.isDocument { return value }
            guard let object = value.object else { return value }
            var parsed = JSONObject()
            for (name, shapeName) in shape.members {
                guard let raw = object[name], !raw.isNull else { continue }
                guard let memberShape = model.shape(shapeName) else {
                    parsed[name] = raw
                    continue
                }
                if let member = parse(raw, shape: memberShape, model: model, depth: depth + 1) { parsed[name] = member }
            }
            return .object(parsed)
        case "list":
            guard let items = value.array, let member = model.shape(shape.member) else { return value }
            return .array(items.map { parse($0, shape: member, model: model, depth: depth + 1) ?? .null })
        case "map":
            guard let object = value.object, let valueShape = model.shape(shape.value) else { return value }
            var parsed = JSONObject()
            for (key, item) in object.pairs {
                parsed[key] = parse(item, shape: valueShape, model: model, depth: depth + 1) ?? .null
            }
            return .object(parsed)
        case "timestamp":
            return AWSTimestamp.iso8601(value)
        default:
            return value
        }
    }
}
