import LineTools
import ToolIO

/// `head`, `tail`, `wc`: the filters tutorials pipe kubectl and aws output into (`sort`,
/// `uniq` and `cut` are the line tools the shells in containers run too: `LineToolBuiltins`).
enum LineFilters {
    /// `-n N`, `-nN`, `-N`, `--lines=N`, or bytes with `-c N`, `-cN`, `--bytes=N`; returns the
    /// count, whether it counts bytes, and the remaining arguments.
    static func count(_ arguments: [String], default value: Int) -> (count: String, bytes: Bool, rest: [String])? {
        var count = String(value)
        var bytes = false
        var rest: [String] = []
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            if argument == "-n" || argument == "-c" {
                guard let next = iterator.next() else { return nil }
                count = next
                bytes = argument == "-c"
            } else if argument.hasPrefix("--lines=") || argument.hasPrefix("--bytes=") {
                count = String(argument.dropFirst(8))
                bytes = argument.hasPrefix("--bytes=")
            } else if argument.hasPrefix("-n") || argument.hasPrefix("-c") {
                count = String(argument.dropFirst(2))
                bytes = argument.hasPrefix("-c")
            } else if argument.hasPrefix("-"), argument.count > 1, argument.dropFirst().allSatisfy(\.isNumber) {
                count = String(argument.dropFirst())
                bytes = false
            } else {
                rest.append(argument)
            }
        }
        return (count, bytes, rest)
    }

    static let head: @Sendable (inout BuiltinContext) -> Void = { context in
        guard let (countText, bytes, files) = count(context.arguments, default: 10) else {
            context.fail("head: option requires an argument -- '\(context.arguments.last == "-c" ? "c" : "n")'")
            return
        }
        guard let count = Int(countText) else {
            context.fail("head: invalid number of \(bytes ? "bytes" : "lines"): '\(countText)'")
            return
        }
        func head<T>(_ all: [T]) -> ArraySlice<T> { count >= 0 ? all.prefix(count) : all.dropLast(-count) }
        for input in context.inputs(files, command: "head", wording: .cannotOpen) {
            if bytes {
                context.out(String(decoding: head(Array(input.text.utf8)), as: UTF8.self))
            } else {
                for line in head(splitLines(input.text)) { context.out(line + "\n") }
            }
        }
    }

    static let tail: @Sendable (inout BuiltinContext) -> Void = { context in
        guard let (countText, bytes, files) = count(context.arguments, default: 10) else {
            context.fail("tail: option requires an argument -- '\(context.arguments.last == "-c" ? "c" : "n")'")
            return
        }
        let fromStart = countText.hasPrefix("+")
        guard let count = Int(countText.drop(while: { $0 == "+" })) else {
            context.fail("tail: invalid number of \(bytes ? "bytes" : "lines"): '\(countText)'")
            return
        }
        func tail<T>(_ all: [T]) -> ArraySlice<T> { fromStart ? all.dropFirst(max(0, count - 1)) : all.suffix(max(0, count)) }
        for input in context.inputs(files, command: "tail", wording: .cannotOpen) {
            if bytes {
                context.out(String(decoding: tail(Array(input.text.utf8)), as: UTF8.self))
            } else {
                for line in tail(splitLines(input.text)) { context.out(line + "\n") }
            }
        }
    }

    static let wc: @Sendable (inout BuiltinContext) -> Void = { context in
        let flags = context.arguments.filter { $0.hasPrefix("-") && $0.count > 1 }.joined()
        let files = context.arguments.filter { !$0.hasPrefix("-") || $0 == "-" }
        var wantLines = flags.contains("l"), wantWords = flags.contains("w"), wantBytes = flags.contains("c")
        if !wantLines && !wantWords && !wantBytes { (wantLines, wantWords, wantBytes) = (true, true, true) }
        let selected = [wantLines, wantWords, wantBytes].filter { $0 }.count
        for input in context.inputs(files, command: "wc") {
            var counts: [Int] = []
            if wantLines { counts.append(input.text.utf8.lazy.filter { $0 == 10 }.count) }
            if wantWords { counts.append(input.text.split(whereSeparator: { $0.isWhitespace }).count) }
            if wantBytes { counts.append(input.text.utf8.count) }
            // GNU wc pads to a common width, 7 when reading a pipe with several counts.
            let width = selected == 1 && input.name == nil
                ? 0 : (input.name == nil ? 7 : counts.map { String($0).count }.max() ?? 0)
            let text = counts.map { value -> String in
                let digits = String(value)
                return String(repeating: " ", count: max(0, width - digits.count)) + digits
            }.joined(separator: " ")
            context.out(text + (input.name.map { " \($0)" } ?? "") + "\n")
        }
    }
}
