import JSONValue
import ToolIO

/// One parameter's raw strings → its JSON value, by the member's shape.
enum ParameterValues {
    static func convert(_ raw: [String], argument: OperationArguments.Argument, model: ServiceModel,
                        fileSystem: FileSystem) throws(AWSCLIError) -> JSON {
        let values = try raw.map { value throws(AWSCLIError) in
            try ParameterFiles.resolve(value, parameter: argument.flag, fileSystem: fileSystem)
        }
        let shape = argument.shape
        switch shape.type {
        case "list":
            if let first = values.first, values.count == 1, first.first == "[" {
                return try json(first, argument: argument)
            }
            let member = model.shape(shape.member)
            return .array(try values.map { value throws(AWSCLIError) in
                try scalar(value, type: member?.type ?? "string", argument: argument)
            })
        case "structure", "map":
            return try json(values.first ?? "", argument: argument)
        default:
            return try scalar(values.first ?? "", type: shape.type, argument: argument)
        }
    }

    static func scalar(_ value: String, type: String, argument: OperationArguments.Argument) throws(AWSCLIError) -> JSON {
        switch type {
        case "integer", "long":
            guard let number = Int(value.trimmingCharacters(in: " ")) else {
                throw .parameter("invalid literal for int() with base 10: '\(value)'")
            }
            return .int(number)
        case "double", "float":
            guard let number = Double(value) else { throw .parameter("could not convert string to float: '\(value)'") }
            return .double(number)
        case "boolean":
            return .bool(value.lowercased() == "true")
        case "structure", "map", "list":
            return try json(value, argument: argument)
        default:
            return .string(value)
        }
    }

    static func json(_ text: String, argument: OperationArguments.Argument) throws(AWSCLIError) -> JSON {
        do {
            return try JSONParser.parse(text)
        } catch {
            throw .parameter("Error parsing parameter '\(argument.flag)': Invalid JSON: \(error.description)\nJSON received: \(text)")
        }
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}

/// botocore's client-side validation of the assembled input.
enum ParameterValidation {
    static func validate(_ input: JSON, shape: ServiceModel.Shape, model: ServiceModel) -> [String] {
        var problems: [String] = []
        for name in shape.required where input[name].isNull {
            problems.append("Missing required parameter in input: \"\(name)\"")
        }
        for (key, _) in input.object?.pairs ?? [] where shape.memberShape(key) == nil {
            let allowed = shape.members.map(\.name).joined(separator: ", ")
            problems.append("Unknown parameter in input: \"\(key)\", must be one of: \(allowed)")
        }
        return problems
    }
}
