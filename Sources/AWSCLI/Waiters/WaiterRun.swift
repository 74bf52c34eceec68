import AWSArguments
import AWSSim
import JMESPath
import JSONValue

/// botocore's `Waiter.wait` for any service model's waiters: poll the operation, match each
/// response against the acceptors in order, and sleep the waiter's delay between polls — on
/// the simulated clock, so the world moves on while the learner waits and no real time passes.
/// Success prints nothing; failure is `Waiter <Name> failed: <reason>` with return code 255.
struct WaiterRun {
    let caller: OperationCaller
    let waiter: ServiceModel.Waiter
    let model: ServiceModel

    struct Acceptor {
        var state: String
        var matcher: String
        var argument: String?
        var expected: JSON

        init(_ json: JSON) {
            state = json["state"].string ?? ""
            matcher = json["matcher"].string ?? ""
            argument = json["argument"].string
            expected = json["expected"]
        }

        /// `AcceptorConfig.explanation`, typo included.
        var explanation: String {
            let expectedText = Self.pythonString(expected)
            let argument = argument ?? "None"
            switch matcher {
            case "path": return "For expression \"\(argument)\" we matched expected path: \"\(expectedText)\""
            case "pathAll": return "For expression \"\(argument)\" all members matched excepted path: \"\(expectedText)\""
            case "pathAny":
                return "For expression \"\(argument)\" we matched expected path: \"\(expectedText)\" at least once"
            case "status": return "Matched expected HTTP status code: \(expectedText)"
            case "error": return "Matched expected service error code: \(expectedText)"
            default: return "No explanation for unknown waiter type: \"\(matcher)\""
            }
        }

        /// Python's `str()` of the expected value.
        static func pythonString(_ value: JSON) -> String {
            switch value {
            case .string(let s): return s
            case .bool(let b): return b ? "True" : "False"
            case .null: return "None"
            case .int(let i): return String(i)
            default: return PythonRepr.repr(PythonValue(value))
            }
        }

        func matches(_ response: JSON) -> Bool {
            let isError = Self.isWaiterError(response)
            switch matcher {
            case "path":
                guard !isError else { return false }
                return Self.pythonEqual(search(response), expected)
            case "pathAll", "pathAny":
                guard !isError, case .array(let items) = search(response), !items.isEmpty else { return false }
                return matcher == "pathAll"
                    ? items.allSatisfy { Self.pythonEqual($0, expected) }
                    : items.contains { Self.pythonEqual($0, expected) }
            case "status":
                return Self.pythonEqual(response["ResponseMetadata"]["HTTPStatusCode"], expected)
            case "error":
                switch expected {
                case .bool(true): return response.object?["Error"]?.object?["Code"] != nil
                case .bool(false): return response.object?["Error"] == nil
                default: return Self.pythonEqual(response["Error"]["Code"].isNull ? "" : response["Error"]["Code"], expected)
                }
            default:
                return false
            }
        }

        private func search(_ response: JSON) -> JSON {
            guard let argument, let expression = try? JMESPathExpression(argument),
                let result = try? expression.search(response) else { return .null }
            return result
        }

        /// `is_valid_waiter_error`: an `Error` dict with a `Code`.
        static func isWaiterError(_ response: JSON) -> Bool {
            response.object?["Error"]?.object?["Code"] != nil
        }

        /// Python's `==` between decoded JSON values (`True == 1`).
        static func pythonEqual(_ a: JSON, _ b: JSON) -> Bool {
            switch (a, b) {
            case let (.bool(x), .int(y)), let (.int(y), .bool(x)): return (x ? 1 : 0) == y
            case let (.bool(x), .double(y)), let (.double(y), .bool(x)): return (x ? 1.0 : 0.0) == y
            default: return a == b
            }
        }
    }

    func wait(_ parameters: PythonDict) throws(AWSCLIError) {
        let region = try caller.clientRegion()
        let acceptors = waiter.acceptors.map(Acceptor.init)
        var state = "waiting"
        var lastMatched: Int?
        var attempts = 0
        while true {
            let response: JSON
            switch try caller.attempt(parameters, region: region) {
            case .success(var body):
                body["ResponseMetadata"] = ["HTTPStatusCode": 200]
                response = body
            case .failure(let error):
                response = ["Error": ["Code": .string(error.code), "Message": .string(error.message)],
                            "ResponseMetadata": ["HTTPStatusCode": .int(error.httpStatus)]]
            }
            attempts += 1
            // Python's loop variable: the matched acceptor, or the last one tried.
            var current = acceptors.indices.last
            var matched = false
            for (index, acceptor) in acceptors.enumerated() where acceptor.matches(response) {
                lastMatched = index
                state = acceptor.state
                current = index
                matched = true
                break
            }
            if !matched, Acceptor.isWaiterError(response) {
                throw failure("An error occurred (\(response["Error"]["Code"].string ?? "Unknown")): "
                              + (response["Error"]["Message"].string ?? "Unknown"))
            }
            let explanation = current.map { acceptors[$0].explanation } ?? ""
            if state == "success" { return }
            if state == "failure" { throw failure("Waiter encountered a terminal failure state: \(explanation)") }
            if attempts >= waiter.maxAttempts {
                throw failure(lastMatched == nil
                              ? "Max attempts exceeded"
                              : "Max attempts exceeded. Previously accepted state: \(explanation)")
            }
            caller.context.endpoint.sleep(seconds: waiter.delay)
        }
    }

    private func failure(_ reason: String) -> AWSCLIError {
        .general("Waiter \(waiter.name) failed: \(reason)")
    }
}
