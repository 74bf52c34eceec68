import JSONValue
import Testing

@testable import JMESPath

/// Results compared with Python `jmespath` 1.1.0 through Python's `repr`, which tells `1` from
/// `1.0` (aws-cli prints them differently) and shows key order. Each line of the table is
/// `[expression, data, repr(jmespath.search(expression, data))]`, captured from the reference.
@Suite struct PythonResultTests {
    static let oracle = #"""
["length(@)", [1, 2, 3], "3"]
["length(`\"é😀\"`)", [1, 2, 3], "2"]
["avg(`[1,2]`)", [1, 2, 3], "1.5"]
["avg(`[2,2]`)", [1, 2, 3], "2.0"]
["sum(`[1,2]`)", [1, 2, 3], "3"]
["sum(`[1,2.0]`)", [1, 2, 3], "3.0"]
["sum(`[]`)", [1, 2, 3], "0"]
["sum(`[0.5, 1, 2]`)", [1, 2, 3], "3.5"]
["floor(`1.5`)", [1, 2, 3], "1"]
["floor(`-1.5`)", [1, 2, 3], "-2"]
["ceil(`-1.5`)", [1, 2, 3], "-1"]
["ceil(`1.0`)", [1, 2, 3], "1"]
["floor(`3`)", [1, 2, 3], "3"]
["to_number(`\"1.5\"`)", [1, 2, 3], "1.5"]
["to_number(`\"2\"`)", [1, 2, 3], "2"]
["to_number(`\" 1_000 \"`)", [1, 2, 3], "1000"]
["to_number(`\"-0\"`)", [1, 2, 3], "0"]
["to_number(`\"1e3\"`)", [1, 2, 3], "1000.0"]
["to_number(`\".5\"`)", [1, 2, 3], "0.5"]
["to_number(`\"5.\"`)", [1, 2, 3], "5.0"]
["to_number(`\"abc\"`)", [1, 2, 3], "None"]
["to_number(`\"1_\"`)", [1, 2, 3], "None"]
["to_number(`\"Infinity\"`)", [1, 2, 3], "inf"]
["to_number(`\"١٢\"`)", [1, 2, 3], "12"]
["to_number(`true`)", [1, 2, 3], "None"]
["to_number(`2.0`)", [1, 2, 3], "2.0"]
["abs(`-1.0`)", [1, 2, 3], "1.0"]
["abs(`-3`)", [1, 2, 3], "3"]
["abs(`-0.0`)", [1, 2, 3], "0.0"]
["max(`[1, 3.0, 3]`)", [1, 2, 3], "3.0"]
["max(`[3, 3.0]`)", [1, 2, 3], "3"]
["min(`[2.0, 2]`)", [1, 2, 3], "2.0"]
["max(`[\"b\", \"a\", \"é\"]`)", [1, 2, 3], "'é'"]
["to_string(`1.0`)", [1, 2, 3], "'1.0'"]
["to_string(`[1, 2.5e-7, 1e16, 1e15, 0.1]`)", [1, 2, 3], "'[1,2.5e-07,1e+16,1000000000000000.0,0.1]'"]
["to_string(`{\"é\": \"😀\\n\"}`)", [1, 2, 3], "'{\"\\\\u00e9\":\"\\\\ud83d\\\\ude00\\\\n\"}'"]
["to_string(`\"x\"`)", [1, 2, 3], "'x'"]
["sort(`[3, 1.5, 2, 1.5e0]`)", [1, 2, 3], "[1.5, 1.5, 2, 3]"]
["sort(`[\"b\", \"B\", \"é\", \"a\"]`)", [1, 2, 3], "['B', 'a', 'b', 'é']"]
["sort_by(`[{\"a\":2},{\"a\":1.0},{\"a\":1}]`, &a)", [1, 2, 3], "[{'a': 1.0}, {'a': 1}, {'a': 2}]"]
["`1.0`", [1, 2, 3], "1.0"]
["`1e2`", [1, 2, 3], "100.0"]
["`-0`", [1, 2, 3], "0"]
["`-0.0`", [1, 2, 3], "-0.0"]
["`[1, 1.0]`", [1, 2, 3], "[1, 1.0]"]
["`1.0` == `1`", [1, 2, 3], "True"]
["reverse(`[1, 2.0]`)", [1, 2, 3], "[2.0, 1]"]
["map(&floor(@), `[1.5, 2]`)", [1, 2, 3], "[1, 2]"]
["max_by(`[{\"a\":1},{\"a\":2.0},{\"a\":2}]`, &a)", [1, 2, 3], "{'a': 2.0}"]
["min_by(`[{\"a\":1},{\"a\":1.0}]`, &a).a", [1, 2, 3], "1"]
["not_null(`null`, `2.0`)", [1, 2, 3], "2.0"]
["to_array(`1.0`)", [1, 2, 3], "[1.0]"]
["@[0] < @[1]", [1, 2, 3], "True"]
["`2` > `1.5`", [1, 2, 3], "True"]
["'abc' < 'abd'", [1, 2, 3], "True"]
["'B' < 'a'", [1, 2, 3], "True"]
["`\"é\"` > 'z'", [1, 2, 3], "True"]
["`1` == `1.0`", [1, 2, 3], "True"]
["`[1]` == `[true]`", [1, 2, 3], "True"]
["`0` == `false`", [1, 2, 3], "False"]
["`{\"a\": 1}` == `{\"a\": 1.0}`", [1, 2, 3], "True"]
["!`0`", [1, 2, 3], "False"]
["!`[]`", [1, 2, 3], "True"]
["!`\"\"`", [1, 2, 3], "True"]
["contains(`[1.0]`, `1`)", [1, 2, 3], "True"]
["contains(`[0]`, `false`)", [1, 2, 3], "True"]
["contains('aé😀', '😀')", [1, 2, 3], "True"]
["starts_with('éa', 'é')", [1, 2, 3], "True"]
["ends_with('x😀', '😀')", [1, 2, 3], "True"]
["keys(`{\"b\": 1, \"a\": 2}`)", [1, 2, 3], "['b', 'a']"]
["values(`{\"b\": 1, \"a\": 2.5}`)", [1, 2, 3], "[1, 2.5]"]
["merge(`{\"a\": 1, \"b\": 2}`, `{\"a\": 1.5}`)", [1, 2, 3], "{'a': 1.5, 'b': 2}"]
["join(`\"-\"`, `[\"a\", \"b\"]`)", [1, 2, 3], "'a-b'"]
["type(`1.0`)", [1, 2, 3], "'number'"]
["type(`true`)", [1, 2, 3], "'boolean'"]
["@[::-1]", [1, 2, 3], "[3, 2, 1]"]
["@[-2:]", [1, 2, 3], "[2, 3]"]
["@[5:-9:-1]", [1, 2, 3], "[3, 2, 1]"]
["@[::2]", [1, 2, 3], "[1, 3]"]
["@[1:1]", [1, 2, 3], "[]"]
["[0][0:2].a", [1, 2, 3], "None"]
["a[0][0:2].b", {"a": [[{"b": 1}, {"b": 2}]]}, "None"]
"""#

    struct Expectation: CustomStringConvertible, Sendable {
        var expression: String
        var data: JSON
        var repr: String
        var description: String { expression }
    }

    static let expectations: [Expectation] = oracle.split(separator: "\n").compactMap { line in
        guard case .array(let fields)? = try? JSONParser.parse(String(line)), fields.count == 3,
            case .string(let expression) = fields[0], case .string(let repr) = fields[2]
        else { return nil }
        return Expectation(expression: expression, data: fields[1], repr: repr)
    }

    @Test func oracleTableIsComplete() {
        #expect(Self.expectations.count == Self.oracle.split(separator: "\n").count)
    }

    @Test("Same value and same int/float kinds as Python", arguments: expectations)
    func matchesPython(_ expected: Expectation) throws {
        let result = try JMESPathExpression(expected.expression).search(expected.data)
        #expect(PythonText.repr(result) == expected.repr)
    }

    @Test func intAndFloatCasesAreKeptApart() throws {
        func search(_ expression: String) throws -> JSON {
            try JMESPathExpression(expression).search([1, 2, 3])
        }
        guard case .int(3) = try search("length(@)") else { Issue.record("length is not an int"); return }
        guard case .double(2.0) = try search("avg(@)") else { Issue.record("avg is not a double"); return }
        guard case .int(6) = try search("sum(@)") else { Issue.record("sum of ints is not an int"); return }
        guard case .double(6.5) = try search("sum(`[1, 2, 3.5]`)") else { Issue.record("mixed sum"); return }
        guard case .int(1) = try search("floor(`1.9`)") else { Issue.record("floor is not an int"); return }
        guard case .int(2) = try search("ceil(`1.1`)") else { Issue.record("ceil is not an int"); return }
        guard case .double(1.5) = try search("to_number('1.5')") else { Issue.record("to_number('1.5')"); return }
        guard case .int(2) = try search("to_number('2')") else { Issue.record("to_number('2')"); return }
        guard case .string("1.0") = try search("to_string(`1.0`)") else { Issue.record("to_string(1.0)"); return }
    }

    @Test func evaluationIsRepeatable() throws {
        let compiled = try JMESPathExpression("items[?size > `1`].name | sort(@)")
        let first: JSON = ["items": [["name": "b", "size": 2], ["name": "a", "size": 3], ["name": "c", "size": 1]]]
        let second: JSON = ["items": [["name": "z", "size": 5]]]
        #expect(try compiled.search(first) == ["a", "b"])
        #expect(try compiled.search(second) == ["z"])
        #expect(try compiled.search(first) == ["a", "b"])
    }
}
