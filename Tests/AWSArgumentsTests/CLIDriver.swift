import AWSArguments
import JSONValue

/// Replays an oracle argv through `OperationInput`: splits flags from values (enough for the
/// oracle's commands; argparse proper belongs to Shipyard's front end) and frames errors as
/// aws-cli prints them.
struct CLIDriver {
    struct Outcome {
        var stderr: String
        var rc: Int32
        var params: PythonValue?
    }

    let model: ServiceModel
    let operation: String
    let files: ParamFiles
    var maximumJSONDepth = 1000

    func run(_ arguments: [String]) -> Outcome {
        guard let op = OperationInput(model: model, operation: operation) else {
            return Outcome(stderr: "no such operation", rc: -1)
        }
        var given: [String: [String]] = [:]
        var current: String?
        var binaryFormat = InputBlobs.BinaryFormat.base64
        var tokens = arguments
        if let i = tokens.firstIndex(of: "--cli-binary-format"), i + 1 < tokens.count {
            binaryFormat = InputBlobs.BinaryFormat(rawValue: tokens[i + 1]) ?? .base64
            tokens.removeSubrange(i...(i + 1))
        }
        for token in tokens {
            if token.hasPrefix("--") {
                current = token
                given[token] = []
            } else if let flag = current {
                given[flag, default: []].append(token)
            }
        }
        let known = Set(op.arguments.flatMap { [$0.flag] + ($0.negativeFlag.map { [$0] } ?? []) })
        let unknown = given.keys.filter { !known.contains($0) }.sorted()
        if !unknown.isEmpty { return Outcome(stderr: "Unknown options: " + unknown.joined(separator: ", "), rc: 252) }
        var request: PythonValue?
        do {
            let converted = try op.convert(given, paramFiles: files, binaryFormat: binaryFormat, maximumJSONDepth: maximumJSONDepth)
            request = converted
            try ParamValidator.check(converted, shape: op.input, model: model)
            return Outcome(stderr: "", rc: 0, params: converted)
        } catch {
            return Outcome(stderr: frame(error), rc: error.returnCode, params: request)
        }
    }

    private func frame(_ error: ArgumentError) -> String {
        // argparse errors come after a usage text that is the front end's business.
        error.kind == .argumentParser ? "aws: error: " + error.message : "\n" + error.message + "\n"
    }
}
