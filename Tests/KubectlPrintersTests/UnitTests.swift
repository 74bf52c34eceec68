import GoPorts
import JSONValue
import Testing

@testable import KubectlPrinters

/// Component-level checks; the byte-for-byte comparison with kubectl is in OracleTests.
@Suite struct JSONPathAPITests {
    let pod: JSON = [
        "apiVersion": "v1", "kind": "Pod",
        "metadata": ["name": "web", "labels": ["app": "web"]],
        "spec": ["containers": [["name": "a", "image": "nginx"], ["name": "b", "image": "busybox"]]],
        "status": ["replicas": 1_000_000.0, "ratio": 0.5],
    ]

    @Test func executesOnOneObject() throws {
        let path = try KubeJSONPath.compile("{.metadata.name}: {.spec.containers[*].image}")
        #expect(try path.execute(pod) == "web: nginx busybox")
    }

    @Test func executesOnAList() throws {
        let path = try KubeJSONPath.compile("{range .items[*]}{.metadata.name}{\"\\n\"}{end}")
        #expect(try path.execute(KubectlList.wrap([pod, pod])) == "web\nweb\n")
    }

    @Test func wholeFloatsPrintAsKubectlReceivesThem() throws {
        #expect(try KubeJSONPath.compile("{.status.replicas} {.status.ratio}").execute(pod) == "1000000 0.5")
    }

    @Test func parseErrorsCarryTheEngineMessage() {
        #expect(throws: JSONPathError(stage: .parse, message: "unterminated array")) {
            try KubeJSONPath.compile("{.items[}")
        }
        let error = JSONPathError(stage: .parse, message: "unterminated array")
        #expect(error.kubectlMessage(template: "{.items[}", object: .null) == "error parsing jsonpath {.items[}, unterminated array")
    }

    @Test func executionErrorsDumpTheObjectInGoSyntax() throws {
        let path = try KubeJSONPath.compile("{.spec.containers[5]}")
        do {
            _ = try path.execute(["spec": ["containers": []]])
            Issue.record("expected an error")
        } catch {
            #expect(error.stage == .execute)
            #expect(error.message == "array index out of bounds: index 5, length 0")
            let message = error.kubectlMessage(template: path.template, object: ["spec": ["containers": []]])
            #expect(message.hasSuffix("map[string]interface {}{\"spec\":map[string]interface {}{\"containers\":[]interface {}{}}}\n\n\n"))
        }
    }

    @Test func missingKeysAreErrorsOnlyWhenAsked() throws {
        let path = try KubeJSONPath.compile("{.nope}")
        #expect(try path.execute(pod) == "")
        #expect(throws: JSONPathError(stage: .execute, message: "nope is not found")) {
            try path.execute(pod, allowMissingKeys: false)
        }
    }

    @Test func valuesReturnsJSON() throws {
        let values = try KubeJSONPath.compile("{.spec.containers[*].name}{.kind}").values(pod)
        #expect(values == [["a", "b"], ["Pod"]])
    }

    @Test func asJSONPrintsOneArrayPerAction() throws {
        let text = try KubeJSONPath.compile("{.metadata.name}{.nope}").executeAsJSON(pod)
        #expect(text == "[\n    \"web\"\n]\n[]\n")
    }

    @Test func recognisesOutputFormats() {
        #expect(KubectlGetPrinter.Format(output: "jsonpath={.a}") == .jsonpath(template: "{.a}"))
        #expect(KubectlGetPrinter.Format(output: "jsonpath", template: "{.a}") == .jsonpath(template: "{.a}"))
        #expect(KubectlGetPrinter.Format(output: "jsonpath-as-json={.a}") == .jsonpathAsJSON(template: "{.a}"))
        #expect(KubectlGetPrinter.Format(output: "jsonpath-file=/t") == .jsonpathFile(path: "/t"))
        #expect(KubectlGetPrinter.Format(output: "custom-columns=A:.a") == .customColumns(spec: "A:.a"))
        #expect(KubectlGetPrinter.Format(output: "custom-columns-file=/c") == .customColumnsFile(path: "/c"))
        #expect(KubectlGetPrinter.Format(output: "jsonpath") == .jsonpath(template: ""))
        #expect(KubectlGetPrinter.Format(output: "json") == nil)
        #expect(KubectlGetPrinter.Format(output: "wide") == nil)
        #expect(KubectlGetPrinter.Format(output: "jsonpath={.a}", template: "{.b}") == nil)
    }

    @Test func singleObjectsAreNotSorted() {
        let out = KubectlGetPrinter.render(.jsonpath(template: "{.kind}"), objects: [pod], single: true, sortBy: "{")
        #expect(out == KubectlGetOutput(stdout: "Pod", stderr: "", exitCode: 0))
    }
}

@Suite struct GoFormattingTests {
    @Test func floatsPrintLikeFmt() {
        #expect(GoNumbers.formatV(1e6) == "1e+06")
        #expect(GoNumbers.formatV(123456) == "123456")
        #expect(GoNumbers.formatV(0.0001) == "0.0001")
        #expect(GoNumbers.formatV(0.00001) == "1e-05")
        #expect(GoNumbers.formatV(-2.5) == "-2.5")
        #expect(GoNumbers.formatV(1e100) == "1e+100")
        #expect(GoNumbers.formatV(-0.0) == "-0")
        #expect(GoNumbers.formatV(1.2345678901234567e19) == "1.2345678901234567e+19")
    }

    @Test func valuesPrintLikeSprint() {
        let value: JSON = ["b": [1, "x", .null], "a": ["k": true]]
        #expect(GoFormat.sprint(value) == "map[a:map[k:true] b:[1 x <nil>]]")
        #expect(GoFormat.goSyntax(value)
            == "map[string]interface {}{\"a\":map[string]interface {}{\"k\":true}, \"b\":[]interface {}{1, \"x\", interface {}(nil)}}")
    }

    @Test func quotesLikeStrconv() {
        #expect(GoFormat.quote("a\"b\\c\n\u{07}\u{7F}é\u{200B}😀") == "\"a\\\"b\\\\c\\n\\a\\x7fé\\u200b😀\"")
        #expect(GoFormat.formatRune("#") == "U+0023 '#'")
        #expect(GoFormat.formatRune("\t") == "U+0009")
    }

    @Test func jsonSortsKeysAndEscapesHTML() {
        #expect(GoJSON.marshal(["b": 1, "a": "<&>"]) == "{\"a\":\"\\u003c\\u0026\\u003e\",\"b\":1}")
    }

    @Test func normalizesNumbersAsTheServerSendsThem() {
        #expect(KubectlUnstructured.normalize(2.0) == .int(2))
        #expect(KubectlUnstructured.normalize(-0.0) == .int(0))
        if case .double = KubectlUnstructured.normalize(1e21) {} else { Issue.record("1e21 stays a float") }
        if case .double = KubectlUnstructured.normalize(9.3e18) {} else { Issue.record("beyond int64 stays a float") }
        if case .double = KubectlUnstructured.normalize(1.5) {} else { Issue.record("1.5 stays a float") }
    }
}

@Suite struct SortingPiecesTests {
    @Test func quantitiesCompareByValue() throws {
        func q(_ s: String) throws -> Quantity { try #require(Quantity(parsing: s)) }
        #expect(try q("100m") < q("1"))
        #expect(try q("1") < q("1Ki"))
        #expect(try q("1000") == q("1k"))
        #expect(try q("1Ki") < q("1.5Ki"))
        #expect(try q("1e-20") == q("1n"))
        #expect(try q("-1") < q("0"))
        #expect(try q("-2") < q("-1"))
        #expect(try q("m") == q("0"))
        #expect(try q("9Ei") == q("8Ei"))
        #expect(Quantity(parsing: "abc") == nil)
        #expect(Quantity(parsing: "2024-01-01T00:00:00Z") == nil)
        #expect(Quantity(parsing: "") == nil)
    }

    @Test func relaxedPaths() {
        #expect(RelaxedJSONPath.expression("metadata.name") == "{.metadata.name}")
        #expect(RelaxedJSONPath.expression(".metadata.name") == "{.metadata.name}")
        #expect(RelaxedJSONPath.expression("{metadata.name}") == "{.metadata.name}")
        #expect(RelaxedJSONPath.expression("{.metadata.name}") == "{.metadata.name}")
        #expect(RelaxedJSONPath.expression(".") == "{..}")
        #expect(RelaxedJSONPath.expression("") == "")
        #expect(RelaxedJSONPath.expression("{.a}{.b}") == nil)
    }

    @Test func sortsWithKubectlRules() {
        let pods: [JSON] = [
            ["metadata": ["name": "b"], "n": 2],
            ["metadata": ["name": "a"]],
            ["metadata": ["name": "c"], "n": 1],
        ]
        #expect(KubectlSort.order(pods, by: ".n") == .success([1, 2, 0]))
        #expect(KubectlSort.order(pods, by: ".x").failureMessage == "couldn't find any field with path \"{.x}\" in the list of objects")
        #expect(KubectlSort.order(pods, by: ".x", mode: .table).failureKind == .silent)
        #expect(KubectlSort.order(pods, by: ".metadata").failureKind == .fatal(sourceLine: 329, exitCode: 1))
    }

    @Test func goSortIsAPermutationForAnyComparator() throws {
        var rng = SplitMix64(seed: 7)
        for trial in 0..<300 {
            let count = trial % 90
            let order = GoSort<Never>.sort(count: count) { _, _ in rng.next() % 2 == 0 }
            #expect(order.sorted() == Array(0..<count))
        }
    }
}

extension Result where Failure == KubectlSortError {
    var failureMessage: String? {
        if case .failure(let error) = self { return error.message }
        return nil
    }
    var failureKind: KubectlSortError.Kind? {
        if case .failure(let error) = self { return error.kind }
        return nil
    }
}

/// A small deterministic generator for the randomized tests.
struct SplitMix64 {
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
