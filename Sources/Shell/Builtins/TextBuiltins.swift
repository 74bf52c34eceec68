import ContainerImages
import SimCore
import ToolIO

/// `echo`, `printf`, `base64`.
enum TextBuiltins {
    static let echo: @Sendable (inout BuiltinContext) -> Void = { context in
        var arguments = context.arguments[...]
        var newline = true
        var escapes = false
        while let first = arguments.first, first.hasPrefix("-"), first.count > 1,
            first.dropFirst().allSatisfy({ "neE".contains($0) })
        {
            if first.contains("n") { newline = false }
            if first.contains("e") { escapes = true }
            if first.contains("E") { escapes = false }
            arguments = arguments.dropFirst()
        }
        var text = arguments.joined(separator: " ")
        if escapes { text = unescape(text) }
        context.out(text + (newline ? "\n" : ""))
    }

    /// `printf FORMAT [ARGS]`: `%s`, `%d`, `%%` and backslash escapes, the format reused
    /// while arguments remain.
    static let printf: @Sendable (inout BuiltinContext) -> Void = { context in
        guard let format = context.arguments.first else {
            context.fail("printf: usage: printf format [arguments]", status: 2)
            return
        }
        var arguments = Array(context.arguments.dropFirst())[...]
        repeat {
            var out = ""
            var chars = Array(unescape(format))[...]
            while let c = chars.first {
                chars = chars.dropFirst()
                guard c == "%", let spec = chars.first else {
                    out.append(c)
                    continue
                }
                chars = chars.dropFirst()
                switch spec {
                case "%": out.append("%")
                case "s":
                    out += arguments.first ?? ""
                    arguments = arguments.dropFirst()
                case "d", "i":
                    out += String(Int(arguments.first ?? "0") ?? 0)
                    arguments = arguments.dropFirst()
                default:
                    out.append("%")
                    out.append(spec)
                }
            }
            context.out(out)
        } while !arguments.isEmpty && format.contains("%")
    }

    static func unescape(_ text: String) -> String {
        var out = ""
        var chars = Array(text)[...]
        while let c = chars.first {
            chars = chars.dropFirst()
            guard c == "\\", let next = chars.first else {
                out.append(c)
                continue
            }
            chars = chars.dropFirst()
            switch next {
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "\\": out.append("\\")
            case "r": out.append("\r")
            case "a": out.append("\u{07}")
            case "e": out.append("\u{1B}")
            default:
                out.append("\\")
                out.append(next)
            }
        }
        return out
    }

    /// `seq`, as GNU coreutils counts in whole numbers (`for i in $(seq 1 5)`).
    static let seq: @Sendable (inout BuiltinContext) -> Void = { context in
        guard !context.arguments.isEmpty else {
            context.fail("seq: missing operand\nTry 'seq --help' for more information.")
            return
        }
        switch Seq.numbers(context.arguments) {
        case .success(let numbers): context.out(numbers.map { "\($0)\n" }.joined())
        case .failure(let refusal): context.fail("shipyard: " + Seq.explain(refusal))
        }
    }

    /// `base64 [-d] [-w COLS]`, for Secrets' data and user data (`-w 0`: one line).
    static let base64: @Sendable (inout BuiltinContext) -> Void = { context in
        var decode = false
        var width = 76
        var files: [String] = []
        var arguments = context.arguments[...]
        while let argument = arguments.popFirst() {
            switch argument {
            case "-d", "--decode", "-D": decode = true
            case "-w", "--wrap":
                guard let value = arguments.popFirst(), let columns = Int(value), columns >= 0 else {
                    context.fail("base64: invalid wrap size: '\(arguments.first ?? "")'")
                    return
                }
                width = columns
            default:
                if argument.hasPrefix("-w") || argument.hasPrefix("--wrap=") {
                    let value = argument.hasPrefix("-w") ? argument.dropFirst(2) : argument.dropFirst(7)
                    guard let columns = Int(value), columns >= 0 else {
                        context.fail("base64: invalid wrap size: '\(value)'")
                        return
                    }
                    width = columns
                } else {
                    files.append(argument)
                }
            }
        }
        let text = context.inputs(files, command: "base64").map(\.text).joined()
        if decode {
            let compact = text.filter { !$0.isWhitespace }
            guard let bytes = Base64.decode(compact) else {
                context.fail("base64: invalid input")
                return
            }
            context.out(String(decoding: bytes, as: UTF8.self))
        } else {
            let encoded = Base64.encode(Array(text.utf8))
            var wrapped = ""
            var line = ""
            for c in encoded {
                line.append(c)
                if line.count == width {
                    wrapped += line + "\n"
                    line = ""
                }
            }
            // GNU base64 ends the last line with a newline unless wrapping is off (-w 0), and
            // prints nothing at all for empty input.
            if !line.isEmpty { wrapped += line + (width == 0 ? "" : "\n") }
            context.out(wrapped)
        }
    }
}
