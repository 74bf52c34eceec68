import JSONValue
import Testing

@testable import JMESPath

/// Error texts compared with what Python `jmespath` 1.1.0 prints (`str(error)`), captured from the
/// reference implementation: aws-cli shows these strings to the user, so they must match exactly.
/// Each line is `[expression, data or null for compile-only, Python exception class, message]`.
/// The one deliberate difference: Python prints an expression object with its memory address,
/// which cannot be reproduced, so the expected text uses the fixed address this module prints.
@Suite struct ErrorMessageTests {
    static let oracle = #"""
["clusterArns[", null, "IncompleteExpressionError", "Invalid jmespath expression: Incomplete expression:\n\"clusterArns[\"\n             ^"]
["foo.", null, "ParseError", "Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: eof: Parse error at column 4, token \"\" (EOF), for expression:\n\"foo.\"\n     ^"]
["foo bar", null, "ParseError", "Unexpected token: bar: Parse error at column 4, token \"bar\" (UNQUOTED_IDENTIFIER), for expression:\n\"foo bar\"\n     ^"]
["foo[1.2]", null, "ParseError", "Expecting: rbracket, got: dot: Parse error at column 5, token \".\" (DOT), for expression:\n\"foo[1.2]\"\n      ^"]
["a ~ b", null, "LexerError", "Bad jmespath expression: Unknown token ~:\na ~ b\n  ^"]
["`foo", null, "LexerError", "Bad jmespath expression: Unclosed ` delimiter:\n`foo\n^"]
["'abc", null, "LexerError", "Bad jmespath expression: Unclosed ' delimiter:\n'abc\n^"]
["\"a\\q\"", null, "LexerError", "Bad jmespath expression: Invalid \\escape:\n\"a\\q\"\n^"]
["\"a\tb\"", null, "LexerError", "Bad jmespath expression: Invalid control character at:\n\"a\tb\"\n^"]
["\"\\u12\"", null, "LexerError", "Bad jmespath expression: Invalid \\uXXXX escape:\n\"\\u12\"\n^"]
["foo = bar", null, "LexerError", "Bad jmespath expression: Unknown token '=':\nfoo = bar\n    ^"]
["foo =", null, "LexerError", "Bad jmespath expression: Unknown token '=':\nfoo =\n    ^"]
["-", null, "LexerError", "Bad jmespath expression: Unknown token '-':\n-\n^"]
["a[-]", null, "LexerError", "Bad jmespath expression: Unknown token '-':\na[-]\n  ^"]
["é", null, "LexerError", "Bad jmespath expression: Unknown token é:\né\n^"]
["a.é", null, "LexerError", "Bad jmespath expression: Unknown token é:\na.é\n  ^"]
["`foo\"bar`", null, "LexerError", "Bad jmespath expression: Bad token foo\"bar:\n`foo\"bar`\n^"]
["@()", null, "ParseError", "Invalid function name '@': Parse error at column 0, token \"@\" (CURRENT), for expression:\n\"@()\"\n ^"]
["\"foo\"()", null, "ParseError", "Quoted identifier not allowed for function names.: Parse error at column 0, token \"(\" (LPAREN), for expression:\n\"\"foo\"()\"\n ^"]
["a[0]()", null, "ParseError", "Invalid function name ']': Parse error at column 3, token \"]\" (RBRACKET), for expression:\n\"a[0]()\"\n    ^"]
["{a: b c}", null, "ParseError", "Expecting: colon, got: rbrace: Parse error at column 7, token \"}\" (RBRACE), for expression:\n\"{a: b c}\"\n        ^"]
["{}", null, "ParseError", "Expecting: ['quoted_identifier', 'unquoted_identifier'], got: rbrace: Parse error at column 1, token \"}\" (RBRACE), for expression:\n\"{}\"\n  ^"]
["{a:b,}", null, "ParseError", "Expecting: ['quoted_identifier', 'unquoted_identifier'], got: rbrace: Parse error at column 5, token \"}\" (RBRACE), for expression:\n\"{a:b,}\"\n      ^"]
["{`1`: a}", null, "ParseError", "Expecting: ['quoted_identifier', 'unquoted_identifier'], got: literal: Parse error at column 1, token \"1\" (LITERAL), for expression:\n\"{`1`: a}\"\n  ^"]
["foo[1:2:3:4]", null, "ParseError", "syntax error: Parse error at column 9, token \":\" (COLON), for expression:\n\"foo[1:2:3:4]\"\n          ^"]
["a[0:1:2", null, "ParseError", "syntax error: Parse error at column 7, token \"\" (EOF), for expression:\n\"a[0:1:2\"\n        ^"]
["a[:", null, "ParseError", "syntax error: Parse error at column 3, token \"\" (EOF), for expression:\n\"a[:\"\n    ^"]
["a[a]", null, "ParseError", "Expecting: star, got: unquoted_identifier: Parse error at column 2, token \"a\" (UNQUOTED_IDENTIFIER), for expression:\n\"a[a]\"\n   ^"]
["a..b", null, "ParseError", "Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: dot: Parse error at column 2, token \".\" (DOT), for expression:\n\"a..b\"\n   ^"]
["a.1", null, "ParseError", "Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: number: Parse error at column 2, token \"1\" (NUMBER), for expression:\n\"a.1\"\n   ^"]
["a.[1]", null, "ParseError", "invalid token: Parse error at column 3, token \"1\" (NUMBER), for expression:\n\"a.[1]\"\n    ^"]
["&&", null, "ParseError", "invalid token: Parse error at column 0, token \"&&\" (AND), for expression:\n\"&&\"\n ^"]
["a}", null, "ParseError", "Unexpected token: }: Parse error at column 1, token \"}\" (RBRACE), for expression:\n\"a}\"\n  ^"]
["(a]", null, "ParseError", "Expecting: rparen, got: rbracket: Parse error at column 2, token \"]\" (RBRACKET), for expression:\n\"(a]\"\n   ^"]
["[]]", null, "ParseError", "Unexpected token: ]: Parse error at column 2, token \"]\" (RBRACKET), for expression:\n\"[]]\"\n   ^"]
["a `{\"k\": [true, null, 1.5, \"it's\"]}`", null, "ParseError", "Unexpected token: {'k': [True, None, 1.5, \"it's\"]}: Parse error at column 2, token \"{'k': [True, None, 1.5, \"it's\"]}\" (LITERAL), for expression:\n\"a `{\"k\": [true, null, 1.5, \"it's\"]}`\"\n   ^"]
["a 'raw'", null, "ParseError", "Unexpected token: raw: Parse error at column 2, token \"raw\" (LITERAL), for expression:\n\"a 'raw'\"\n   ^"]
["a 0123", null, "ParseError", "Unexpected token: 123: Parse error at column 2, token \"123\" (NUMBER), for expression:\n\"a 0123\"\n   ^"]
["a -0", null, "ParseError", "Unexpected token: 0: Parse error at column 2, token \"0\" (NUMBER), for expression:\n\"a -0\"\n   ^"]
["a[?b==]", null, "ParseError", "invalid token: Parse error at column 6, token \"]\" (RBRACKET), for expression:\n\"a[?b==]\"\n       ^"]
["*.", null, "ParseError", "Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: eof: Parse error at column 2, token \"\" (EOF), for expression:\n\"*.\"\n   ^"]
["a[*].", null, "ParseError", "Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: eof: Parse error at column 5, token \"\" (EOF), for expression:\n\"a[*].\"\n      ^"]
["!", null, "IncompleteExpressionError", "Invalid jmespath expression: Incomplete expression:\n\"!\"\n  ^"]
["a ||", null, "IncompleteExpressionError", "Invalid jmespath expression: Incomplete expression:\n\"a ||\"\n     ^"]
["", null, "EmptyExpressionError", "Invalid JMESPath expression: cannot be empty."]
["   ", null, "IncompleteExpressionError", "Invalid jmespath expression: Incomplete expression:\n\"   \"\n    ^"]
["a *", null, "ParseError", "invalid token: Parse error at column 2, token \"*\" (STAR), for expression:\n\"a *\"\n   ^"]
["a !b", null, "ParseError", "invalid token: Parse error at column 2, token \"!\" (NOT), for expression:\n\"a !b\"\n   ^"]
["a {b: c}", null, "ParseError", "invalid token: Parse error at column 2, token \"{\" (LBRACE), for expression:\n\"a {b: c}\"\n   ^"]
["length()", {}, "ArityError", "Expected 1 argument for function length(), received 0"]
["length(@, @)", {}, "ArityError", "Expected 1 argument for function length(), received 2"]
["not_null()", {}, "VariadictArityError", "Expected at least 1 argument for function not_null(), received 0"]
["merge()", {}, "VariadictArityError", "Expected at least 1 argument for function merge(), received 0"]
["nope(@)", {}, "UnknownFunctionError", "Unknown function: nope()"]
["foo.bar()", {}, "UnknownFunctionError", "Unknown function: bar()"]
["sum(`[\"a\"]`)", {}, "JMESPathTypeError", "In function sum(), invalid type for value: a, expected one of: ['array-number'], received: \"str\""]
["length(`1`)", {}, "JMESPathTypeError", "In function length(), invalid type for value: 1, expected one of: ['string', 'array', 'object'], received: \"number\""]
["abs(`\"x\"`)", {}, "JMESPathTypeError", "In function abs(), invalid type for value: x, expected one of: ['number'], received: \"string\""]
["max(`[1,\"a\"]`)", {}, "JMESPathTypeError", "In function max(), invalid type for value: a, expected one of: ['array-number', 'array-string'], received: \"str\""]
["max(`[true]`)", {}, "JMESPathTypeError", "In function max(), invalid type for value: True, expected one of: ['array-number', 'array-string'], received: \"bool\""]
["sort_by(@, &a)", {"a": [1]}, "JMESPathTypeError", "In function sort_by(), invalid type for value: {'a': [1]}, expected one of: ['array'], received: \"object\""]
["length(&a)", {}, "JMESPathTypeError", "In function length(), invalid type for value: <jmespath.visitor._Expression object at 0x7f0000000000>, expected one of: ['string', 'array', 'object'], received: \"expref\""]
["sort_by(`[{\"a\":1},{\"a\":\"x\"}]`, &a)", {}, "JMESPathTypeError", "In function sort_by(), invalid type for value: x, expected one of: ['number'], received: \"string\""]
["sort_by(`[{\"a\":true}]`, &a)", {}, "JMESPathTypeError", "In function sort_by(), invalid type for value: {'a': True}, expected one of: ['string', 'number'], received: \"boolean\""]
["max_by(`[{\"a\":true}]`, &a)", {}, "JMESPathTypeError", "In function max_by(), invalid type for value: True, expected one of: ['number', 'string'], received: \"boolean\""]
["min_by(`[{\"a\":1},{\"a\":\"x\"}]`, &a)", {}, "TypeError", "'<' not supported between instances of 'str' and 'int'"]
["max_by(`[{\"a\":1},{\"a\":\"x\"}]`, &a)", {}, "TypeError", "'>' not supported between instances of 'str' and 'int'"]
["map(a, `[]`)", {"a": 1}, "JMESPathTypeError", "In function map(), invalid type for value: 1, expected one of: ['expref'], received: \"number\""]
["join(`\",\"`, `[1]`)", {}, "JMESPathTypeError", "In function join(), invalid type for value: 1, expected one of: ['array-string'], received: \"int\""]
["contains(`\"abc\"`, `1`)", {}, "TypeError", "'in <string>' requires string as left operand, not int"]
["a < b", {"a": 1, "b": "x"}, "TypeError", "'<' not supported between instances of 'int' and 'str'"]
["a >= b", {"a": "x", "b": 1.5}, "TypeError", "'>=' not supported between instances of 'str' and 'float'"]
["foo[::0]", {"foo": [1]}, "ValueError", "slice step cannot be zero"]
["merge(`{}`, `1`)", {}, "TypeError", "'int' object is not iterable"]
["ceil(`1e400`)", {}, "OverflowError", "cannot convert float infinity to integer"]
["to_number(&a)", {}, "TypeError", "int() argument must be a string, a bytes-like object or a real number, not '_Expression'"]
["avg(`[1, null]`)", {}, "JMESPathTypeError", "In function avg(), invalid type for value: None, expected one of: ['array-number'], received: \"NoneType\""]
["keys(`[{\"a\": 1.0}]`)", {}, "JMESPathTypeError", "In function keys(), invalid type for value: [{'a': 1.0}], expected one of: ['object'], received: \"array\""]
["starts_with(`null`, `\"a\"`)", {}, "JMESPathTypeError", "In function starts_with(), invalid type for value: None, expected one of: ['string'], received: \"null\""]
"""#

    struct Expectation: CustomStringConvertible, Sendable {
        var expression: String
        var data: JSON?
        var exception: String
        var message: String
        var description: String { expression }
    }

    static let expectations: [Expectation] = oracle.split(separator: "\n").compactMap { line in
        guard case .array(let fields)? = try? JSONParser.parse(String(line)), fields.count == 4,
            case .string(let expression) = fields[0], case .string(let exception) = fields[2],
            case .string(let message) = fields[3]
        else { return nil }
        return Expectation(expression: expression, data: fields[1].isNull ? nil : fields[1],
                           exception: exception, message: message)
    }

    @Test func oracleTableIsComplete() {
        #expect(Self.expectations.count == Self.oracle.split(separator: "\n").count)
    }

    @Test("Python's exception class and str(error)", arguments: expectations)
    func matchesPython(_ expected: Expectation) {
        do {
            let compiled = try JMESPathExpression(expected.expression)
            guard let data = expected.data else {
                Issue.record("compiled, but Python raises \(expected.exception) at compile time")
                return
            }
            let result = try compiled.search(data)
            Issue.record("evaluated to \(result), but Python raises \(expected.exception)")
        } catch {
            #expect(error.pythonExceptionName == expected.exception)
            #expect(error.description == expected.message)
        }
    }

    @Test func compileErrorsAreSyntaxErrors() {
        for expected in Self.expectations where expected.data == nil {
            #expect(throws: JMESPathError.self) { try JMESPathExpression(expected.expression) }
        }
    }

    @Test func awsCLIFrameForAnIncompleteExpression() throws {
        // aws-cli prints "Bad value for --query EXPR: " followed by this text.
        let error = #expect(throws: JMESPathError.self) { try JMESPathExpression("clusterArns[") }
        #expect(error?.description == "Invalid jmespath expression: Incomplete expression:\n\"clusterArns[\"\n             ^")
        #expect(error?.category == .syntax)
    }

    @Test func categoriesFollowTheComplianceSuite() throws {
        func category(_ expression: String, _ data: JSON = [:]) -> JMESPathError.Category? {
            do {
                _ = try JMESPathExpression(expression).search(data)
                return nil
            } catch {
                return error.category
            }
        }
        #expect(category("foo[") == .syntax)
        #expect(category("length()") == .invalidArity)
        #expect(category("not_null()") == .invalidArity)
        #expect(category("abs('x')") == .invalidType)
        #expect(category("nope()") == .unknownFunction)
        #expect(category("@[::0]", [1]) == .invalidValue)
        #expect(category(String(repeating: "(", count: 10_000) + "a") == .recursionLimit)
    }
}
