import Testing
@testable import ContainerImages

/// `test` and `[` as bash 5.2 and dash 0.5.12 on Debian 12 decide them: the statuses and the
/// messages below are what those shells printed for the same arguments.
struct ShellTestTests {
    func decide(_ arguments: [String], _ dialect: ShellArithmetic.Dialect) -> Result<Bool, ShellTest.Failure> {
        ShellTest.evaluate("[", arguments + ["]"], dialect: dialect) { query, path in query == "f" && path == "/etc/hostname" }
    }

    @Test(arguments: [ShellArithmetic.Dialect.bash, .dash])
    func decisions(_ dialect: ShellArithmetic.Dialect) {
        #expect(decide(["1", "-lt", "2"], dialect) == .success(true))
        #expect(decide(["-1", "-lt", "0"], dialect) == .success(true))
        #expect(decide(["1", "-eq", " 1 "], dialect) == .success(true))
        #expect(decide(["a", "=", "b"], dialect) == .success(false))
        #expect(decide(["!", "a", "=", "b"], dialect) == .success(true))
        #expect(decide(["a", "-a", "b", "-o", "c"], dialect) == .success(true))
        #expect(decide([""], dialect) == .success(false))
        #expect(decide([], dialect) == .success(false))
        #expect(decide(["-n"], dialect) == .success(true))
        #expect(decide(["-z", ""], dialect) == .success(true))
        #expect(decide(["-f", "/etc/hostname"], dialect) == .success(true))
        #expect(decide(["-f", "/nowhere"], dialect) == .success(false))
        #expect(decide(["a", "<", "b"], dialect) == .success(true))
    }

    @Test(arguments: [
        (["1", "-lt", "x"], "[: x: integer expression expected", "[: Illegal number: x"),
        (["a", "b"], "[: a: unary operator expected", "[: a: unexpected operator"),
        (["a", "b", "c"], "[: b: binary operator expected", "[: a: unexpected operator"),
        (["a", "b", "c", "d"], "[: too many arguments", "[: a: unexpected operator"),
        (["a", "=", "b", "c"], "[: too many arguments", "[: b: unexpected operator"),
        (["-n", "a", "b"], "[: a: binary operator expected", "[: a: unexpected operator"),
        (["-q", "a"], "[: -q: unary operator expected", "[: -q: unexpected operator"),
        (["a", "-q", "b"], "[: -q: binary operator expected", "[: a: unexpected operator"),
        (["1", "-gt"], "[: 1: unary operator expected", "[: -gt: argument expected"),
        (["99999999999999999999", "-gt", "1"], "[: 99999999999999999999: integer expression expected",
         "[: Illegal number: 99999999999999999999"),
    ])
    func errors(arguments: [String], bash: String, dash: String) {
        #expect(decide(arguments, .bash) == .failure(ShellTest.Failure(message: bash)))
        #expect(decide(arguments, .dash) == .failure(ShellTest.Failure(message: dash)))
    }

    @Test func bracketsAndDialects() {
        #expect(ShellTest.evaluate("[", ["1", "-lt", "2"], dialect: .bash) { _, _ in false }
            == .failure(ShellTest.Failure(message: "[: missing `]'")))
        #expect(ShellTest.evaluate("[", ["1"], dialect: .dash) { _, _ in false } == .failure(ShellTest.Failure(message: "[: missing ]")))
        #expect(ShellTest.evaluate("test", ["a", "==", "a"], dialect: .bash) { _, _ in false } == .success(true))
        #expect(ShellTest.evaluate("test", ["a", "==", "a"], dialect: .dash) { _, _ in false }
            == .failure(ShellTest.Failure(message: "test: a: unexpected operator")))
    }
}
