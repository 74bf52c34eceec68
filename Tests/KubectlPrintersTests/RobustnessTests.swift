import JSONValue
import Testing

@testable import KubectlPrinters

/// Nothing a learner types may crash the shell: random templates, column specs and sort
/// fields, absurd nesting and sizes. Passing means finishing; the answers are not checked here.
@Suite struct RobustnessTests {
    static let pods: [JSON] = OracleFixtures.objects["pods"].array ?? []
    static let types: [JSON] = OracleFixtures.objects["types"].array ?? []

    /// Characters that matter to the parsers, plus words they know.
    static let pieces: [String] = [
        "{", "}", "[", "]", "(", ")", ".", "..", "*", "@", "$", "?", "'", "\"", "\\", ":", ",", "=", "==",
        "!=", "<", ">=", "-", "+", "0", "1", "-1", "2.5", " ", "\n", "\t", "range ", "end", "items",
        "metadata", "name", "spec", "containers", "status", "true", "é", "名", "😀", "[?(@.", "[*]", "{.",
        "\\n", "x",
    ]

    static func randomText(_ rng: inout SplitMix64, maxPieces: Int) -> String {
        let count = Int(rng.next() % UInt64(maxPieces + 1))
        var text = ""
        for _ in 0..<count { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
        return text
    }

    @Test func randomTemplates() {
        var rng = SplitMix64(seed: 42)
        let list = KubectlList.wrap(Self.pods + Self.types)
        for _ in 0..<6_000 {
            let template = Self.randomText(&rng, maxPieces: 14)
            guard let path = try? KubeJSONPath.compile(template) else { continue }
            _ = try? path.execute(list)
            _ = try? path.execute(list, allowMissingKeys: false)
            _ = try? path.executeAsJSON(list)
            _ = try? path.execute(Self.pods.first ?? .null)
        }
    }

    @Test func randomColumnsAndSorts() {
        var rng = SplitMix64(seed: 9)
        for _ in 0..<3_000 {
            let spec = Self.randomText(&rng, maxPieces: 10)
            if let columns = try? CustomColumns.parse(spec: spec, noHeaders: false) {
                _ = columns.render(Self.pods + Self.types)
            }
            _ = try? CustomColumns.parse(file: spec)
            _ = KubectlSort.order(Self.pods + Self.types, by: spec)
            _ = KubectlSort.order(Self.pods + Self.types, by: spec, mode: .table)
        }
    }

    @Test func deepData() throws {
        var deep: JSON = "leaf"
        for _ in 0..<1_500 { deep = ["a": [deep]] }
        let pod: JSON = ["metadata": ["name": "deep"], "spec": deep]
        for template in ["{..}", "{..a}", "{.spec}", "{.spec.a[0].a[0]}", "{range ..a}{@}{end}"] {
            _ = try? KubeJSONPath.compile(template).execute(pod)
        }
        // Indented output grows with depth squared; one deep value is enough here.
        _ = try? KubeJSONPath.compile("{.spec}").executeAsJSON(pod)
        _ = try CustomColumns.parse(spec: "S:.spec,A:..a", noHeaders: false).render([pod, pod])
        _ = KubectlSort.order([pod, pod], by: ".spec.a")
        _ = JSONPathError(stage: .execute, message: "x").kubectlMessage(template: "", object: pod)
    }

    @Test func deepTemplates() {
        let nestedFilters = String(repeating: "[?(@.a", count: 500) + String(repeating: ")]", count: 500)
        #expect(throws: JSONPathError.self) { try KubeJSONPath.compile("{.x" + nestedFilters + "}") }
        let nestedUnions = "{.a" + String(repeating: "[", count: 300) + "0,1" + String(repeating: "]", count: 300) + "}"
        if let path = try? KubeJSONPath.compile(nestedUnions) { _ = try? path.execute(KubectlList.wrap(Self.pods)) }

        let ranges = String(repeating: "{range @}", count: 5_000) + "{.kind}"
        if let path = try? KubeJSONPath.compile(ranges) {
            #expect(throws: JSONPathError.self) { try path.execute(KubectlList.wrap(Self.pods)) }
        }
        let long = String(repeating: "{.items[*].metadata.name}x", count: 20_000)
        #expect(((try? KubeJSONPath.compile(long).execute(KubectlList.wrap(Self.pods))) ?? "").count > 20_000)
    }

    @Test func extremeIndexes() throws {
        let list = KubectlList.wrap(Self.pods)
        for index in ["9223372036854775807", "-9223372036854775808", "0:9223372036854775807",
                      "-9223372036854775808:9223372036854775807:9223372036854775807", "::9223372036854775807",
                      "9223372036854775807:"] {
            let path = try KubeJSONPath.compile("{.items[\(index)]}")
            _ = try? path.execute(list)
        }
        for quantity in ["1e2147483647", "1e-2147483648", "1e9223372036854775807", "99999999999999999999Ei",
                         "0.000000000000000000000000001", "-", "+", ".", "1.", ".5", "1e", "1ee1"] {
            _ = Quantity(parsing: quantity)
        }
    }

    @Test func manyColumnsAndRows() throws {
        let spec = (0..<3_000).map { "C\($0):.metadata.name" }.joined(separator: ",")
        let output = try CustomColumns.parse(spec: spec, noHeaders: false).render(Self.pods)
        #expect(output.error == nil)
        var many: [JSON] = []
        var rng = SplitMix64(seed: 3)
        for i in 0..<5_000 {
            many.append(["metadata": ["name": .string("p\(i)")], "n": .int(Int(rng.next() % 50))])
        }
        let order = try KubectlSort.order(many, by: ".n").get()
        #expect(order.count == 5_000)
    }
}
