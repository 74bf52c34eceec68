import AWSArguments
import YAMLCoding

/// `--cli-input-json` and `--cli-input-yaml`: the whole input from a document (usually a
/// `file://`), taken as it is — no shorthand, no type coercion — with parameters given on the
/// command line winning over the document's.
enum CLIInput {
    enum Format {
        case json
        case yaml

        var name: String { self == .json ? "cli-input-json" : "cli-input-yaml" }
    }

    /// The document's parameters, or aws-cli's error for a document it cannot use.
    static func load(_ text: String, format: Format) throws(AWSCLIError) -> PythonDict {
        let value: PythonValue
        switch format {
        case .json:
            switch PythonConversions.jsonLoads(text) {
            case .success(let loaded): value = loaded
            case .failure(.decode): throw .parameter("Error parsing parameter '\(format.name)': Invalid JSON received.")
            case .failure(.recursion(let message)): throw .general(message)
            }
        case .yaml:
            do throws(YAMLError) {
                value = PythonValue(try KubeYAML.parse(text))
            } catch {
                throw .parameter("Error parsing parameter '\(format.name)': Invalid YAML received.")
            }
        }
        guard case .dict(let dict) = value else {
            throw .parameter("Error parsing parameter '--\(format.name)': Invalid type: expecting map, received "
                             + "<class '\(PythonTypeName.of(value))'>")
        }
        return dict
    }

    /// `_update_call_parameters`: the document's keys that the command line did not set.
    static func merge(_ document: PythonDict, into parameters: inout PythonDict) {
        for (key, value) in document.pairs where !parameters.contains(key) {
            parameters[key] = value
        }
    }
}
