import JSONValue

/// `--generate-cli-skeleton [input|output]`: the request or response shape with placeholder values.
enum Skeleton {
    static func render(_ mode: String, operation: ServiceModel.Operation, model: ServiceModel) throws(AWSCLIError) -> String {
        switch mode {
        case "input":
            return JSONWriter.awsCLI.write(value(model.shape(operation.input), name: "", model: model, depth: 0)) + "\n"
        case "output":
            return JSONWriter.awsCLI.write(value(model.shape(operation.output), name: "", model: model, depth: 0)) + "\n"
        default:
            throw .usage("argument --generate-cli-skeleton: Invalid choice, valid choices are:\n\n"
                         + ChoiceList.format(["input", "output", "yaml-input"]))
        }
    }

    static func value(_ shape: ServiceModel.Shape?, name: String, model: ServiceModel, depth: Int) -> JSON {
        guard let shape, depth < 12 else { return .object(JSONObject()) }
        switch shape.type {
        case "structure":
            var object = JSONObject()
            for (member, shapeName) in shape.members {
                object[member] = value(model.shape(shapeName), name: member, model: model, depth: depth + 1)
            }
            return .object(object)
        case "list":
            return .array([value(model.shape(shape.member), name: name, model: model, depth: depth + 1)])
        case "map":
            return .object(JSONObject([("KeyName", value(model.shape(shape.value), name: name, model: model, depth: depth + 1))]))
        case "integer", "long": return 0
        case "double", "float": return 0.0
        case "boolean": return true
        case "timestamp": return "1970-01-01T00:00:00"
        default:
            if let first = shape.enumValues.first { return .string(first) }
            return .string(name.isEmpty ? "" : name)
        }
    }
}
