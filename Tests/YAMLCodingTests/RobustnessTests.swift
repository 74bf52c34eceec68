import JSONValue
import Testing
@testable import YAMLCoding

/// Hostile input must end in a value or a `YAMLError`, never a crash or a hang.
@Suite struct RobustnessTests {
    @Test func deepFlowNestingIsRefusedLikeGoYAML() {
        let text = String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000)
        #expect(throws: YAMLError.self) { try KubeYAML.parse(text) }
        do {
            _ = try KubeYAML.parse(text)
        } catch {
            #expect(error.message == "yaml: line 1: exceeded max depth of 10000")
        }
    }

    @Test func nestingUpToTheLimitWorks() throws {
        let text = String(repeating: "[", count: 9_999) + String(repeating: "]", count: 9_999)
        var value = try KubeYAML.parse(text)
        var depth = 0
        while case .array(let items) = value {
            depth += 1
            value = items.first ?? .null
        }
        #expect(depth == 9_999)
        // And the emitter handles such depth without recursion.
        let deep = (0..<5_000).reduce(JSON.string("x")) { inner, _ in .array([inner]) }
        #expect(KubeYAML.emit(deep).hasSuffix("- x\n"))
    }

    @Test func deepBlockNesting() throws {
        var text = ""
        for i in 0..<2_000 { text += String(repeating: " ", count: i) + "k:\n" }
        let value = try KubeYAML.parse(text)
        #expect(value["k"]["k"]["k"] != .null)
    }

    @Test func billionLaughsIsRefused() {
        var text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        let names = ["b", "c", "d", "e", "f", "g", "h", "i"]
        var previous = "a"
        for name in names {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
            previous = name
        }
        do {
            _ = try KubeYAML.parse(text)
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "yaml: document contains excessive aliasing")
        }
    }

    @Test func modestAliasingIsExpanded() throws {
        let value = try KubeYAML.parse("a: &x {k: [1, 2]}\nb: *x\nc: [*x, *x]\n")
        #expect(value["b"] == value["a"])
        #expect(value["c"][1]["k"][1] == 2)
    }

    @Test func selfReferenceIsAnError() {
        #expect(throws: YAMLError(message: "yaml: anchor 'x' value contains itself")) {
            try KubeYAML.parse("a: &x [1, *x]\n")
        }
    }

    @Test func hugeInput() throws {
        var text = "items:\n"
        for i in 0..<50_000 { text += "- name: item\(i)\n  value: \"\(i)\"\n" }
        let value = try KubeYAML.parse(text)
        #expect(value["items"].array?.count == 50_000)
        #expect(KubeYAML.emit(value).count > text.count / 2)
    }

    @Test func binaryJunkNeverCrashes() {
        var generator = SplitMix(seed: 42)
        let alphabet: [Unicode.Scalar] = Array("-:?[]{},#&*!|>'\"%@`\t\n\r \\~.0aZ".unicodeScalars)
            + ["\u{0}", "\u{1}", "\u{7F}", "\u{85}", "\u{FEFF}", "\u{2028}", "é", "😀"]
        for length in [0, 1, 2, 5, 17, 64, 300] {
            for _ in 0..<150 {
                var scalars = String.UnicodeScalarView()
                for _ in 0..<length { scalars.append(alphabet[Int(generator.next() % UInt64(alphabet.count))]) }
                let text = String(scalars)
                _ = try? KubeYAML.parseDocuments(text)
                _ = try? KubeYAML.parse(text)
                _ = KubeYAML.emit(.object(JSONObject([(text, .string(text))])))
                _ = try? KubeYAML.checkedEmit(.string(text))
            }
        }
    }

    @Test func emptyAndNullDocuments() throws {
        #expect(try KubeYAML.parse("") == .null)
        #expect(try KubeYAML.parse("# just a comment\n") == .null)
        #expect(try KubeYAML.parseDocuments("---\n---\n# c\n---\nnull\n---\n~\n").isEmpty)
    }
}

/// A small deterministic generator for the fuzz loop.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
