/// The escaping functions `html`, `js` and `urlquery` (Go's `HTMLEscapeString`,
/// `JSEscapeString` and `url.QueryEscape`), over their arguments printed as `evalArgs` does.
enum GoTemplateEscapers {
    /// One string argument as is; otherwise `fmt.Sprint` of all of them, a missing value
    /// printing as `<no value>`.
    static func evalArgs(_ args: [GoValue]) -> [UInt8] {
        if args.count == 1, case .string(let s)? = args[0].asInterfaceArgument { return s }
        let printable: [GoValue?] = args.map { arg in
            guard let value = arg.asInterfaceArgument else { return .string("<no value>") }
            return value
        }
        return GoFmt.sprint(printable)
    }

    static func html(_ s: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        for c in s {
            switch c {
            case 0: out += [0xEF, 0xBF, 0xBD]
            case UInt8(ascii: "\""): out += Array("&#34;".utf8)
            case UInt8(ascii: "'"): out += Array("&#39;".utf8)
            case UInt8(ascii: "&"): out += Array("&amp;".utf8)
            case UInt8(ascii: "<"): out += Array("&lt;".utf8)
            case UInt8(ascii: ">"): out += Array("&gt;".utf8)
            default: out.append(c)
            }
        }
        return out
    }

    static func js(_ s: [UInt8]) -> [UInt8] {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        var i = 0
        while i < s.count {
            let c = s[i]
            if c >= 0x80 {
                let (rune, width) = GoUTF8.decode(s, at: i)
                if GoUnicode.isPrint(rune) {
                    out += s[i..<(i + width)]
                } else {
                    let digits = String(rune, radix: 16, uppercase: true)
                    out += Array(("\\u" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits).utf8)
                }
                i += max(width, 1)
                continue
            }
            switch c {
            case UInt8(ascii: "\\"): out += Array("\\\\".utf8)
            case UInt8(ascii: "'"): out += Array("\\'".utf8)
            case UInt8(ascii: "\""): out += Array("\\\"".utf8)
            case UInt8(ascii: "<"): out += Array("\\u003C".utf8)
            case UInt8(ascii: ">"): out += Array("\\u003E".utf8)
            case UInt8(ascii: "&"): out += Array("\\u0026".utf8)
            case UInt8(ascii: "="): out += Array("\\u003D".utf8)
            default:
                if c < 0x20 {
                    out += Array("\\u00".utf8) + [hex[Int(c >> 4)], hex[Int(c & 0xF)]]
                } else {
                    out.append(c)
                }
            }
            i += 1
        }
        return out
    }

    /// `url.QueryEscape`: letters, digits and `-_.~` stay, a space becomes `+`, the rest `%XX`.
    static func urlQuery(_ s: [UInt8]) -> [UInt8] {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for c in s {
            switch c {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: "~"):
                out.append(c)
            case UInt8(ascii: " "):
                out.append(UInt8(ascii: "+"))
            default:
                out += [UInt8(ascii: "%"), hex[Int(c >> 4)], hex[Int(c & 0xF)]]
            }
        }
        return out
    }
}
