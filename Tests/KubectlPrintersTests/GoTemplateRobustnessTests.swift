import JSONValue
import Testing

@testable import KubectlPrinters

/// No go-template a learner types may crash or hang the shell: random token soup, absurd
/// nesting, templates that call themselves, loops whose output would never end. Passing means
/// finishing, with the errors named below where kubectl would have run (nearly) forever.
@Suite struct GoTemplateRobustnessTests {
    static let pods: [JSON] = OracleFixtures.objects["pods"].array ?? []
    static let types: [JSON] = OracleFixtures.objects["types"].array ?? []
    static let list = KubectlList.wrap(pods + types)

    static let pieces: [String] = [
        "{{", "}}", "{{-", "-}}", " ", "\n", "(", ")", ".", "$", "$x", ":=", "=", "|", ",", "\"", "'", "`", "\\",
        "/*", "*/", "if ", "else ", "end", "range ", "with ", "define ", "template ", "block ", "break",
        "continue", "nil", "true", ".items", ".metadata", ".name", ".status", ".spec", "index ", "slice ",
        "len ", "print ", "printf ", "\"%v\"", "\"%d\"", "\"%-5.2f\"", "eq ", "lt ", "and ", "or ", "not ",
        "html ", "js ", "urlquery ", "exists ", "base64decode ", "call ", "0", "1", "-1", "1.5", "1e3", "0x",
        "'a'", "\"x\"", "é", "名", "😀",
    ]

    static func randomText(_ rng: inout SplitMix64, maxPieces: Int) -> String {
        let count = Int(rng.next() % UInt64(maxPieces + 1))
        var text = ""
        for _ in 0..<count { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
        return text
    }

    @Test func randomTemplates() {
        var rng = SplitMix64(seed: 7)
        var compiled = 0
        for _ in 0..<8_000 {
            let text = Self.randomText(&rng, maxPieces: 16)
            guard let template = try? KubectlGoTemplate.compile(text) else { continue }
            compiled += 1
            _ = template.execute(Self.list)
            _ = template.execute(Self.list, allowMissingKeys: false)
            _ = template.execute(Self.types.first ?? .null, sortedRawData: false)
        }
        #expect(compiled > 500)
    }

    /// Bytes that are not UTF-8, in the template and in what it prints.
    @Test func invalidUTF8() {
        let bytes: [UInt8] = [0x7B, 0x7B, 0x22, 0xFF, 0x22, 0x7D, 0x7D, 0xC3, 0x7B, 0x7B, 0x2E, 0xE2, 0x82, 0x7D, 0x7D]
        let text = String(decoding: bytes, as: UTF8.self)
        _ = (try? KubectlGoTemplate.compile(text))?.execute(Self.list)
        let template = try? KubectlGoTemplate.compile(#"{{printf "%s|%q|%x" "\xff\xfe" "\xc3" (slice "é" 1)}}"#)
        #expect(template?.execute(.null).stdout == "\u{FFFD}\u{FFFD}|\"\\xc3\"|a9")
    }

    @Test(arguments: [
        String(repeating: "(", count: 5_000) + "1" + String(repeating: ")", count: 5_000),
        String(repeating: "{{if 1}}", count: 5_000) + String(repeating: "{{end}}", count: 5_000),
        String(repeating: "{{range .items}}", count: 5_000),
        "{{" + String(repeating: "print (", count: 3_000) + "1" + String(repeating: ")", count: 3_000) + "}}",
    ])
    func deepNesting(_ text: String) {
        let template: String = text.hasPrefix("(") ? "{{" + text + "}}" : text
        #expect(throws: KubectlGoTemplate.ParseError.self) { try KubectlGoTemplate.compile(template) }
    }

    @Test func nestingWithinTheLimitStillWorks() throws {
        let depth = GoTemplateParser.maxNesting / 2 - 1
        let text = "{{" + String(repeating: "print (", count: depth) + "1" + String(repeating: ")", count: depth) + "}}"
        #expect(try KubectlGoTemplate.compile(text).execute(.null).stdout == "1")
    }

    /// A template that calls itself through every kind of block, so each level costs the
    /// stack as much as it can; Go would go on to 100000 levels.
    @Test func recursionStopsWithGoError() throws {
        let text = #"{{define "R"}}{{if 1}}{{with .}}{{range $i, $c := .spec.containers}}{{if eq $i 0}}"#
            + #"{{template "R" $}}{{end}}{{end}}{{end}}{{end}}{{end}}{{template "R" .}}"#
        let result = try KubectlGoTemplate.compile(text).execute(Self.pods.first ?? .null)
        #expect(result.error?.hasSuffix("exceeded maximum template depth (100000)") == true)
    }

    @Test func runawayLoopsStop() throws {
        let nested = String(repeating: "{{range $.items}}", count: 12) + "x" + String(repeating: "{{end}}", count: 12)
        let result = try KubectlGoTemplate.compile(nested).execute(Self.list)
        #expect(result.error?.contains("Shipyard stopped this template") == true)
    }

    @Test func exponentialTemplatesStop() throws {
        var text = #"{{define "t0"}}x{{end}}"#
        for level in 1...40 {
            text += #"{{define "t\#(level)"}}{{template "t\#(level - 1)"}}{{template "t\#(level - 1)"}}{{end}}"#
        }
        text += #"{{template "t40"}}"#
        let result = try KubectlGoTemplate.compile(text).execute(.null)
        #expect(result.error?.contains("Shipyard stopped this template") == true)
    }

    @Test func hugeOutputStops() throws {
        let text = #"{{define "w"}}{{printf "%900000d" 1}}{{end}}"# + String(repeating: #"{{template "w"}}"#, count: 40)
        let result = try KubectlGoTemplate.compile(text).execute(.null)
        #expect(result.error?.contains("Shipyard stopped this template") == true)
    }
}
