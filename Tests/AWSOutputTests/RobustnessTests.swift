import AWSOutput
import JSONValue
import Testing

/// No input may crash a formatter: Shipyard prints whatever a `--query` produces.
///
/// Deterministic pseudo-random documents mix every JSON kind with awkward strings (quotes,
/// breaks, wide and astral characters, YAML look-alikes) and shapes the CLI rejects (mixed
/// lists, ragged rows). Exact bytes for such inputs were checked against the oracle outside
/// the test suite (thousands of documents per format, see the report); here every format
/// must simply return, and keep its basic shape.
struct RobustnessTests {
    @Test("random documents in every format", arguments: 0..<8)
    func randomDocuments(seed: UInt64) {
        var generator = DocumentGenerator(seed: seed)
        for _ in 0..<150 {
            let document = generator.value(depth: 0)
            for format in OutputFormat.allCases {
                for width in [0, 1, 40, 80] {
                    let result = AWSOutputFormatter.render(
                        document, format: format, operationName: "Op", terminalWidth: width)
                    if !result.stdout.isEmpty && format != .text {
                        #expect(result.stdout.hasSuffix("\n"))
                    }
                    if format != .text && format != .table { #expect(result.error == nil) }
                    if format == .table && result.error != nil { #expect(result.stdout.isEmpty) }
                }
            }
        }
    }

    /// Nested dicts and lists of dicts, `levels` containers deep.
    static func nested(_ levels: Int) -> JSON {
        var document: JSON = ["leaf": "x"]
        for level in 0..<levels {
            document = level % 2 == 0 ? ["key": document, "name": "n"] : [document]
        }
        return document
    }

    @Test func deepButParsableNestingIsFormatted() {
        // 512 levels: the most Shipyard's JSON parser accepts.
        let document = Self.nested(512)
        for format in OutputFormat.allCases {
            let result = AWSOutputFormatter.render(document, format: format, operationName: "Op")
            #expect(result.error == nil)
            #expect(!result.stdout.isEmpty)
        }
    }

    @Test func nestingBeyondTheLimitIsARecursionErrorNotACrash() {
        let document = Self.nested(5000)
        for format in OutputFormat.allCases {
            let result = AWSOutputFormatter.render(document, format: format, operationName: "Op")
            #expect(result.stdout.isEmpty)
            #expect(result.error?.pythonType == "RecursionError")
        }
    }

    @Test func extremeNumbers() {
        let document: JSON = ["values": [.int(Int.max), .int(Int.min), .double(.infinity), .double(-.infinity), .double(.nan), .double(-0.0), .double(.leastNonzeroMagnitude)]]
        for format in OutputFormat.allCases {
            _ = AWSOutputFormatter.render(document, format: format, operationName: "Op")
        }
        // Python's names for the non-finite floats; expected bytes printed by Tools/aws-output/oracle.py
        // for `{"x": Infinity}` (text), `{"x": -Infinity}` (yaml) and `{"x": NaN}` (json).
        #expect(AWSOutputFormatter.format(["x": .double(.infinity)], format: .text, operationName: "Op") == "inf\n")
        #expect(AWSOutputFormatter.format(["x": .double(-.infinity)], format: .yaml, operationName: "Op") == "x: -.inf\n")
        #expect(AWSOutputFormatter.format(["x": .double(.nan)], format: .json, operationName: "Op") == "{\n    \"x\": NaN\n}\n")
    }
}

/// A small xorshift generator: reproducible without Foundation.
struct DocumentGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    mutating func next(_ bound: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(state % UInt64(max(bound, 1)))
    }

    static let strings: [String] = [
        "", "ACTIVE", "true", "null", "~", "123", "1e3", "2026-11-27T04:41:03.126000+00:00",
        "a: b", "- x", "#c", "it's", "say \"hi\"", "tab\there", "line\nbreak", "\r\n", " lead",
        "trail ", "日本語", "é", "😀", "\u{2028}", "\u{85}", "\u{FEFF}", "\u{7}", "\0",
        String(repeating: "word ", count: 40), String(repeating: "k", count: 140),
    ]

    mutating func value(depth: Int) -> JSON {
        switch next(depth > 3 ? 6 : 9) {
        case 0: return .null
        case 1: return .bool(next(2) == 0)
        case 2: return .int(next(200) - 100)
        case 3: return .double(Double(next(2000)) / 8 - 100)
        case 4, 5: return .string(Self.strings[next(Self.strings.count)])
        case 6, 7:
            return .array((0..<next(4)).map { _ in value(depth: depth + 1) })
        default:
            var object = JSONObject()
            for _ in 0..<next(5) {
                object[Self.strings[next(Self.strings.count)]] = value(depth: depth + 1)
            }
            return .object(object)
        }
    }
}
