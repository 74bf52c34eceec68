/// One token of a Go template, as `text/template/parse`'s lexer emits it.
struct GoTemplateToken: Sendable {
    enum Kind: Sendable, Equatable {
        case error, bool, char, charConstant, complex, assign, declare, eof, field, identifier
        case leftDelim, leftParen, number, pipe, rawString, rightDelim, rightParen, space, string
        case text, variable
        // Keywords.
        case block, breakKeyword, continueKeyword, dot, define, elseKeyword, end, ifKeyword, nilKeyword
        case range, template, with

        var isKeyword: Bool {
            switch self {
            case .block, .breakKeyword, .continueKeyword, .dot, .define, .elseKeyword, .end, .ifKeyword,
                .nilKeyword, .range, .template, .with:
                return true
            default:
                return false
            }
        }
    }

    var kind: Kind
    /// Byte offset of the token in the template.
    var pos: Int
    /// The token's bytes (for an error token, the message).
    var val: [UInt8]
    /// The line the token starts on, from 1.
    var line: Int

    var text: String { String(decoding: val, as: UTF8.self) }

    /// How the parser names the token in its errors (Go's `item.String`): `EOF`, the message of
    /// an error, `<if>` for a keyword, else the value quoted, cut to ten characters.
    var description: String {
        switch kind {
        case .eof: return "EOF"
        case .error: return text
        default:
            if kind.isKeyword { return "<" + text + ">" }
            if val.count > 10 { return GoQuote.quote(Array(GoUTF8.prefix(val, runes: 10))) + "..." }
            return GoQuote.quote(val)
        }
    }
}

/// Go's template lexer (`text/template/parse/lex.go`, Go 1.23) over the template's bytes, with
/// `{{` and `}}` as delimiters: trim markers (`{{- ` and ` -}}`), comments, the tokens inside
/// actions, and line numbers for error messages.
///
/// Go lexes lazily as the parser asks; this lexes everything up front, stopping at the first
/// error token, which the parser reaches in the same place (after it, Go yields only EOF).
struct GoTemplateLexer {
    private static let eof: Int32 = -1
    private static let leftDelim: [UInt8] = Array("{{".utf8)
    private static let rightDelim: [UInt8] = Array("}}".utf8)
    private static let leftComment: [UInt8] = Array("/*".utf8)
    private static let rightComment: [UInt8] = Array("*/".utf8)
    private static let trimMarkerLength = 2

    private enum State { case text, leftDelim, comment, rightDelim, insideAction, space, identifier
        case field, variable, char, number, quote, rawQuote, done }

    private let input: [UInt8]
    private var pos = 0
    private var start = 0
    private var atEOF = false
    private var line = 1
    private var startLine = 1
    private var parenDepth = 0
    private var tokens: [GoTemplateToken] = []

    private init(_ input: [UInt8]) { self.input = input }

    static func tokens(_ input: [UInt8]) -> [GoTemplateToken] {
        var lexer = GoTemplateLexer(input)
        lexer.run()
        return lexer.tokens
    }

    private mutating func run() {
        var state = State.text
        while state != .done {
            switch state {
            case .text: state = lexText()
            case .leftDelim: state = lexLeftDelim()
            case .comment: state = lexComment()
            case .rightDelim: state = lexRightDelim()
            case .insideAction: state = lexInsideAction()
            case .space: state = lexSpace()
            case .identifier: state = lexIdentifier()
            case .field: state = lexFieldOrVariable(.field)
            case .variable: state = lexVariable()
            case .char: state = lexQuoted(close: UInt8(ascii: "'"), error: "unterminated character constant", kind: .charConstant)
            case .number: state = lexNumber()
            case .quote: state = lexQuoted(close: UInt8(ascii: "\""), error: "unterminated quoted string", kind: .string)
            case .rawQuote: state = lexRawQuote()
            case .done: break
            }
        }
    }

    // MARK: - Reading runes

    private mutating func next() -> Int32 {
        guard pos < input.count else {
            atEOF = true
            return Self.eof
        }
        let (rune, width) = GoUTF8.decode(input, at: pos)
        pos += width
        if rune == 0x0A { line += 1 }
        return Int32(rune)
    }

    private mutating func peek() -> Int32 {
        let r = next()
        backup()
        return r
    }

    private mutating func backup() {
        guard !atEOF, pos > 0 else { return }
        let (rune, width) = GoUTF8.decodeLast(input, before: pos)
        pos -= width
        if rune == 0x0A { line -= 1 }
    }

    private mutating func emit(_ kind: GoTemplateToken.Kind) {
        tokens.append(GoTemplateToken(kind: kind, pos: start, val: Array(input[start..<pos]), line: startLine))
        start = pos
        startLine = line
    }

    private mutating func ignore() {
        line += newlines(start, pos)
        start = pos
        startLine = line
    }

    private mutating func errorf(_ message: String) -> State {
        tokens.append(GoTemplateToken(kind: .error, pos: start, val: Array(message.utf8), line: startLine))
        tokens.append(GoTemplateToken(kind: .eof, pos: input.count, val: Array("EOF".utf8), line: startLine))
        return .done
    }

    private mutating func accept(_ valid: String) -> Bool {
        let r = next()
        if r != Self.eof, let scalar = Unicode.Scalar(UInt32(r)), valid.unicodeScalars.contains(scalar) {
            return true
        }
        backup()
        return false
    }

    private mutating func acceptRun(_ valid: String) {
        while accept(valid) {}
    }

    private func newlines(_ from: Int, _ to: Int) -> Int {
        guard from < to else { return 0 }
        return input[from..<to].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    private func hasPrefix(_ prefix: [UInt8], at offset: Int) -> Bool {
        guard offset >= 0, offset + prefix.count <= input.count else { return false }
        return input[offset..<(offset + prefix.count)].elementsEqual(prefix)
    }

    private static func isSpace(_ r: Int32) -> Bool { r == 0x20 || r == 0x09 || r == 0x0D || r == 0x0A }

    private func hasLeftTrimMarker(at offset: Int) -> Bool {
        offset + 1 < input.count && input[offset] == UInt8(ascii: "-") && Self.isSpace(Int32(input[offset + 1]))
    }

    private func hasRightTrimMarker(at offset: Int) -> Bool {
        offset >= 0 && offset + 1 < input.count && Self.isSpace(Int32(input[offset])) && input[offset + 1] == UInt8(ascii: "-")
    }

    /// Whether a right delimiter (with or without its trim marker) starts at `pos`.
    private func atRightDelim() -> (delim: Bool, trimSpaces: Bool) {
        if hasRightTrimMarker(at: pos) && hasPrefix(Self.rightDelim, at: pos + Self.trimMarkerLength) { return (true, true) }
        if hasPrefix(Self.rightDelim, at: pos) { return (true, false) }
        return (false, false)
    }

    private func spaceCount(from offset: Int, forward: Bool, limit: Int) -> Int {
        var count = 0
        if forward {
            while offset + count < input.count, Self.isSpace(Int32(input[offset + count])) { count += 1 }
        } else {
            while offset - count - 1 >= limit, Self.isSpace(Int32(input[offset - count - 1])) { count += 1 }
        }
        return count
    }

    // MARK: - States

    private mutating func lexText() -> State {
        var index = pos
        while index + 1 < input.count {
            if input[index] == UInt8(ascii: "{") && input[index + 1] == UInt8(ascii: "{") {
                pos = index
                let trimLength = hasLeftTrimMarker(at: pos + 2) ? spaceCount(from: pos, forward: false, limit: start) : 0
                pos -= trimLength
                if pos > start {
                    line += newlines(start, pos)
                    emit(.text)
                }
                pos += trimLength
                ignore()
                return .leftDelim
            }
            index += 1
        }
        pos = input.count
        if pos > start {
            line += newlines(start, pos)
            emit(.text)
        }
        emit(.eof)
        return .done
    }

    private mutating func lexLeftDelim() -> State {
        pos += Self.leftDelim.count
        let trimSpace = hasLeftTrimMarker(at: pos)
        let afterMarker = trimSpace ? Self.trimMarkerLength : 0
        if hasPrefix(Self.leftComment, at: pos + afterMarker) {
            pos += afterMarker
            ignore()
            return .comment
        }
        emit(.leftDelim)
        pos += afterMarker
        ignore()
        parenDepth = 0
        return .insideAction
    }

    private mutating func lexComment() -> State {
        pos += Self.leftComment.count
        var index = pos
        while index + 1 < input.count, !(input[index] == UInt8(ascii: "*") && input[index + 1] == UInt8(ascii: "/")) {
            index += 1
        }
        guard index + 1 < input.count else { return errorf("unclosed comment") }
        pos = index + Self.rightComment.count
        let (delim, trimSpace) = atRightDelim()
        guard delim else { return errorf("comment ends before closing delimiter") }
        if trimSpace { pos += Self.trimMarkerLength }
        pos += Self.rightDelim.count
        if trimSpace { pos += spaceCount(from: pos, forward: true, limit: 0) }
        ignore()
        return .text
    }

    private mutating func lexRightDelim() -> State {
        let trimSpace = hasRightTrimMarker(at: pos)
        if trimSpace {
            pos += Self.trimMarkerLength
            ignore()
        }
        pos += Self.rightDelim.count
        emit(.rightDelim)
        if trimSpace {
            pos += spaceCount(from: pos, forward: true, limit: 0)
            ignore()
        }
        return .text
    }

    private mutating func lexInsideAction() -> State {
        if atRightDelim().delim {
            if parenDepth == 0 { return .rightDelim }
            return errorf("unclosed left paren")
        }
        let r = next()
        switch r {
        case Self.eof:
            return errorf("unclosed action")
        case _ where Self.isSpace(r):
            backup()  // Put the space back in case it is " -}}".
            return .space
        case 0x3D:  // =
            emit(.assign)
        case 0x3A:  // :
            if next() != 0x3D { return errorf("expected :=") }
            emit(.declare)
        case 0x7C:  // |
            emit(.pipe)
        case 0x22:  // "
            return .quote
        case 0x60:  // `
            return .rawQuote
        case 0x24:  // $
            return .variable
        case 0x27:  // '
            return .char
        case 0x2E where pos < input.count && !(input[pos] >= 0x30 && input[pos] <= 0x39):  // .field
            return .field
        case 0x2E, 0x2B, 0x2D, 0x30...0x39:  // a number: . + - or a digit
            backup()
            return .number
        case 0x28:  // (
            emit(.leftParen)
            parenDepth += 1
        case 0x29:  // )
            parenDepth -= 1
            if parenDepth < 0 { return errorf("unexpected right paren") }
            emit(.rightParen)
        default:
            if GoUnicode.isAlphaNumeric(r) {
                backup()
                return .identifier
            }
            if r >= 0x20 && r < 0x7F {
                emit(.char)
            } else {
                return errorf("unrecognized character in action: " + GoUnicode.formatRune(r))
            }
        }
        return .insideAction
    }

    private mutating func lexSpace() -> State {
        var numSpaces = 0
        while Self.isSpace(peek()) {
            _ = next()
            numSpaces += 1
        }
        // A space may begin a trim-marked right delimiter (" -}}").
        if hasRightTrimMarker(at: pos - 1) && hasPrefix(Self.rightDelim, at: pos - 1 + Self.trimMarkerLength) {
            backup()
            if numSpaces == 1 { return .rightDelim }
        }
        emit(.space)
        return .insideAction
    }

    private mutating func lexIdentifier() -> State {
        while true {
            let r = next()
            if GoUnicode.isAlphaNumeric(r) { continue }
            backup()
            let word = Array(input[start..<pos])
            if !atTerminator() { return errorf("bad character " + GoUnicode.formatRune(r)) }
            switch String(decoding: word, as: UTF8.self) {
            case "block": emit(.block)
            case "break": emit(.breakKeyword)
            case "continue": emit(.continueKeyword)
            case "define": emit(.define)
            case "else": emit(.elseKeyword)
            case "end": emit(.end)
            case "if": emit(.ifKeyword)
            case "range": emit(.range)
            case "nil": emit(.nilKeyword)
            case "template": emit(.template)
            case "with": emit(.with)
            case "true", "false": emit(.bool)
            default: emit(.identifier)
            }
            return .insideAction
        }
    }

    private mutating func lexVariable() -> State {
        if atTerminator() {  // Nothing interesting follows: "$".
            emit(.variable)
            return .insideAction
        }
        return lexFieldOrVariable(.variable)
    }

    private mutating func lexFieldOrVariable(_ kind: GoTemplateToken.Kind) -> State {
        if atTerminator() {  // Nothing interesting follows: "." or "$".
            emit(kind == .variable ? .variable : .dot)
            return .insideAction
        }
        var r: Int32
        repeat {
            r = next()
        } while GoUnicode.isAlphaNumeric(r)
        backup()
        if !atTerminator() { return errorf("bad character " + GoUnicode.formatRune(r)) }
        emit(kind)
        return .insideAction
    }

    /// Whether the next rune may end an identifier; breaks `.X.Y` into two pieces.
    private mutating func atTerminator() -> Bool {
        let r = peek()
        if Self.isSpace(r) { return true }
        switch r {
        case Self.eof, 0x2E, 0x2C, 0x7C, 0x3A, 0x29, 0x28: return true  // . , | : ) (
        default: return hasPrefix(Self.rightDelim, at: pos)
        }
    }

    /// A quoted string or character constant; the parser checks its escapes.
    private mutating func lexQuoted(close: UInt8, error: String, kind: GoTemplateToken.Kind) -> State {
        while true {
            var r = next()
            if r == 0x5C {  // backslash
                r = next()
                if r != Self.eof && r != 0x0A { continue }
                return errorf(error)
            }
            if r == Self.eof || r == 0x0A { return errorf(error) }
            if r == Int32(close) { break }
        }
        emit(kind)
        return .insideAction
    }

    private mutating func lexRawQuote() -> State {
        while true {
            let r = next()
            if r == Self.eof { return errorf("unterminated raw quoted string") }
            if r == 0x60 { break }
        }
        emit(.rawString)
        return .insideAction
    }

    /// Numbers: decimal, octal, hex, binary, floats, imaginary and complex (`1+2i`). This
    /// accepts some nonsense (`089`); the parser's conversion rejects it.
    private mutating func lexNumber() -> State {
        if !scanNumber() { return errorf("bad number syntax: " + GoQuote.quote(Array(input[start..<pos]))) }
        let sign = peek()
        if sign == 0x2B || sign == 0x2D {
            if !scanNumber() || input[pos - 1] != UInt8(ascii: "i") {
                return errorf("bad number syntax: " + GoQuote.quote(Array(input[start..<pos])))
            }
            emit(.complex)
        } else {
            emit(.number)
        }
        return .insideAction
    }

    private mutating func scanNumber() -> Bool {
        _ = accept("+-")
        var digits = "0123456789_"
        if accept("0") {
            if accept("xX") {
                digits = "0123456789abcdefABCDEF_"
            } else if accept("oO") {
                digits = "01234567_"
            } else if accept("bB") {
                digits = "01_"
            }
        }
        acceptRun(digits)
        if accept(".") { acceptRun(digits) }
        if digits.count == 11 && accept("eE") {
            _ = accept("+-")
            acceptRun("0123456789_")
        }
        if digits.count == 23 && accept("pP") {
            _ = accept("+-")
            acceptRun("0123456789_")
        }
        _ = accept("i")
        if GoUnicode.isAlphaNumeric(peek()) {
            _ = next()
            return false
        }
        return true
    }
}
