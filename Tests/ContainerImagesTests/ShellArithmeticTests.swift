import Testing
@testable import ContainerImages

/// `$((…))` as bash 5.2 and dash 0.5.12 on Debian 12 evaluate it: the values and the
/// messages below are what those shells printed for the same expressions.
struct ShellArithmeticTests {
    func value(_ text: String, _ dialect: ShellArithmetic.Dialect, _ variables: [String: String] = [:]) -> Int? {
        try? ShellArithmetic.evaluate(text, dialect: dialect, lookup: { variables[$0] }).get().value
    }

    func message(_ text: String, _ dialect: ShellArithmetic.Dialect) -> String? {
        guard case .failure(let failure) = ShellArithmetic.evaluate(text, dialect: dialect, lookup: { _ in nil }) else { return nil }
        return failure.message
    }

    @Test(arguments: [ShellArithmetic.Dialect.bash, .dash])
    func operatorsAndPrecedence(_ dialect: ShellArithmetic.Dialect) {
        #expect(value("1 + 2 * 3", dialect) == 7)
        #expect(value("(1 + 2) * 3", dialect) == 9)
        #expect(value("7 / 2", dialect) == 3)
        #expect(value("-7 % 3", dialect) == -1)
        #expect(value("1 << 2", dialect) == 4)
        #expect(value("3 ? 4 : 5", dialect) == 4)
        #expect(value("2 > 1 && 0 || 5 == 5", dialect) == 1)
        #expect(value("!0 + ~0", dialect) == 0)
        #expect(value("010 + 0x10", dialect) == 24)
        #expect(value("i * 2", dialect, ["i": "21"]) == 42)
        #expect(value("nothing + 1", dialect) == 1)
        #expect(value("9223372036854775807 + 1", dialect) == Int.min)
    }

    @Test func assignments() throws {
        let bash = try ShellArithmetic.evaluate("i++ + (j += 5)", dialect: .bash, lookup: { ["i": "1", "j": "2"][$0] }).get()
        #expect(bash.value == 8)
        #expect(bash.assignments.map(\.name) == ["i", "j"])
        #expect(bash.assignments.map(\.value) == [2, 7])
        let dash = try ShellArithmetic.evaluate("n = 3 * 2", dialect: .dash, lookup: { _ in nil }).get()
        #expect(dash.value == 6 && dash.assignments.map(\.value) == [6])
    }

    @Test func bashOnly() {
        #expect(value("2 ** 3 ** 2", .bash) == 512)
        #expect(value("3 ** 70", .bash) == 2293070008301402073)
        #expect(value("", .bash) == 0)
        #expect(value("x", .bash, ["x": "1+2"]) == 3)
        #expect(value("99999999999999999999", .bash) == 7766279631452241919)
        #expect(value("99999999999999999999", .dash) == Int.max)
    }

    @Test(arguments: [
        ("1+", #"1+: syntax error: operand expected (error token is "+")"#,
         #"arithmetic expression: expecting primary: "1+""#),
        ("1 + * 2", #"1 + * 2: syntax error: operand expected (error token is "* 2")"#,
         #"arithmetic expression: expecting primary: "1 + * 2""#),
        ("1 2", #"1 2: syntax error in expression (error token is "2")"#,
         #"arithmetic expression: expecting EOF: "1 2""#),
        ("1+2/0+3", #"1+2/0+3: division by 0 (error token is "0+3")"#,
         #"arithmetic expression: division by zero: "1+2/0+3""#),
        ("5%0", #"5%0: division by 0 (error token is "0")"#, #"arithmetic expression: division by zero: "5%0""#),
        ("08", #"08: value too great for base (error token is "08")"#, #"arithmetic expression: expecting EOF: "08""#),
        ("1 = 2", #"1 = 2: attempted assignment to non-variable (error token is "= 2")"#,
         #"arithmetic expression: expecting EOF: "1 = 2""#),
        ("--", #"--: syntax error: operand expected (error token is "-")"#,
         #"arithmetic expression: expecting primary: "--""#),
        ("$", #"$: syntax error: operand expected (error token is "$")"#,
         #"arithmetic expression: expecting primary: "$""#),
    ])
    func errors(text: String, bash: String, dash: String) {
        #expect(message(text, .bash) == bash)
        #expect(message(text, .dash) == dash)
    }

    @Test func nestingIsBounded() {
        let deep = String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000)
        #expect(message(deep, .bash)?.hasSuffix("expression recursion level exceeded (error token is \"\(deep)\")") == true)
        #expect(value(String(repeating: "-", count: 100_001) + "1", .dash) == nil)
    }
}
