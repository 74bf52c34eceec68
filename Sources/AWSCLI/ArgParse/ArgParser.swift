import AWSArguments

/// Python 3.13's `argparse.ArgumentParser.parse_known_args`, as aws-cli's `CLIArgParser`
/// subclasses configure it (`allow_abbrev` on, `conflict_handler='resolve'`, its own
/// "Invalid choice" text), for the actions aws-cli declares.
///
/// Words are classified first (option, argument, `--`), then options and positionals are
/// consumed alternately exactly as argparse does, so that every learner-visible quirk carries
/// over: `--cluster demo` abbreviating `--cluster-name`, an unknown `--x` leaving its value as
/// an extra argument, a list option stopping at the next option.
struct ArgParser {
    private(set) var actions: [ArgAction] = []
    /// Option string → index in `actions`, in the order the strings were added.
    private var optionIndex: [(option: String, action: Int)] = []

    init(_ actions: [ArgAction] = []) {
        for action in actions { add(action) }
    }

    /// `add_argument`, with `conflict_handler='resolve'`: a later option string takes over an
    /// earlier one's.
    mutating func add(_ action: ArgAction) {
        for option in action.optionStrings {
            if let existing = optionIndex.firstIndex(where: { $0.option == option }) {
                let previous = optionIndex[existing].action
                optionIndex.remove(at: existing)
                actions[previous].optionStrings.removeAll { $0 == option }
                if actions[previous].optionStrings.isEmpty {
                    // An option left without strings is removed from the parser.
                    actions.remove(at: previous)
                    optionIndex = optionIndex.map { ($0.option, $0.action > previous ? $0.action - 1 : $0.action) }
                }
            }
        }
        actions.append(action)
        for option in action.optionStrings { optionIndex.append((option, actions.count - 1)) }
    }

    private func action(forOption option: String) -> Int? {
        optionIndex.first { $0.option == option }?.action
    }

    /// What `_parse_optional` found in one word.
    private struct OptionMatch {
        var action: Int?
        var optionString: String
        var explicitArgument: String?
    }

    private enum Word {
        case argument
        case doubleDash
        case option(OptionMatch)
    }

    /// The parsed namespace and the words nothing consumed, or argparse's error message.
    func parseKnownArgs(_ arguments: [String]) throws(ArgParseError) -> (ArgNamespace, [String]) {
        var namespace = ArgNamespace()
        for action in actions { if let value = action.defaultValue { namespace[action.dest] = value } }

        var words: [Word] = []
        var afterDoubleDash = false
        for argument in arguments {
            if afterDoubleDash {
                words.append(.argument)
            } else if argument == "--" {
                words.append(.doubleDash)
                afterDoubleDash = true
            } else if let match = try parseOptional(argument) {
                words.append(.option(match))
            } else {
                words.append(.argument)
            }
        }
        let pattern: [Character] = words.map {
            switch $0 {
            case .argument: return "A"
            case .doubleDash: return "-"
            case .option: return "O"
            }
        }

        var state = ParseState(namespace: namespace)
        var positionals = actions.indices.filter { actions[$0].isPositional }

        func consumeOptional(_ start: Int) throws(ArgParseError) -> Int {
            guard case .option(let match) = words[start] else { return start + 1 }
            guard let index = match.action else {
                state.extras.append(arguments[start])
                return start + 1
            }
            let action = actions[index]
            if let explicit = match.explicitArgument {
                let count = ArgPattern.match([ArgPattern.group(for: action)], ["A"])?.first
                guard count == 1 else {
                    throw ArgParseError(action: action, message: "ignored explicit argument \(PythonRepr.string(explicit))")
                }
                try take(action, [explicit], &state)
                return start + 1
            }
            let rest = Array(pattern[(start + 1)...])
            guard let count = ArgPattern.match([ArgPattern.group(for: action)], rest)?.first else {
                throw ArgParseError(action: action, message: Self.nargsError(action.nargs))
            }
            try take(action, Array(arguments[(start + 1)..<(start + 1 + count)]), &state)
            return start + 1 + count
        }

        func consumePositionals(_ start: Int) throws(ArgParseError) -> Int {
            let rest = Array(pattern[start...])
            var counts: [Int] = []
            var taken = positionals.count
            while taken > 0 {
                let groups = positionals.prefix(taken).map { ArgPattern.group(for: actions[$0]) }
                if let match = ArgPattern.match(groups, rest) {
                    counts = match
                    break
                }
                taken -= 1
            }
            var index = start
            for (position, count) in zip(positionals, counts) {
                var values = Array(arguments[index..<(index + count)])
                index += count
                // Positionals drop the first `--`.
                if let dash = values.firstIndex(of: "--") { values.remove(at: dash) }
                try take(actions[position], values, &state)
            }
            positionals.removeFirst(counts.count)
            return index
        }

        let optionPositions = words.indices.filter { if case .option = words[$0] { return true } else { return false } }
        let lastOption = optionPositions.last ?? -1
        var start = 0
        while start <= lastOption {
            let nextOption = optionPositions.first { $0 >= start } ?? lastOption
            if start != nextOption {
                let end = try consumePositionals(start)
                if end > start {
                    start = end
                    continue
                }
                start = end
            }
            if !optionPositions.contains(start) {
                state.extras.append(contentsOf: arguments[start..<nextOption])
                start = nextOption
            }
            start = try consumeOptional(start)
        }
        let stop = try consumePositionals(start)
        state.extras.append(contentsOf: arguments[stop...])

        let missing = actions.filter { $0.required && !state.seen.contains($0.dest + "\u{0}" + $0.displayName) }
        if !missing.isEmpty {
            throw ArgParseError(message: "the following arguments are required: "
                                + missing.map(\.displayName).joined(separator: ", "))
        }
        return (state.namespace, state.extras)
    }

    private struct ParseState {
        var namespace: ArgNamespace
        var extras: [String] = []
        var seen: Set<String> = []
    }

    /// `take_action` with `_get_values`: convert, check choices, store.
    private func take(_ action: ArgAction, _ values: [String], _ state: inout ParseState) throws(ArgParseError) {
        state.seen.insert(action.dest + "\u{0}" + action.displayName)
        switch action.kind {
        case .storeConst(let value):
            state.namespace[action.dest] = value
            return
        case .version:
            throw ArgParseError(versionRequested: true)
        case .store:
            break
        }
        switch action.nargs {
        case .optional where values.isEmpty:
            if action.isPositional {
                if let value = action.defaultValue { state.namespace[action.dest] = value } else {
                    state.namespace.values.removeValue(forKey: action.dest)
                }
            } else if let const = action.const {
                try check(action, const)
                state.namespace[action.dest] = .string(const)
            } else {
                state.namespace.values.removeValue(forKey: action.dest)
            }
        case .one, .optional:
            guard let value = values.first else {
                // A positional whose only word was a second `--`: argparse drops the `--` and
                // stores the empty list.
                state.namespace[action.dest] = .list([])
                return
            }
            try convert(action, value)
            try check(action, value)
            state.namespace[action.dest] = .string(value)
        case .zeroOrMore, .oneOrMore, .zero:
            for value in values {
                try convert(action, value)
                try check(action, value)
            }
            state.namespace[action.dest] = .list(values)
        }
    }

    private func convert(_ action: ArgAction, _ value: String) throws(ArgParseError) {
        let valid: Bool
        switch action.type {
        case .string: valid = true
        case .int: valid = PythonConversions.int(value) != nil
        case .float: valid = PythonConversions.float(value) != nil
        }
        if !valid {
            throw ArgParseError(action: action,
                                message: "invalid \(action.type.pythonName) value: \(PythonRepr.string(value))")
        }
    }

    /// `CLIArgParser._check_value`: aws-cli's two-column list and "maybe you meant".
    private func check(_ action: ArgAction, _ value: String) throws(ArgParseError) {
        guard let choices = action.choices, !choices.contains(value) else { return }
        throw ArgParseError(action: action, message: InvalidChoice.message(value: value, choices: choices))
    }

    static func nargsError(_ nargs: ArgAction.Nargs) -> String {
        switch nargs {
        case .optional: return "expected at most one argument"
        case .zero: return "expected 0 arguments"
        case .oneOrMore: return "expected at least one argument"
        default: return "expected one argument"
        }
    }

    /// `_parse_optional`: nil when the word is an argument.
    private func parseOptional(_ word: String) throws(ArgParseError) -> OptionMatch? {
        guard let first = word.first, first == "-" else { return nil }
        if let index = action(forOption: word) { return OptionMatch(action: index, optionString: word) }
        if word.count == 1 { return nil }
        if let equals = word.firstIndex(of: "=") {
            let option = String(word[..<equals])
            if let index = action(forOption: option) {
                return OptionMatch(action: index, optionString: option,
                                   explicitArgument: String(word[word.index(after: equals)...]))
            }
        }
        let matches = optionTuples(word)
        if matches.count > 1 {
            throw ArgParseError(message: "ambiguous option: \(word) could match "
                                + matches.map(\.optionString).joined(separator: ", "))
        }
        if let only = matches.first { return only }
        if Self.looksLikeNegativeNumber(word), !optionIndex.contains(where: { Self.looksLikeNegativeNumber($0.option) }) {
            return nil
        }
        if word.contains(" ") { return nil }
        return OptionMatch(action: nil, optionString: word)
    }

    /// `_get_option_tuples`: the options `word` abbreviates.
    private func optionTuples(_ word: String) -> [OptionMatch] {
        let scalars = Array(word)
        guard scalars.count >= 2 else { return [] }
        if scalars[1] == "-" {
            var prefix = word
            var explicit: String?
            if let equals = word.firstIndex(of: "=") {
                prefix = String(word[..<equals])
                explicit = String(word[word.index(after: equals)...])
            }
            return optionIndex.filter { $0.option.hasPrefix(prefix) }
                .map { OptionMatch(action: $0.action, optionString: $0.option, explicitArgument: explicit) }
        }
        let shortPrefix = String(scalars.prefix(2))
        let shortExplicit = String(scalars.dropFirst(2))
        return optionIndex.compactMap { entry in
            if entry.option == shortPrefix {
                return OptionMatch(action: entry.action, optionString: entry.option, explicitArgument: shortExplicit)
            }
            if entry.option.hasPrefix(word) { return OptionMatch(action: entry.action, optionString: entry.option) }
            return nil
        }
    }

    /// `^-\d+$|^-\d*\.\d+$` (Python's `\d` is any Unicode decimal digit).
    static func looksLikeNegativeNumber(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard scalars.first == "-" else { return false }
        let body = scalars.dropFirst()
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.properties.numericType == .decimal }
        if !body.isEmpty, body.allSatisfy(isDigit) { return true }
        guard let dot = body.firstIndex(of: ".") else { return false }
        let before = body[body.startIndex..<dot]
        let after = body[(dot + 1)...]
        return before.allSatisfy(isDigit) && !after.isEmpty && after.allSatisfy(isDigit)
    }
}

/// An argparse error: the message after `aws: error: `, or a request to print the version.
struct ArgParseError: Error, Equatable {
    var message: String
    var versionRequested = false

    init(message: String) { self.message = message }

    /// `ArgumentError(action, message)`: `argument --x: message`.
    init(action: ArgAction, message: String) {
        self.message = "argument \(action.displayName): \(message)"
    }

    init(versionRequested: Bool) {
        message = ""
        self.versionRequested = versionRequested
    }
}

extension ArgParser {
    /// `parseKnownArgs`, with argparse's errors as the CLI reports them.
    func parseKnown(_ arguments: [String]) throws(AWSCLIError) -> (ArgNamespace, [String]) {
        do throws(ArgParseError) {
            return try parseKnownArgs(arguments)
        } catch {
            throw AWSCLIError(error)
        }
    }

    /// `parseKnown`, with leftover words as `Unknown options: a,b` (no usage text).
    func parseAll(_ arguments: [String]) throws(AWSCLIError) -> ArgNamespace {
        let (namespace, remaining) = try parseKnown(arguments)
        if !remaining.isEmpty { throw .parameter("Unknown options: " + remaining.joined(separator: ",")) }
        return namespace
    }
}
