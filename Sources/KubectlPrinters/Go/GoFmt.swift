import JSONValue

/// Go's `fmt.Sprint`, `Sprintln` and `Sprintf` over the values a template handles (its `pp`,
/// `print.go`): what `{{.x}}`, `print`, `println` and `printf` write, errors such as
/// `%!d(string=x)` and `%!(EXTRA int=2)` included.
///
/// Arguments are what a function parameter of type `interface {}` receives: a concrete value,
/// or nil. `%p` is not modelled (Go prints a memory address); it is reported as a bad verb.
struct GoFmt {
    private var f = GoFmtFormatter()
    /// Which argument a bad verb describes (Go's `p.arg` / `p.value`).
    private var current: GoValue?
    private var reordered = false
    private var goodArgNum = true

    static func sprint(_ args: [GoValue?]) -> [UInt8] {
        var p = GoFmt()
        var previousString = false
        for (i, arg) in args.enumerated() {
            let isString: Bool
            if case .string? = arg { isString = true } else { isString = false }
            if i > 0 && !isString && !previousString { p.f.buf.append(UInt8(ascii: " ")) }
            p.printArg(arg, verb: UInt32(UInt8(ascii: "v")))
            previousString = isString
        }
        return p.f.buf
    }

    static func sprintln(_ args: [GoValue?]) -> [UInt8] {
        var p = GoFmt()
        for (i, arg) in args.enumerated() {
            if i > 0 { p.f.buf.append(UInt8(ascii: " ")) }
            p.printArg(arg, verb: UInt32(UInt8(ascii: "v")))
        }
        p.f.buf.append(UInt8(ascii: "\n"))
        return p.f.buf
    }

    static func sprintf(_ format: [UInt8], _ args: [GoValue?]) -> [UInt8] {
        var p = GoFmt()
        p.doPrintf(format, args)
        return p.f.buf
    }

    // MARK: - Printf

    private mutating func doPrintf(_ format: [UInt8], _ a: [GoValue?]) {
        let end = format.count
        var argNum = 0
        var afterIndex = false
        reordered = false
        var i = 0
        formatLoop: while i < end {
            if f.buf.count >= GoFmtFormatter.maxLength { return }
            goodArgNum = true
            let lasti = i
            while i < end && format[i] != UInt8(ascii: "%") { i += 1 }
            if i > lasti { f.buf += format[lasti..<i] }
            if i >= end { break }
            i += 1  // skip %
            f.clearFlags()
            simpleFormat: while i < end {
                let c = format[i]
                switch c {
                case UInt8(ascii: "#"): f.flags.sharp = true
                case UInt8(ascii: "0"): f.flags.zero = !f.flags.minus
                case UInt8(ascii: "+"): f.flags.plus = true
                case UInt8(ascii: "-"):
                    f.flags.minus = true
                    f.flags.zero = false
                case UInt8(ascii: " "): f.flags.space = true
                default:
                    // Fast path for a plain verb with an argument left.
                    if c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z") && argNum < a.count {
                        if c == UInt8(ascii: "v") { moveSharpAndPlusToV() }
                        printArg(a[argNum], verb: UInt32(c))
                        argNum += 1
                        i += 1
                        continue formatLoop
                    }
                    break simpleFormat
                }
                i += 1
            }
            // Argument index, then width.
            (argNum, i, afterIndex) = argNumber(argNum, format, i, a.count)
            if i < end && format[i] == UInt8(ascii: "*") {
                i += 1
                (f.wid, f.flags.widPresent, argNum) = intFromArg(a, argNum)
                if !f.flags.widPresent { f.write("%!(BADWIDTH)") }
                if f.wid < 0 {
                    f.wid = -f.wid
                    f.flags.minus = true
                    f.flags.zero = false
                }
                afterIndex = false
            } else {
                (f.wid, f.flags.widPresent, i) = Self.parsenum(format, i, end)
                if afterIndex && f.flags.widPresent { goodArgNum = false }  // "%[3]2d"
            }
            // Precision.
            if i + 1 < end && format[i] == UInt8(ascii: ".") {
                i += 1
                if afterIndex { goodArgNum = false }  // "%[3].2d"
                (argNum, i, afterIndex) = argNumber(argNum, format, i, a.count)
                if i < end && format[i] == UInt8(ascii: "*") {
                    i += 1
                    (f.prec, f.flags.precPresent, argNum) = intFromArg(a, argNum)
                    if f.prec < 0 {
                        f.prec = 0
                        f.flags.precPresent = false
                    }
                    if !f.flags.precPresent { f.write("%!(BADPREC)") }
                    afterIndex = false
                } else {
                    (f.prec, f.flags.precPresent, i) = Self.parsenum(format, i, end)
                    if !f.flags.precPresent {
                        f.prec = 0
                        f.flags.precPresent = true
                    }
                }
            }
            if !afterIndex { (argNum, i, afterIndex) = argNumber(argNum, format, i, a.count) }
            if i >= end {
                f.write("%!(NOVERB)")
                break
            }
            var verb = UInt32(format[i])
            var size = 1
            if verb >= 0x80 { (verb, size) = GoUTF8.decode(format, at: i) }
            i += size
            if verb == UInt32(UInt8(ascii: "%")) {
                f.buf.append(UInt8(ascii: "%"))  // absorbs no operand, ignores width and precision
            } else if !goodArgNum {
                f.write("%!")
                f.buf += GoUTF8.encode(verb)
                f.write("(BADINDEX)")
            } else if argNum >= a.count {
                f.write("%!")
                f.buf += GoUTF8.encode(verb)
                f.write("(MISSING)")
            } else {
                if verb == UInt32(UInt8(ascii: "v")) { moveSharpAndPlusToV() }
                printArg(a[argNum], verb: verb)
                argNum += 1
            }
        }
        if !reordered && argNum < a.count {
            f.clearFlags()
            f.write("%!(EXTRA ")
            for (index, arg) in a[argNum...].enumerated() {
                if index > 0 { f.write(", ") }
                if let arg {
                    f.write(arg.typeName + "=")
                    printArg(arg, verb: UInt32(UInt8(ascii: "v")))
                } else {
                    f.write("<nil>")
                }
            }
            f.write(")")
        }
    }

    private mutating func moveSharpAndPlusToV() {
        f.flags.sharpV = f.flags.sharp
        f.flags.sharp = false
        f.flags.plusV = f.flags.plus
        f.flags.plus = false
    }

    private static func parsenum(_ s: [UInt8], _ start: Int, _ end: Int) -> (Int, Bool, Int) {
        guard start < end else { return (0, false, end) }
        var num = 0
        var isnum = false
        var i = start
        while i < end && s[i] >= 48 && s[i] <= 57 {
            if num > 1_000_000 || num < -1_000_000 { return (0, false, end) }  // overflow: a crazy long number
            num = num * 10 + Int(s[i] - 48)
            isnum = true
            i += 1
        }
        return (num, isnum, i)
    }

    private func intFromArg(_ a: [GoValue?], _ argNum: Int) -> (Int, Bool, Int) {
        guard argNum < a.count else { return (0, false, argNum) }
        var num = 0
        var isInt = false
        switch a[argNum] {
        case .int(let i)?: (num, isInt) = (i, true)
        case .int64(let i)?: (num, isInt) = (Int(i), true)
        case .uint8(let u)?: (num, isInt) = (Int(u), true)
        default: break
        }
        if num > 1_000_000 || num < -1_000_000 { (num, isInt) = (0, false) }
        return (num, isInt, argNum + 1)
    }

    /// `%[n]`: a one-based argument index.
    private mutating func argNumber(_ argNum: Int, _ format: [UInt8], _ i: Int, _ numArgs: Int) -> (Int, Int, Bool) {
        guard i < format.count, format[i] == UInt8(ascii: "[") else { return (argNum, i, false) }
        reordered = true
        let rest = Array(format[i...])
        var index = 0
        var width = 1
        var ok = false
        if rest.count >= 3 {
            for j in 1..<rest.count where rest[j] == UInt8(ascii: "]") {
                let (n, isnum, newi) = Self.parsenum(rest, 1, j)
                if !isnum || newi != j {
                    (index, width, ok) = (0, j + 1, false)
                } else {
                    (index, width, ok) = (n - 1, j + 1, true)
                }
                break
            }
        }
        if ok && index >= 0 && index < numArgs { return (index, i + width, true) }
        goodArgNum = false
        return (argNum, i + width, ok)
    }

    // MARK: - Values

    /// One operand with one verb (`printArg`); nil is a nil interface.
    private mutating func printArg(_ arg: GoValue?, verb: UInt32) {
        current = arg
        guard let arg else {
            if verb == UInt32(UInt8(ascii: "T")) || verb == UInt32(UInt8(ascii: "v")) {
                f.padString("<nil>")
            } else {
                badVerb(verb)
            }
            return
        }
        if verb == UInt32(UInt8(ascii: "T")) {
            f.fmtS(Array(arg.typeName.utf8))
            return
        }
        printValue(arg, verb: verb, depth: 0)
    }

    private mutating func printValue(_ value: GoValue, verb: UInt32, depth: Int) {
        current = value
        switch value {
        case .invalid:
            if depth == 0 {
                f.write("<invalid reflect.Value>")
            } else if verb == UInt32(UInt8(ascii: "v")) {
                f.write("<nil>")
            } else {
                badVerb(verb)
            }
        case .interface(let inner):
            guard let inner else {
                f.write(f.flags.sharpV ? "interface {}(nil)" : "<nil>")
                return
            }
            printValue(inner, verb: verb, depth: depth + 1)
        case .bool(let b):
            if verb == UInt32(UInt8(ascii: "t")) || verb == UInt32(UInt8(ascii: "v")) { f.fmtBoolean(b) } else { badVerb(verb) }
        case .int(let i): fmtInteger(UInt64(bitPattern: Int64(i)), signed: true, verb: verb)
        case .int64(let i): fmtInteger(UInt64(bitPattern: i), signed: true, verb: verb)
        case .uint8(let u): fmtInteger(UInt64(u), signed: false, verb: verb)
        case .float64(let d): fmtFloat(d, verb: verb)
        case .complex128(let re, let im):
            switch Unicode.Scalar(verb).map(Character.init) {
            case "v", "b", "g", "G", "x", "X", "f", "F", "e", "E":
                let oldPlus = f.flags.plus
                f.buf.append(UInt8(ascii: "("))
                fmtFloat(re, verb: verb)
                f.flags.plus = true
                fmtFloat(im, verb: verb)
                f.write("i)")
                f.flags.plus = oldPlus
            default:
                badVerb(verb)
            }
        case .string(let s): fmtString(s, verb: verb)
        case .map(let object):
            guard depth < GoFormat.maxDepth else { return }
            f.write(f.flags.sharpV ? "map[string]interface {}{" : "map[")
            for (i, pair) in object.sortedPairs.enumerated() {
                if i > 0 { f.write(f.flags.sharpV ? ", " : " ") }
                printValue(.string(pair.key), verb: verb, depth: depth + 1)
                f.buf.append(UInt8(ascii: ":"))
                printValue(.element(pair.value), verb: verb, depth: depth + 1)
            }
            f.write(f.flags.sharpV ? "}" : "]")
        case .slice(let items):
            guard depth < GoFormat.maxDepth else { return }
            f.write(f.flags.sharpV ? "[]interface {}{" : "[")
            for (i, item) in items.enumerated() {
                if i > 0 { f.write(f.flags.sharpV ? ", " : " ") }
                printValue(.element(item), verb: verb, depth: depth + 1)
            }
            f.write(f.flags.sharpV ? "}" : "]")
        }
    }

    /// `%!verb(type=value)`, or `%!verb(<nil>)`.
    private mutating func badVerb(_ verb: UInt32) {
        let value = current
        f.write("%!")
        f.buf += GoUTF8.encode(verb)
        f.buf.append(UInt8(ascii: "("))
        if let value, value.isValid {
            f.write(value.typeName + "=")
            printValue(value, verb: UInt32(UInt8(ascii: "v")), depth: 0)
        } else {
            f.write("<nil>")
        }
        f.buf.append(UInt8(ascii: ")"))
    }

    private mutating func fmtInteger(_ v: UInt64, signed: Bool, verb: UInt32) {
        let digits = GoFmtFormatter.ldigits
        switch Unicode.Scalar(verb).map(Character.init) {
        case "v":
            if f.flags.sharpV && !signed {
                let oldSharp = f.flags.sharp
                f.flags.sharp = true
                f.fmtInteger(v, base: 16, signed: false, verb: verb, digits: digits)
                f.flags.sharp = oldSharp
            } else {
                f.fmtInteger(v, base: 10, signed: signed, verb: verb, digits: digits)
            }
        case "d": f.fmtInteger(v, base: 10, signed: signed, verb: verb, digits: digits)
        case "b": f.fmtInteger(v, base: 2, signed: signed, verb: verb, digits: digits)
        case "o", "O": f.fmtInteger(v, base: 8, signed: signed, verb: verb, digits: digits)
        case "x": f.fmtInteger(v, base: 16, signed: signed, verb: verb, digits: digits)
        case "X": f.fmtInteger(v, base: 16, signed: signed, verb: verb, digits: GoFmtFormatter.udigits)
        case "c": f.fmtC(signed && Int64(bitPattern: v) < 0 ? UInt64.max : v)
        case "q": f.fmtQc(signed && Int64(bitPattern: v) < 0 ? UInt64.max : v)
        case "U": f.fmtUnicode(v)
        default: badVerb(verb)
        }
    }

    private mutating func fmtFloat(_ v: Double, verb: UInt32) {
        switch Unicode.Scalar(verb).map(Character.init) {
        case "v": f.fmtFloat(v, verb: UInt8(ascii: "g"), prec: -1)
        case "b", "g", "G", "x", "X": f.fmtFloat(v, verb: UInt8(verb), prec: -1)
        case "f", "e", "E": f.fmtFloat(v, verb: UInt8(verb), prec: 6)
        case "F": f.fmtFloat(v, verb: UInt8(ascii: "f"), prec: 6)
        default: badVerb(verb)
        }
    }

    private mutating func fmtString(_ s: [UInt8], verb: UInt32) {
        switch Unicode.Scalar(verb).map(Character.init) {
        case "v": if f.flags.sharpV { f.fmtQ(s) } else { f.fmtS(s) }
        case "s": f.fmtS(s)
        case "x": f.fmtSx(s, digits: GoFmtFormatter.ldigits)
        case "X": f.fmtSx(s, digits: GoFmtFormatter.udigits)
        case "q": f.fmtQ(s)
        default: badVerb(verb)
        }
    }
}
