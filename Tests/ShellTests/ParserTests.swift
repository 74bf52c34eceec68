import Testing
@testable import Shell

@Suite struct ParserTests {
    func script(_ text: String) -> Script? {
        if case .complete(let script) = ShellParser.parse(text) { return script }
        return nil
    }

    func words(_ text: String) -> [Word] { script(text)?.items.first?.first.commands.first?.words ?? [] }

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
        let redirections = parsed.items[0].first.commands[0].redirections
        #expect(redirections.first?.kind == .heredoc(body: "hello $NAME\n", expands: true))
        #expect(redirections.last?.kind == .output)
        #expect(parsed.items.count == 2)
        let quoted = try #require(script("cat <<'EOF'\n$X\nEOF"))
        #expect(quoted.items[0].first.commands[0].redirections[0].kind == .heredoc(body: "$X\n", expands: false))
        let stripped = try #require(script("cat <<-EOF\n\t\tindented\n\tEOF"))
        #expect(stripped.items[0].first.commands[0].redirections[0].kind == .heredoc(body: "indented\n", expands: true))
    }

    @Test func assignmentsAndRedirections() throws {
        let parsed = try #require(script("A=1 B=\"two\" cmd 2>&1 >> log < in"))
        let command = parsed.items[0].first.commands[0]
        #expect(command.assignments.map(\.name) == ["A", "B"])
        #expect(command.redirections.map(\.kind) == [.duplicate(1), .append, .input])
    }

    @Test(arguments: ["echo 'open", "echo \"open", "echo a \\", "a &&", "a |", "cat <<EOF\nno end", "echo $(date"])
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
    ])
    func syntaxErrors(text: String, message: String) {
        #expect(ShellParser.parse(text) == .syntaxError(message))
    }

    @Test func commentsAndContinuations() {
        #expect(words("kubectl get \\\n  pods # all of them").compactMap(\.literalText) == ["kubectl", "get", "pods"])
    }
}
