import AWSArguments
import Foundation
import JSONValue
import Testing

@testable import AWSCLI

/// `ArgParser` against Python 3.13's argparse on seeded random command lines
/// (`Tools/aws-cli-oracle/argparse_cases.py`): the same namespace and leftover words, or the
/// same error.
@Suite struct ArgParserTests {
    static let lines: [JSON] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/argparse.jsonl")
        guard let data = try? Data(contentsOf: url) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { JSONParser.parseOrNil(String($0)) }
    }()

    struct Case: CustomTestStringConvertible, Sendable {
        let json: JSON
        var testDescription: String {
            (json["spec"].string ?? "") + " " + (json["argv"].array ?? []).compactMap(\.string).joined(separator: " ")
        }
    }

    static let cases: [Case] = lines.dropFirst().map(Case.init)

    static func parser(_ spec: String) -> ArgParser {
        var parser = ArgParser()
        for action in lines.first?["specs"][spec].array ?? [] {
            let name = action[1].string ?? ""
            let extra = action[2]
            switch action[0].string {
            case "flag":
                parser.add(.flag(name, dest: extra["dest"].string, value: extra["value"].bool ?? true))
            case "option":
                var nargs = ArgAction.Nargs.one
                if extra["nargs"].string == "*" { nargs = .zeroOrMore }
                if extra["nargs"].string == "?" { nargs = .optional }
                var option = ArgAction.option(name, nargs: nargs, type: extra["type"].string == "int" ? .int : .string,
                                              required: extra["required"].bool ?? false,
                                              choices: extra["choices"].array?.compactMap(\.string))
                option.const = extra["const"].string
                parser.add(option)
            default:
                var nargs = ArgAction.Nargs.one
                if extra["nargs"].string == "?" { nargs = .optional }
                parser.add(.positional(name, nargs: nargs, choices: extra["choices"].array?.compactMap(\.string)))
            }
        }
        return parser
    }

    /// aws-cli's long "Invalid choice" text and the oracle's short one name the same failure.
    static func normalized(_ message: String) -> String {
        guard let range = message.range(of: ": Invalid choice") else { return message }
        return String(message[..<range.lowerBound]) + ": Invalid choice"
    }

    @Test func fixturesArePresent() { #expect(Self.cases.count > 1000) }

    @Test("Python's argparse", arguments: cases)
    func parse(_ testCase: Case) {
        let parser = Self.parser(testCase.json["spec"].string ?? "")
        let argv = (testCase.json["argv"].array ?? []).compactMap(\.string)
        let expected = testCase.json["result"]
        do throws(ArgParseError) {
            let (namespace, extras) = try parser.parseKnownArgs(argv)
            #expect(expected["error"].isNull, "expected the error \(expected["error"].string ?? "")")
            #expect(extras == (expected["extras"].array ?? []).compactMap(\.string))
            var actual: [String: JSON] = [:]
            for (dest, value) in namespace.values {
                switch value {
                case .bool(let b): actual[dest] = .bool(b)
                case .list(let items): actual[dest] = .array(items.map(JSON.string))
                case .string(let text):
                    let isInt = parser.actions.contains { $0.dest == dest && $0.type == .int }
                    if isInt, case .int(let number)? = PythonConversions.int(text) {
                        actual[dest] = .string(String(number))
                    } else {
                        actual[dest] = .string(text)
                    }
                }
            }
            var wanted: [String: JSON] = [:]
            for (key, value) in expected["namespace"].object?.pairs ?? [] { wanted[key] = value }
            #expect(actual == wanted)
        } catch {
            #expect(Self.normalized(error.message) == Self.normalized(expected["error"].string ?? "<no error>"))
        }
    }
}
