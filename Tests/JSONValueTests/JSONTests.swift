import Testing
@testable import JSONValue

@Suite struct JSONParserTests {
    @Test func keepsKeyOrder() throws {
        let value = try JSONParser.parse(#"{"b": 1, "a": [true, null, "x"], "c": {"z": 1.5}}"#)
        #expect(value.object?.keys == ["b", "a", "c"])
        #expect(value["a"][0] == true)
        #expect(value["c"]["z"] == 1.5)
    }

    @Test(arguments: [
        ("", "Expecting value: line 1 column 1 (char 0)"),
        ("{\"a\" 1}", "Expecting ':' delimiter: line 1 column 6 (char 5)"),
        ("[1 2]", "Expecting ',' delimiter: line 1 column 4 (char 3)"),
        ("{a: 1}", "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"),
        ("\"abc", "Unterminated string starting at: line 1 column 1 (char 0)"),
        ("{}\n x", "Extra data: line 2 column 2 (char 4)"),
        ("[1,]", "Expecting value: line 1 column 4 (char 3)"),
    ])
    func pythonStyleErrors(input: String, message: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(input) }
        do { _ = try JSONParser.parse(input) } catch { #expect(error.description == message) }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let text = String(repeating: "[", count: 100_000)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test func surrogatePairs() throws {
        #expect(try JSONParser.parse(#""\ud83d\ude00 \u00e9""#) == "😀 é")
    }
}

@Suite struct JSONWriterTests {
    @Test func pythonIndented() {
        let value: JSON = ["a": 1, "b": [1.0, "é<"], "c": [:], "d": []]
        #expect(JSONWriter.awsCLI.write(value) == """
        {
            "a": 1,
            "b": [
                1.0,
                "é<"
            ],
            "c": {},
            "d": []
        }
        """)
    }

    @Test func cloudTrailRecordsAreCompactAndPlain() {
        #expect(JSONWriter.cloudTrail.write(["k": "<a&b>", "n": 1.5, "l": [1, true, .null]])
            == #"{"k":"<a&b>","n":1.5,"l":[1,true,null]}"#)
    }

    @Test func goEscapesHTML() {
        #expect(JSONWriter.goCompact.write(["k": "<a&b>"]) == #"{"k":"\u003ca\u0026b\u003e"}"#)
        #expect(JSONWriter.goCompact.write(["k": "a\u{2028}b\u{2029}c→"]) == #"{"k":"a\u2028b\u2029c→"}"#)
    }

    @Test func everyDialectEscapesQuotesBackslashesAndControls() {
        let value: JSON = ["k": "\"q\" \\ \n\t\u{01} ü\u{2028}"]
        #expect(JSONWriter.goCompact.write(value) == #"{"k":"\"q\" \\ \n\t\u0001 ü\u2028"}"#)
        #expect(JSONWriter.cloudTrail.write(value) == "{\"k\":\"\\\"q\\\" \\\\ \\n\\t\\u0001 ü\u{2028}\"}")
    }

    @Test(arguments: [
        (1795754463.126, "1795754463.126"), (1e16, "1e+16"), (1e15, "1000000000000000.0"),
        (0.0001, "0.0001"), (0.00001, "1e-05"), (1.5, "1.5"), (-2.0, "-2.0"), (0.0, "0.0"),
        (123456789012345678.0, "1.2345678901234568e+17"),
    ])
    func pythonFloats(value: Double, text: String) {
        #expect(NumberFormat.python(value) == text)
    }

    @Test(arguments: [(1.0, "1"), (1e21, "1e+21"), (1e-7, "1e-7"), (0.5, "0.5"), (1e20, "100000000000000000000")])
    func goFloats(value: Double, text: String) {
        #expect(NumberFormat.go(value) == text)
    }
}

@Suite struct JSONObjectKeyTests {
    @Test func keysMatchWhateverTheirStorage() {
        var object = JSONObject()
        object["name"] = "short"
        object["deletionGracePeriodSeconds"] = 30
        // The same bytes kept in a buffer of its own rather than inline.
        var stored = "name"
        stored.reserveCapacity(64)
        #expect(object[stored] == "short")
        var long = "deletionGrace"
        long += "PeriodSeconds"
        #expect(object[long] == 30)
        #expect(object[String(decoding: Array("name".utf8), as: UTF8.self)] == "short")
    }

    @Test func keysThatDifferInAByteAreDifferentKeys() {
        var object = JSONObject()
        object["kind"] = "Pod"
        object["name"] = "web"
        object["é"] = "precomposed"
        object["e\u{301}"] = "combining"
        #expect(object.count == 4)
        #expect(object["kind"] == "Pod")
        #expect(object["name"] == "web")
        #expect(object["nam"] == nil)
        #expect(object["names"] == nil)
        #expect(object["\u{e9}"] == "precomposed")
        #expect(object["e\u{301}"] == "combining")
    }
}
