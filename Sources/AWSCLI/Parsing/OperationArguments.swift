import JSONValue
import ToolIO

/// A parsed operation call: its input, or a skeleton to print instead.
struct OperationRequest {
    var input: JSON
    var skeleton: String?
}

/// Turns `--cluster-name demo --clusters a b --network-configuration …` into the operation's
/// input, as aws-cli's argument table does: one option per input member (`--x`/`--no-x` for
/// booleans), plus `--cli-input-json|yaml`, `--generate-cli-skeleton` and pagination options.
enum OperationArguments {
    struct Argument {
        var flag: String
        var member: String
        var shape: ServiceModel.Shape
        var required: Bool
        /// For the `--no-x` half of a boolean pair.
        var negated = false
    }

    static func table(for operation: ServiceModel.Operation, model: ServiceModel) -> [Argument] {
        guard let input = model.shape(operation.input) else { return [] }
        var arguments: [Argument] = []
        for (member, shapeName) in input.members {
            guard let shape = model.shape(shapeName) else { continue }
            let flag = "--" + CLINames.flag(for: member)
            let required = input.required.contains(member)
            arguments.append(Argument(flag: flag, member: member, shape: shape, required: required))
            if shape.type == "boolean" {
                arguments.append(Argument(flag: "--no-" + CLINames.flag(for: member), member: member, shape: shape,
                                          required: false, negated: true))
            }
        }
        return arguments
    }

    static func parse(_ tokens: [String], operation: ServiceModel.Operation, model: ServiceModel,
                      fileSystem: FileSystem) throws(AWSCLIError) -> OperationRequest {
        let arguments = table(for: operation, model: model)
        var extras: Set<String> = ["--cli-input-json", "--cli-input-yaml", "--generate-cli-skeleton"]
        if operation.paginator != nil { extras.formUnion(["--starting-token", "--page-size", "--max-items"]) }
        var values: [String: [String]] = [:]
        var seenFlags: [String] = []
        var unknown: [String] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            guard token.hasPrefix("--") else {
                unknown.append(token)
                continue
            }
            let parts = token.split(separator: "=", maxSplits: 1).map(String.init)
            let flag = parts[0]
            let argument = arguments.first { $0.flag == flag }
            guard argument != nil || extras.contains(flag) else {
                unknown.append(token)
                continue
            }
            let takesList = argument.map { $0.shape.type == "list" } ?? false
            let isBoolean = argument?.shape.type == "boolean"
            var collected: [String] = []
            if parts.count == 2 {
                collected = [parts[1]]
            } else if isBoolean {
                collected = []
            } else if flag == "--generate-cli-skeleton" {
                if index < tokens.count, !tokens[index].hasPrefix("--") {
                    collected = [tokens[index]]
                    index += 1
                } else {
                    collected = ["input"]
                }
            } else {
                while index < tokens.count, !tokens[index].hasPrefix("--") {
                    collected.append(tokens[index])
                    index += 1
                    if !takesList { break }
                }
                if collected.isEmpty {
                    throw .usage("argument \(flag): expected \(takesList ? "at least one argument" : "one argument")")
                }
            }
            values[flag, default: []] = collected
            seenFlags.append(flag)
        }
        if !unknown.isEmpty { throw .unknownOptions(unknown) }

        if let mode = values["--generate-cli-skeleton"]?.first {
            return OperationRequest(input: .null, skeleton: try Skeleton.render(mode, operation: operation, model: model))
        }

        var input = JSONObject()
        if let text = values["--cli-input-json"]?.first {
            let content = try ParameterFiles.resolve(text, parameter: "--cli-input-json", fileSystem: fileSystem)
            do {
                guard case .object(let object) = try JSONParser.parse(content) else {
                    throw AWSCLIError.parameter("Invalid JSON received.")
                }
                input = object
            } catch let error as JSONParseError {
                throw .parameter("Error parsing parameter '--cli-input-json': Invalid JSON: \(error.description)\nJSON received: \(content)")
            } catch {
                throw .parameter("Invalid JSON received.")
            }
        }
        for argument in arguments {
            guard let raw = values[argument.flag] else { continue }
            if argument.shape.type == "boolean" {
                input[argument.member] = .bool(!argument.negated)
                continue
            }
            input[argument.member] = try ParameterValues.convert(raw, argument: argument, model: model,
                                                                 fileSystem: fileSystem)
        }
        let missing = arguments.filter { $0.required && input[$0.member] == nil }.map(\.flag)
        if !missing.isEmpty {
            throw .usage("the following arguments are required: \(missing.joined(separator: ", "))")
        }
        if let paginator = operation.paginator {
            if let token = values["--starting-token"]?.first { input[paginator.inputToken] = .string(token) }
            if let size = values["--page-size"]?.first, let limit = paginator.limitKey, let n = Int(size) {
                input[limit] = .int(n)
            }
        }
        if let shape = model.shape(operation.input) {
            let problems = ParameterValidation.validate(.object(input), shape: shape, model: model)
            if !problems.isEmpty { throw .validation(problems) }
        }
        return OperationRequest(input: .object(input), skeleton: nil)
    }
}

/// Member names to option names, as aws-cli derives them (`clusterName` → `cluster-name`).
enum CLINames {
    static func flag(for member: String) -> String {
        var out = ""
        let chars = Array(member)
        for (i, c) in chars.enumerated() {
            if c.isUppercase, i > 0 {
                let previous = chars[i - 1]
                let next = i + 1 < chars.count ? chars[i + 1] : nil
                if previous.isLowercase || previous.isNumber || (next.map { $0.isLowercase } ?? false && previous.isUppercase) {
                    out.append("-")
                }
            }
            out += c.lowercased()
        }
        return out
    }
}

/// `file://` and `fileb://` parameter values.
enum ParameterFiles {
    static func resolve(_ value: String, parameter: String, fileSystem: FileSystem) throws(AWSCLIError) -> String {
        for prefix in ["file://", "fileb://"] where value.hasPrefix(prefix) {
            let path = String(value.dropFirst(prefix.count))
            do {
                return try fileSystem.readText(path)
            } catch {
                throw .parameter("Error parsing parameter '\(parameter)': Unable to load paramfile \(value): [Errno 2] No such file or directory: '\(path)'")
            }
        }
        return value
    }
}
