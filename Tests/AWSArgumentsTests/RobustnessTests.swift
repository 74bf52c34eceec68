@testable import AWSArguments
import JSONValue
import Testing

/// No input may crash or hang: seeded random and pathological inputs through every entry point.
@Suite struct RobustnessTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
    }

    static let alphabet: [String] = ["a", "b", "=", ",", "[", "]", "{", "}", " ", "'", "\"", "\\", "@", "\n", "\r\n",
                                     "\t", "é", "😀", "\u{3000}", "\u{0}", "1", "-", ".", "file://x", "fileb://y",
                                     "true", "{\"", "\":", "null", "NaN", "1e5", "\u{FEFF}", "e\u{301}"]

    static func randomText(_ rng: inout Random, length: Int) -> String {
        (0..<length).map { _ in alphabet[rng.below(alphabet.count)] }.joined()
    }

    @Test func shorthandParserSurvivesRandomInput() {
        var rng = Random(state: 1)
        let files = ParamFiles { path throws(FileReadError) in
            if path == "x" { return Array("content".utf8) }
            throw .notFound
        }
        for _ in 0..<20_000 {
            let text = Self.randomText(&rng, length: rng.below(24))
            _ = try? ShorthandParser(paramFiles: files).parse(text)
        }
    }

    @Test func conversionSurvivesRandomValuesForEveryECSParameter() {
        var rng = Random(state: 2)
        let model = Fixtures.model("ecs")
        let conversion = ParameterConversion(model: model, paramFiles: .none, service: "ecs")
        for name in model.operations.keys.sorted() {
            guard let op = model.operations[name], let input = model.shape(op.input) else { continue }
            for (member, shapeName) in input.members {
                guard let shape = model.shape(shapeName) else { continue }
                for _ in 0..<12 {
                    let values = (0..<rng.below(3)).map { _ in Self.randomText(&rng, length: rng.below(30)) }
                    let flag = CLINames.flag(forMember: member)
                    if let value = try? conversion.pythonValue(for: flag, values: values, shape: shape) {
                        var params = PythonDict()
                        params[member] = value
                        let request = (try? InputBlobs.apply(to: .dict(params), shape: input, model: model)) ?? .dict(params)
                        _ = ParamValidator.validate(request, shape: input, model: model)
                        _ = PythonRepr.repr(request)
                        _ = request.json
                    }
                }
            }
        }
    }

    @Test func pathologicalInputsFinish() throws {
        let model = Fixtures.model("ecs")
        let conversion = ParameterConversion(model: model)
        let nc = try #require(model.shape("NetworkConfiguration"))
        let tags = try #require(model.shape("Tags"))
        // Far deeper than any limit: errors, not crashes.
        for open in ["[", "{b="] {
            let text = "a=" + String(repeating: open, count: 50_000)
            #expect(throws: ShorthandError.recursion) { try ShorthandParser().parse(text) }
        }
        let deepJSON = String(repeating: "[", count: 100_000)
        #expect(throws: ArgumentError.self) { try conversion.pythonValue(for: "--tags", values: [deepJSON], shape: tags) }
        // Many keys and long lists stay fast.
        let manyKeys = (0..<20_000).map { "k\($0)=v" }.joined(separator: ",")
        let parsed = try ShorthandParser().parseValue(manyKeys)
        if case .dict(let d) = parsed { #expect(d.count == 20_000) } else { Issue.record("not a dict") }
        let longList = "a=" + (0..<50_000).map { "v\($0)" }.joined(separator: ",")
        _ = try ShorthandParser().parseValue(longList)
        let bigObject = "{" + (0..<20_000).map { "\"k\($0)\": \($0)" }.joined(separator: ",") + "}"
        _ = try conversion.pythonValue(for: "--network-configuration", values: [bigObject], shape: nc)
        // Backtracking-prone quoting and escapes.
        _ = try? ShorthandParser().parse("a='" + String(repeating: "\\'", count: 20_000))
        _ = try? ShorthandParser().parse("a=" + String(repeating: "\\,", count: 20_000))
        _ = try? ShorthandParser().parse("a=b" + String(repeating: ",c", count: 20_000) + "=")
    }

    @Test func validatorSurvivesRandomValues() {
        var rng = Random(state: 3)
        let model = Fixtures.model("bedrock-runtime")
        guard let input = model.shape(model.operations["Converse"]?.input) else { return }
        func value(_ depth: Int) -> PythonValue {
            switch rng.below(depth > 6 ? 6 : 9) {
            case 0: return .none
            case 1: return .bool(rng.below(2) == 0)
            case 2: return .int(rng.below(100) - 50)
            case 3: return .float(Double(rng.below(1000)) / 7)
            case 4: return .str(Self.randomText(&rng, length: rng.below(5)))
            case 5: return .bytes([UInt8(rng.below(256))])
            case 6, 7: return .list((0..<rng.below(3)).map { _ in value(depth + 1) })
            default:
                var d = PythonDict(ordered: rng.below(2) == 0)
                let names = ["modelId", "messages", "role", "content", "text", "image", "toolConfig", "x"]
                for _ in 0..<rng.below(4) { d[names[rng.below(names.count)]] = value(depth + 1) }
                return .dict(d)
            }
        }
        for _ in 0..<3000 {
            _ = ParamValidator.validate(value(0), shape: input, model: model)
        }
    }
}
