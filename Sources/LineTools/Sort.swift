/// `sort [-bfnrsu] [-t CHAR] [-k POS1[,POS2]]... [FILE]...`, as GNU's sort orders lines in the
/// C locale a container starts in (busybox's orders them the same way): bytes compare as
/// unsigned numbers, keys are fields, and lines whose keys tie are compared whole unless
/// `-s` or `-u` says not to.
enum Sort {
    static let grammar = ToolOptions.Grammar(program: "sort", flags: "bcCdfghimMnrRsuVz", valued: "kotST",
                                             simulated: "bfknrstu", usageStatus: 2)

    /// The ordering a key (or the whole line) is compared by.
    struct Ordering: Equatable {
        var numeric = false
        var fold = false
        var reverse = false
        var skipStartBlanks = false
        var skipEndBlanks = false

        /// Whether it sets nothing but, perhaps, `reverse`: such a key takes the global options.
        var isDefault: Bool { !numeric && !fold && !skipStartBlanks && !skipEndBlanks }
    }

    /// `-k`: from field `startField` (0-based) and character `startChar` within it, to the end
    /// of field `endField` (or `endChar` characters into it), or to the end of the line.
    struct Key {
        var startField = 0
        var startChar = 0
        var endField: Int?
        var endChar = 0
        var ordering = Ordering()
    }

    @Sendable static func run(_ options: ToolOptions, _ input: LineToolInput) -> LineToolRun {
        let busybox = input.busybox
        var global = Ordering()
        for flag in options.flags {
            switch flag {
            case "b": (global.skipStartBlanks, global.skipEndBlanks) = (true, true)
            case "f": global.fold = true
            case "n": global.numeric = true
            case "r": global.reverse = true
            default: break
            }
        }
        var keys: [Key] = []
        var separator: UInt8?
        for (option, value) in options.values {
            switch option {
            case "t":
                guard !value.isEmpty else { return fail("empty tab", busybox: "bad -t parameter", input) }
                guard value.utf8.count == 1, let byte = value.utf8.first else {
                    return fail("multi-character tab '\(value)'", busybox: "bad -t parameter", input)
                }
                separator = byte
            default:
                switch key(value) {
                case .success(let key): keys.append(key)
                case .failure(let problem):
                    return fail("\(problem.message): invalid field specification '\(value)'",
                                busybox: problem.stray ? "unknown key option" : "bad field specification", input)
                }
            }
        }
        for index in keys.indices where keys[index].ordering.isDefault && !keys[index].ordering.reverse {
            keys[index].ordering = global
        }
        if keys.isEmpty, !global.isDefault { keys = [Key(ordering: global)] }
        var run = LineToolRun()
        let text = input.text(options.operands, "sort", wording: busybox ? .named : .cannotRead, into: &run)
        guard run.status == 0 else { return .ended(2, errors: run.errors) }

        let lines = splitLines(text).map { Array($0.utf8) }
        // GNU's -u sorts by the keys alone and keeps the first line of a tie as it came in;
        // busybox's sorts whole lines too, then drops the lines whose keys tie.
        var comparison = Comparison(keys: keys, separator: separator, reverse: global.reverse,
                                    lastResort: !options.has("s") && (busybox || !options.has("u")))
        let order = lines.indices.sorted { a, b in
            let order = comparison.compare(lines[a], lines[b])
            return order != 0 ? order < 0 : a < b
        }
        comparison.lastResort = false
        var previous: [UInt8]?
        for index in order {
            let line = lines[index]
            if options.has("u"), let previous, comparison.compare(previous, line) == 0 { continue }
            previous = line
            run.output += String(decoding: line, as: UTF8.self) + "\n"
        }
        return run
    }

    /// A bad option value, in GNU's words or busybox's.
    private static func fail(_ gnu: String, busybox: String, _ input: LineToolInput) -> LineToolRun {
        .ended(2, errors: "sort: \(input.busybox ? busybox : gnu)\n")
    }

    struct KeyProblem: Error {
        var message: String
        /// Whether something follows the key that is not part of it (busybox words that its own way).
        var stray = false
    }

    /// A `-k` value, read as GNU's sort reads it.
    static func key(_ spec: String) -> Result<Key, KeyProblem> {
        var rest = spec[...]
        var key = Key()
        guard let field = number(&rest) else { return .failure(KeyProblem(message: "invalid number at field start")) }
        guard field > 0 else { return .failure(KeyProblem(message: "field number is zero")) }
        key.startField = field - 1
        if rest.first == "." {
            rest.removeFirst()
            guard let char = number(&rest) else { return .failure(KeyProblem(message: "invalid number after '.'")) }
            guard char > 0 else { return .failure(KeyProblem(message: "character offset is zero")) }
            key.startChar = char - 1
        }
        readOrdering(&rest, into: &key.ordering, end: false)
        if rest.first == "," {
            rest.removeFirst()
            guard let field = number(&rest) else { return .failure(KeyProblem(message: "invalid number after ','")) }
            guard field > 0 else { return .failure(KeyProblem(message: "field number is zero")) }
            key.endField = field - 1
            if rest.first == "." {
                rest.removeFirst()
                guard let char = number(&rest) else { return .failure(KeyProblem(message: "invalid number after '.'")) }
                key.endChar = char
            }
            readOrdering(&rest, into: &key.ordering, end: true)
        }
        guard rest.isEmpty else { return .failure(KeyProblem(message: "stray character in field spec", stray: true)) }
        return .success(key)
    }

    private static func number(_ text: inout Substring) -> Int? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return nil }
        text = text.dropFirst(digits.count)
        return Int(digits) ?? Int.max
    }

    private static func readOrdering(_ text: inout Substring, into ordering: inout Ordering, end: Bool) {
        while let letter = text.first, "bfnr".contains(letter) {
            switch letter {
            case "b": if end { ordering.skipEndBlanks = true } else { ordering.skipStartBlanks = true }
            case "f": ordering.fold = true
            case "n": ordering.numeric = true
            default: ordering.reverse = true
            }
            text.removeFirst()
        }
    }

    /// How two lines compare: by their keys in turn, then (unless told not to) whole.
    struct Comparison {
        var keys: [Key]
        var separator: UInt8?
        var reverse: Bool
        var lastResort: Bool

        func compare(_ a: [UInt8], _ b: [UInt8]) -> Int {
            for key in keys {
                var order = Self.compare(a[field(of: key, in: a)], b[field(of: key, in: b)], key.ordering)
                if key.ordering.reverse { order = -order }
                if order != 0 { return order }
            }
            guard lastResort || keys.isEmpty else { return 0 }
            let order = Self.bytes(a[...], b[...])
            return reverse ? -order : order
        }

        private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

        /// Where a key lies in a line: GNU's begfield and limfield.
        func field(of key: Key, in line: [UInt8]) -> Range<Int> {
            let end = line.count
            var start = 0
            // Loops stop at the line's end: a key may name field 99999999999.
            var skipped = 0
            while skipped < key.startField, start < end {
                start = skipField(line, from: start, keepSeparator: false)
                skipped += 1
            }
            if key.ordering.skipStartBlanks { while start < end, Self.isBlank(line[start]) { start += 1 } }
            start += min(key.startChar, end - start)
            guard let endField = key.endField else { return start..<end }
            var limit = 0
            let fields = key.endChar == 0 ? endField + 1 : endField
            var remaining = fields
            while remaining > 0, limit < end {
                remaining -= 1
                limit = skipField(line, from: limit, keepSeparator: remaining == 0 && key.endChar == 0)
            }
            if key.endChar != 0 {
                if key.ordering.skipEndBlanks { while limit < end, Self.isBlank(line[limit]) { limit += 1 } }
                limit += min(key.endChar, end - limit)
            }
            return start..<max(start, limit)
        }

        /// Past one field: up to and past its separator, or past its leading blanks and its word.
        private func skipField(_ line: [UInt8], from index: Int, keepSeparator: Bool) -> Int {
            var position = index
            if let separator {
                while position < line.count, line[position] != separator { position += 1 }
                if position < line.count, !keepSeparator { position += 1 }
            } else {
                while position < line.count, Self.isBlank(line[position]) { position += 1 }
                while position < line.count, !Self.isBlank(line[position]) { position += 1 }
            }
            return position
        }

        private static func compare(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>, _ ordering: Ordering) -> Int {
            if ordering.numeric {
                let (x, y) = (number(a), number(b))
                return x < y ? -1 : x > y ? 1 : 0
            }
            if ordering.fold { return bytes(ArraySlice(a.map(upper)), ArraySlice(b.map(upper))) }
            return bytes(a, b)
        }

        private static func upper(_ byte: UInt8) -> UInt8 { (0x61...0x7a).contains(byte) ? byte - 0x20 : byte }

        private static func bytes(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Int {
            a.lexicographicallyPrecedes(b) ? -1 : b.lexicographicallyPrecedes(a) ? 1 : 0
        }

        /// The number a field starts with (after blanks): an optional minus, digits and a
        /// fraction; none reads as zero.
        private static func number(_ field: ArraySlice<UInt8>) -> Double {
            var text = ""
            var index = field.startIndex
            while index < field.endIndex, isBlank(field[index]) { index += 1 }
            if index < field.endIndex, field[index] == 0x2d {
                text.append("-")
                index += 1
            }
            var seenPoint = false
            while index < field.endIndex {
                let byte = field[index]
                if (0x30...0x39).contains(byte) {
                    text.append(Character(Unicode.Scalar(byte)))
                } else if byte == 0x2e, !seenPoint {
                    seenPoint = true
                    text.append(".")
                } else {
                    break
                }
                index += 1
            }
            return Double(text) ?? 0
        }
    }
}
