import Testing
@testable import Shell

@Suite struct ParserTests {
    func script(_ text: String) -> Script? {
        if case .complete(let script) = ShellParser.parse(text) { return script }
        return nil
    }

    func words(_ text: String) -> [Word] { script(text)?.items.first?.first.commands.first?.simple?.words ?? [] }

    @Test func quoting() {
        #expect(words("echo 'a b' \"c $X\" d\\ e") == [
            Word(parts: [.literal("echo")]), Word(parts: [.singleQuoted("a b")]),
            Word(parts: [.doubleQuoted([.literal("c "), .variable("X")])]), Word(parts: [.literal("d e")]),
        ])
    }

    @Test func expansions() {
        #expect(words("echo ${HOME}/x $? $(kubectl get pods -o name) `date`") == [
            Word(parts: [.literal("echo")]), Word(parts: [.variable("HOME"), .literal("/x")]),
            Word(parts: [.variable("?")]), Word(parts: [.commandSubstitution("kubectl get pods -o name")]),
            Word(parts: [.commandSubstitution("date")]),
        ])
    }

    @Test func listsAndPipelines() throws {
        let parsed = try #require(script("a | b && c || d; e"))
        #expect(parsed.items.count == 2)
        #expect(parsed.items[0].first.commands.count == 2)
        #expect(parsed.items[0].rest.map(\.0) == [.and, .or])
    }

    @Test func backgroundLists() throws {
        let parsed = try #require(script("kubectl port-forward svc/web 8080:80 & curl -s 'localhost:8080' && echo \"$X\" &"))
        #expect(parsed.items.map(\.background) == [true, true])
        #expect(parsed.items.map(\.sourceText) == ["kubectl port-forward svc/web 8080:80",
                                                   "curl -s 'localhost:8080' && echo \"$X\""])
        #expect(try #require(script("sleep 1 &\necho done")).items.map(\.background) == [true, false])
    }

    @Test func heredocs() throws {
        let parsed = try #require(script("cat <<EOF > out.txt\nhello $NAME\nEOF\necho done"))
        let redirections = parsed.items[0].first.commands[0].simple?.redirections ?? []
        #expect(redirections.first?.kind == .heredoc(body: "hello $NAME\n", expands: true))
        #expect(redirections.last?.kind == .output)
        #expect(parsed.items.count == 2)
        let quoted = try #require(script("cat <<'EOF'\n$X\nEOF"))
        #expect(quoted.items[0].first.commands[0].simple?.redirections.first?.kind == .heredoc(body: "$X\n", expands: false))
        let stripped = try #require(script("cat <<-EOF\n\t\tindented\n\tEOF"))
        #expect(stripped.items[0].first.commands[0].simple?.redirections.first?.kind == .heredoc(body: "indented\n", expands: true))
    }

    @Test func assignmentsAndRedirections() throws {
        let parsed = try #require(script("A=1 B=\"two\" cmd 2>&1 >> log < in"))
        let command = try #require(parsed.items[0].first.commands[0].simple)
        #expect(command.assignments.map(\.name) == ["A", "B"])
        #expect(command.redirections.map(\.kind) == [.duplicate(1), .append, .input])
    }

    @Test(arguments: ["echo 'open", "echo \"open", "echo a \\", "a &&", "a |", "cat <<EOF\nno end", "echo $(date",
                      "for i in 0 1; do", "for i in 0 1", "for i in 0 1; do echo $i", "for i in 0 1; do echo $i;",
                      "for i in 1; do for j in 2; do echo; done", "for",
                      "while true", "while true; do", "until false; do echo", "if true", "if true; then echo",
                      "if true; then echo; else", "if a; then b; elif c", "while true; do if x; then y; fi"])
    func incompleteInput(_ text: String) {
        #expect(ShellParser.parse(text) == .incomplete)
    }

    @Test(arguments: [
        ("; ls", "syntax error near unexpected token `;'"),
        ("ls ;;", "syntax error near unexpected token `;'"),
        ("| grep x", "syntax error near unexpected token `|'"),
        ("echo >", "syntax error near unexpected token `newline'"),
        ("echo (x)", "syntax error near unexpected token `('"),
        ("sleep 1 & ;", "syntax error near unexpected token `;'"),
        ("& ls", "syntax error near unexpected token `&'"),
        ("for i in 1 2; do done", "syntax error near unexpected token `done'"),
        ("for i in 1 2 do echo; done", "syntax error near unexpected token `done'"),
        ("for i in 1 2; echo; done", "syntax error near unexpected token `echo'"),
        ("for i in 1 | x; do echo; done", "syntax error near unexpected token `|'"),
        ("done", "syntax error near unexpected token `done'"),
        ("echo; do", "syntax error near unexpected token `do'"),
        ("case $x in esac", "`case' is shell syntax Shipyard does not run; type the commands one at a time"),
        ("while true; done", "syntax error near unexpected token `done'"),
        ("while do echo; done", "syntax error near unexpected token `do'"),
        ("if true; fi", "syntax error near unexpected token `fi'"),
        ("if true; then fi", "syntax error near unexpected token `fi'"),
        ("if true; then echo; else fi", "syntax error near unexpected token `fi'"),
        ("then echo", "syntax error near unexpected token `then'"),
        ("echo; fi", "syntax error near unexpected token `fi'"),
    ])
    func syntaxErrors(text: String, message: String) {
        #expect(ShellParser.parse(text) == .syntaxError(message))
    }

    @Test func forLoops() throws {
        let parsed = try #require(script("for i in 0 \"a b\"; do kubectl exec \"web-$i\" -- hostname; echo; done | grep web && echo ok"))
        #expect(parsed.items.count == 1)
        let pipeline = parsed.items[0].first
        #expect(pipeline.commands.count == 2)
        guard case .forLoop(let loop) = pipeline.commands[0] else {
            Issue.record("not a loop: \(pipeline.commands[0])")
            return
        }
        #expect(loop.variable == "i")
        #expect(loop.words?.map(\.sourceText) == ["0", "\"a b\""])
        #expect(loop.body.items.map(\.sourceText) == ["kubectl exec \"web-$i\" -- hostname", "echo"])
        #expect(parsed.items[0].rest.count == 1)
        #expect(parsed.items[0].sourceText == "for i in 0 \"a b\"; do kubectl exec \"web-$i\" -- hostname; echo; done | grep web && echo ok")
        // Over lines, without `in`, and nested.
        let spread = try #require(script("for p in a b\ndo\n  echo $p\ndone"))
        #expect(spread.items.first?.first.commands.first?.sourceText == "for p in a b; do echo $p; done")
        let bare = try #require(script("for p do echo; done"))
        guard case .forLoop(let positional) = bare.items[0].first.commands[0] else { return }
        #expect(positional.words == nil)
        let nested = try #require(script("for i in 1 2; do for j in a b; do echo $i$j; done; done; echo after"))
        #expect(nested.items.count == 2)
        // Nesting is bounded: a pasted monster is refused, not a stack overflow.
        let deep = String(repeating: "for i in 1; do ", count: 10_000) + "echo" + String(repeating: "; done", count: 10_000)
        #expect(ShellParser.parse(deep) == .syntaxError("loops and ifs nested more than 64 deep are more than Shipyard runs"))
        let allowed = String(repeating: "for i in 1; do ", count: 64) + "echo" + String(repeating: "; done", count: 64)
        #expect(script(allowed) != nil)
        // `for` is a keyword only where a command starts.
        #expect(words("echo for do done").compactMap(\.literalText) == ["echo", "for", "do", "done"])
    }

    @Test func commentsAndContinuations() {
        #expect(words("kubectl get \\\n  pods # all of them").compactMap(\.literalText) == ["kubectl", "get", "pods"])
    }

    @Test func whileAndUntilLoops() throws {
        let parsed = try #require(script("while kubectl get pod web | grep -q Pending; do sleep 1; done && echo up"))
        guard case .whileLoop(let loop) = parsed.items[0].first.commands[0] else {
            Issue.record("not a loop: \(parsed.items[0].first.commands[0])")
            return
        }
        #expect(!loop.until)
        #expect(loop.condition.items.map(\.sourceText) == ["kubectl get pod web | grep -q Pending"])
        #expect(loop.body.items.map(\.sourceText) == ["sleep 1"])
        #expect(parsed.items[0].sourceText == "while kubectl get pod web | grep -q Pending; do sleep 1; done && echo up")
        let spread = try #require(script("until [ -f done ]\ndo\n  echo wait\n  sleep 1\ndone"))
        #expect(spread.items.first?.first.commands.first?.sourceText == "until [ -f done ]; do echo wait; sleep 1; done")
    }

    @Test func ifClauses() throws {
        let parsed = try #require(script("if [ $n -gt 2 ]; then echo big; elif [ $n -gt 1 ]; then echo two; else echo small; fi"))
        guard case .ifClause(let clause) = parsed.items[0].first.commands[0] else {
            Issue.record("not an if: \(parsed.items[0].first.commands[0])")
            return
        }
        #expect(clause.branches.count == 2)
        #expect(clause.branches[1].condition.items.map(\.sourceText) == ["[ $n -gt 1 ]"])
        #expect(clause.elseBody?.items.map(\.sourceText) == ["echo small"])
        #expect(parsed.items[0].sourceText
            == "if [ $n -gt 2 ]; then echo big; elif [ $n -gt 1 ]; then echo two; else echo small; fi")
        // Reserved words only where a command starts: `echo if then fi` is an echo.
        let words = try #require(script("echo if then fi"))
        #expect(words.items[0].first.commands[0].simple?.words.count == 4)
    }

    @Test func arithmeticExpansion() throws {
        let parsed = try #require(script("echo $((i + 1)) \"$(( (2) * 3 ))\" $((echo) | cat)"))
        let words = try #require(parsed.items[0].first.commands[0].simple?.words)
        #expect(words[1].parts == [.arithmetic("i + 1")])
        #expect(words[2].parts == [.doubleQuoted([.arithmetic(" (2) * 3 ")])])
        #expect(words[3].parts == [.commandSubstitution("(echo) | cat")])
    }
}
