/// `cut -d DELIM -f LIST` and `cut -c LIST`: fields or characters of each line, as GNU cut
/// picks them (LIST like `2`, `1,3`, `2-`, `-3`, `1-2,4`).
enum Cut {
    static let run: @Sendable (inout BuiltinContext) -> Void = { context in
        var delimiter: Character = "\t"
        var fields: String?
        var characters: String?
        var files: [String] = []
        var arguments = context.arguments[...]
        while let argument = arguments.popFirst() {
            func value(_ flag: String) -> String? {
                if argument.count > 2 { return String(argument.dropFirst(2)) }
                return arguments.popFirst()
            }
            if argument.hasPrefix("-d") {
                guard let text = value("-d"), text.count == 1, let first = text.first else {
                    context.fail("cut: the delimiter must be a single character")
                    return
                }
                delimiter = first
            } else if argument.hasPrefix("-f") {
                fields = value("-f")
            } else if argument.hasPrefix("-c") || argument.hasPrefix("-b") {
                characters = value("-c")
            } else {
                files.append(argument)
            }
        }
        guard let list = fields ?? characters, let ranges = parse(list) else {
            context.fail(fields == nil && characters == nil
                ? "cut: you must specify a list of bytes, characters, or fields" : "cut: invalid field range")
            return
        }
        for input in context.inputs(files, command: "cut") {
            for line in lines(input.text) {
                if fields != nil {
                    let parts = line.split(separator: delimiter, omittingEmptySubsequences: false)
                    if parts.count == 1 {
                        context.out(line + "\n")
                        continue
                    }
                    let picked = parts.indices.filter { index in ranges.contains { $0.contains(index + 1) } }
                    context.out(picked.map { String(parts[$0]) }.joined(separator: String(delimiter)) + "\n")
                } else {
                    let scalars = Array(line)
                    let picked = scalars.indices.filter { index in ranges.contains { $0.contains(index + 1) } }
                    context.out(String(picked.map { scalars[$0] }) + "\n")
                }
            }
        }
    }

    /// `1,3-4,6-` as closed ranges (1-based); nil when malformed.
    static func parse(_ list: String) -> [ClosedRange<Int>]? {
        var ranges: [ClosedRange<Int>] = []
        for part in list.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = part.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
            if bounds.count == 1 {
                guard let n = Int(bounds[0]), n >= 1 else { return nil }
                ranges.append(n...n)
            } else {
                let low = bounds[0].isEmpty ? 1 : Int(bounds[0])
                let high = bounds[1].isEmpty ? Int.max : Int(bounds[1])
                guard let low, let high, low >= 1, low <= high else { return nil }
                ranges.append(low...high)
            }
        }
        return ranges.isEmpty ? nil : ranges
    }
}
