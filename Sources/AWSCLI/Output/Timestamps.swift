import AWSArguments
import AWSOutput
import JSONValue

/// aws-cli v2 prints timestamp members as ISO 8601 (`2026-01-01T00:00:00.123000+00:00`);
/// which members are timestamps only the output shape knows.
enum Timestamps {
    static func convert(_ value: JSON, shape: ServiceModel.Shape?, model: ServiceModel, depth: Int = 0) -> JSON {
        guard let shape, depth < 64 else { return value }
        switch shape.type {
        case "timestamp":
            return AWSTimestamp.iso8601(value)
        case "structure":
            guard var object = value.object else { return value }
            for (name, shapeName) in shape.members {
                guard let member = object[name] else { continue }
                object[name] = convert(member, shape: model.shape(shapeName), model: model, depth: depth + 1)
            }
            return .object(object)
        case "list":
            guard let items = value.array else { return value }
            let memberShape = model.shape(shape.member)
            return .array(items.map { convert($0, shape: memberShape, model: model, depth: depth + 1) })
        case "map":
            guard var object = value.object else { return value }
            let valueShape = model.shape(shape.value)
            for (key, member) in object.pairs {
                object[key] = convert(member, shape: valueShape, model: model, depth: depth + 1)
            }
            return .object(object)
        default:
            return value
        }
    }
}
