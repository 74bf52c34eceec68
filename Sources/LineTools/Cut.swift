/// `cut -f LIST [-d CHAR] [-s]` and `cut -c|-b LIST`: the fields or bytes of each line that a
/// list picks (`1,3`, `2-`, `-4`), in order, as GNU's cut prints them (busybox's alike). In the
/// C locale a container starts in, `-c` counts bytes as `-b` does.
enum Cut {
    static let grammar = ToolOptions.Grammar(program: "cut", flags: "nsz", valued: "bcdf", simulated: "bcdfs",
                                             usageStatus: 1)

    @Sendable static func run(_ options: ToolOptions, _ input: LineToolInput) -> LineToolRun {
        // The checks in each cut's order: GNU's options first, then what they lack together.
        let lists = options.values.filter { $0.option != "d" }
        let busybox = input.busybox
        let delimiter = options.values.last { $0.option == "d" }?.value
        // `-d ''` is the NUL byte, as in GNU's cut.
        let singleCharacter = delimiter.map { $0.utf8.count <= 1 } ?? true
        if !busybox, lists.count > 1 { return fail("only one list may be specified", busybox) }
        if !busybox, !singleCharacter { return fail("the delimiter must be a single character", busybox) }
        guard let (mode, listText) = lists.first else {
            return fail(busybox ? "expected a list of bytes, characters, or fields"
                        : "you must specify a list of bytes, characters, or fields", busybox)
        }
        if lists.count > 1 { return ToolOptions.usage(grammar, "only one list may be specified", busybox: true) }
        if !singleCharacter { return fail("the delimiter must be a single character", busybox) }
        let fields = mode == "f"
        let suppressing = options.has("s") && !fields
        let delimiting = delimiter != nil && !fields
        if busybox, suppressing { return fail("suppressing non-delimited lines makes sense only when operating on fields", busybox) }
        if delimiting { return fail("\(busybox ? "a" : "an input") delimiter may be specified only when operating on fields", busybox) }
        if suppressing { return fail("suppressing non-delimited lines makes sense\n\tonly when operating on fields", busybox) }
        let ranges: [ClosedRange<Int>]
        switch busybox ? busyboxList(listText) : list(listText, fields: fields) {
        case .success(let parsed): ranges = parsed
        case .failure(let problem): return fail(problem.message, busybox)
        }
        var run = LineToolRun()
        let text = input.text(options.operands, "cut", wording: .named, into: &run)
        let picks: (Int) -> Bool = { position in ranges.contains { $0.contains(position) } }
        let separator = delimiter.map { $0.utf8.first ?? 0 } ?? 9
        for line in splitLines(text) {
            if fields {
                let parts = line.utf8.split(separator: separator, omittingEmptySubsequences: false)
                if parts.count == 1 {
                    if !options.has("s") { run.output += line + "\n" }
                    continue
                }
                let picked = parts.indices.filter { picks($0 + 1) }.map { Array(parts[$0]) }
                run.output += String(decoding: Array(picked.joined(separator: [separator])), as: UTF8.self) + "\n"
            } else {
                let bytes = Array(line.utf8)
                run.output += String(decoding: bytes.indices.filter { picks($0 + 1) }.map { bytes[$0] }, as: UTF8.self) + "\n"
            }
        }
        return run
    }

    /// A usage error: busybox prints the message alone, GNU adds its pointer to `--help`.
    private static func fail(_ message: String, _ busybox: Bool) -> LineToolRun {
        busybox ? .ended(1, errors: "cut: \(message)\n") : ToolOptions.usage(grammar, message, busybox: false)
    }

    struct ListProblem: Error { var message: String }

    /// A list as busybox reads it: empty items are skipped, a start of 0 is 1, an end before
    /// its start is an error in busybox's own terse words (`cut: 1<2`).
    static func busyboxList(_ text: String) -> Result<[ClosedRange<Int>], ListProblem> {
        var ranges: [ClosedRange<Int>] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) where !part.isEmpty {
            let bounds = part.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
            func number(_ text: Substring) -> Int? { text.allSatisfy { $0.isASCII && $0.isNumber } ? Int(text) : nil }
            guard let start = bounds[0].isEmpty ? 0 : number(bounds[0]) else {
                return .failure(ListProblem(message: "invalid number '\(bounds[0])'"))
            }
            let low = max(1, start)
            guard bounds.count == 2 else {
                ranges.append(low...low)
                continue
            }
            if bounds[1].isEmpty {
                ranges.append(low...Int.max)
                continue
            }
            guard let end = number(bounds[1]) else { return .failure(ListProblem(message: "invalid number '\(bounds[1])'")) }
            guard end >= low - 1 else { return .failure(ListProblem(message: "\(end)<\(low - 1)")) }
            if end >= low { ranges.append(low...end) }
        }
        guard !ranges.isEmpty else { return .failure(ListProblem(message: "missing list of positions")) }
        return .success(ranges)
    }

    /// A list of positions: numbers and ranges (`N`, `N-M`, `N-`, `-M`) separated by commas.
    static func list(_ text: String, fields: Bool) -> Result<[ClosedRange<Int>], ListProblem> {
        func problem(_ message: String) -> Result<[ClosedRange<Int>], ListProblem> { .failure(ListProblem(message: message)) }
        var ranges: [ClosedRange<Int>] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            // GNU's cut names what follows the first character that cannot be in a list.
            if let bad = part.firstIndex(where: { !($0.isASCII && $0.isNumber) && $0 != "-" }) {
                return problem("invalid \(fields ? "field value" : "byte/character position") '\(part[bad...])'")
            }
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false)
            guard bounds.count <= 2 else { return problem(fields ? "invalid field range" : "invalid byte or character range") }
            if bounds.count == 2, bounds[0].isEmpty, bounds[1].isEmpty { return problem("invalid range with no endpoint: -") }
            if let tooLarge = bounds.first(where: { !$0.isEmpty && Int($0) == nil }) {
                return problem("\(fields ? "field number" : "byte/character offset") '\(tooLarge)' is too large")
            }
            let low = bounds[0].isEmpty && bounds.count == 2 ? 1 : Int(bounds[0]) ?? 0
            guard low > 0 else {
                return problem(fields ? "fields are numbered from 1" : "byte/character positions are numbered from 1")
            }
            let high = bounds.count == 1 ? low : Int(bounds[1]) ?? Int.max
            guard low <= high else { return problem("invalid decreasing range") }
            ranges.append(low...high)
        }
        return .success(ranges)
    }
}
