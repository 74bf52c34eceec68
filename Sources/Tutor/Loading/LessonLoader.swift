import YAMLCoding

/// Reads a lesson from its two files, reporting every problem rather than the first: unknown or
/// missing keys, wrong types, steps without text, checks that could change the world.
public enum LessonLoader {
    public static func load(folder: String, yaml: String, markdown: String) -> (Lesson?, [LessonProblem]) {
        var reader = Reader(lesson: folder)
        let document: JSON
        do {
            document = try KubeYAML.parse(yaml)
        } catch {
            return (nil, [LessonProblem(lesson: folder, path: "lesson.yaml", message: error.message)])
        }
        let text = LessonText(markdown: markdown)
        let lesson = reader.lesson(document, text: text)
        if let id = lesson?.id, folder != id, !folder.hasSuffix("-" + id) {
            reader.problem("id", "the folder is named \(folder) but the id is \(id); name the folder NN-\(id)")
        }
        return (reader.problems.isEmpty ? lesson : nil, reader.problems)
    }

    /// Walks the YAML document, collecting problems with their paths.
    struct Reader {
        let lesson: String
        var problems: [LessonProblem] = []

        mutating func problem(_ path: String, _ message: String) {
            problems.append(LessonProblem(lesson: lesson, path: path, message: message))
        }

        mutating func object(_ value: JSON, _ path: String, allowed: Set<String>) -> JSONObject? {
            guard let object = value.object else {
                problem(path, "must be a mapping")
                return nil
            }
            for key in object.keys where !allowed.contains(key) {
                problem(path.isEmpty ? key : "\(path).\(key)", "unknown key (known: \(allowed.sorted().joined(separator: ", ")))")
            }
            return object
        }

        mutating func string(_ object: JSONObject, _ key: String, _ path: String, required: Bool = true) -> String? {
            guard let value = object[key], !value.isNull else {
                if required { problem(join(path, key), "is required") }
                return nil
            }
            switch value {
            case .string(let text): return text
            case .int(let number): return String(number)
            case .double(let number): return String(number)
            case .bool(let flag): return flag ? "true" : "false"
            default:
                problem(join(path, key), "must be a string")
                return nil
            }
        }

        mutating func int(_ object: JSONObject, _ key: String, _ path: String, in range: ClosedRange<Int>) -> Int {
            guard let value = object[key]?.int, range.contains(value) else {
                problem(join(path, key), "must be a whole number from \(range.lowerBound) to \(range.upperBound)")
                return range.lowerBound
            }
            return value
        }

        mutating func strings(_ object: JSONObject, _ key: String, _ path: String) -> [String] {
            guard let value = object[key], !value.isNull else { return [] }
            guard let items = value.array else {
                problem(join(path, key), "must be a list")
                return []
            }
            var result: [String] = []
            for (index, item) in items.enumerated() {
                if let text = item.string { result.append(text) } else { problem("\(join(path, key))[\(index)]", "must be a string") }
            }
            return result
        }

        func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

        mutating func lesson(_ document: JSON, text: LessonText) -> Lesson? {
            let keys: Set<String> = ["id", "title", "summary", "track", "order", "difficulty", "minutes", "topics",
                                     "requires", "introduces", "setup", "steps"]
            guard let root = object(document, "", allowed: keys) else { return nil }
            let id = string(root, "id", "") ?? lesson
            var steps: [Step] = []
            if let list = root["steps"]?.array, !list.isEmpty {
                for (index, item) in list.enumerated() {
                    if let step = step(item, "steps[\(index)]", text: text) { steps.append(step) }
                }
            } else {
                problem("steps", "a lesson needs at least one step")
            }
            var seen: Set<String> = []
            for step in steps where !seen.insert(step.id).inserted { problem("steps", "two steps are called \(step.id)") }
            let introduction = text["intro"] ?? ""
            if introduction.isEmpty { problem("lesson.md", "needs a `## intro` section") }
            let finish = text["finish"] ?? ""
            if finish.isEmpty { problem("lesson.md", "needs a `## finish` section") }
            let known = Set(["intro", "finish"] + steps.flatMap { ["step \($0.id)", "explain \($0.id)"] })
            for key in text.order where !known.contains(key) {
                problem("lesson.md", "section `## \(key)` belongs to no step (sections: intro, step ID, explain ID, finish)")
            }
            let setup = strings(root, "setup", "")
            for (index, line) in setup.enumerated() where line.trimmingSpaces.isEmpty {
                problem("setup[\(index)]", "is empty")
            }
            return Lesson(
                id: id, title: string(root, "title", "") ?? "", summary: string(root, "summary", "") ?? "",
                track: string(root, "track", "") ?? "", order: int(root, "order", "", in: 1...999),
                difficulty: int(root, "difficulty", "", in: 1...3), minutes: int(root, "minutes", "", in: 1...120),
                topics: strings(root, "topics", ""), requires: strings(root, "requires", ""),
                introduces: strings(root, "introduces", ""), setup: setup, introduction: introduction, steps: steps,
                finish: finish)
        }

        mutating func step(_ value: JSON, _ path: String, text: LessonText) -> Step? {
            let keys: Set<String> = ["id", "kind", "topics", "checks", "near_misses", "hints", "solution", "answer"]
            guard let object = object(value, path, allowed: keys), let id = string(object, "id", path) else { return nil }
            guard let kindName = string(object, "kind", path) else { return nil }
            guard let kind = Step.Kind(rawValue: kindName) else {
                problem(join(path, "kind"), "must be do, observe or answer")
                return nil
            }
            let goal = text["step \(id)"] ?? ""
            if goal.isEmpty { problem("lesson.md", "needs a `## step \(id)` section with the goal") }
            let explanation = text["explain \(id)"] ?? ""
            if explanation.isEmpty { problem("lesson.md", "needs a `## explain \(id)` section, shown after success") }
            var checks: [Check] = []
            for (index, item) in (object["checks"]?.array ?? []).enumerated() {
                if let check = check(item, "\(path).checks[\(index)]", kind: kind) { checks.append(check) }
            }
            var answer: Answer?
            if kind == .answer {
                answer = self.answer(object["answer"] ?? .null, join(path, "answer"))
                if !checks.isEmpty { problem(join(path, "checks"), "an answer step is checked by its `answer`, not checks") }
            } else {
                if checks.isEmpty { problem(join(path, "checks"), "a \(kind.rawValue) step needs at least one check") }
                if object["answer"] != nil { problem(join(path, "answer"), "only answer steps take an answer") }
            }
            var nearMisses: [NearMiss] = []
            for (index, item) in (object["near_misses"]?.array ?? []).enumerated() {
                let itemPath = "\(path).near_misses[\(index)]"
                guard let entry = item.object, let message = entry["message"]?.string else {
                    problem(itemPath, "needs a `message`")
                    continue
                }
                var rest = entry
                rest["message"] = nil
                rest["text"] = .string(message)
                rest["fail"] = .string(message)
                if let check = check(.object(rest), itemPath, kind: .do) {
                    nearMisses.append(NearMiss(check: check, message: message))
                }
            }
            let hints = strings(object, "hints", path)
            if hints.isEmpty { problem(join(path, "hints"), "give at least one hint") }
            let solution = strings(object, "solution", path)
            if solution.isEmpty { problem(join(path, "solution"), "give the solution's command lines") }
            return Step(id: id, kind: kind, text: goal, topics: strings(object, "topics", path), checks: checks,
                        nearMisses: nearMisses, hints: hints, solution: solution, explanation: explanation, answer: answer)
        }

        mutating func check(_ value: JSON, _ path: String, kind: Step.Kind) -> Check? {
            let expectations: Set<String> = ["equals", "contains", "not_contains", "lines", "at_least_lines", "at_least",
                                             "at_most", "succeeds", "fails", "near"]
            let keys: Set<String> = Set(["command", "ran", "node", "text", "fail"]).union(expectations)
            guard let object = object(value, path, allowed: keys) else { return nil }
            let text = string(object, "text", path)
            let fail = string(object, "fail", path)
            let query: Check.Query
            if let line = string(object, "command", path, required: false) {
                if let reason = ReadOnlyCommands.problem(with: line) { problem(join(path, "command"), reason) }
                query = .command(line)
            } else if let line = string(object, "ran", path, required: false) {
                query = .ran(line, node: string(object, "node", path, required: false))
            } else {
                problem(path, "needs `command` (a read-only query) or `ran` (a command the learner runs)")
                return nil
            }
            if kind == .observe, case .command = query {
                problem(path, "an observe step checks what the learner ran: use `ran`")
            }
            var list: [Check.Expectation] = []
            for key in object.keys where expectations.contains(key) {
                let entryPath = join(path, key)
                switch key {
                case "equals": if let v = string(object, key, path) { list.append(.equals(v)) }
                case "contains": if let v = string(object, key, path) { list.append(.contains(v)) }
                case "not_contains": if let v = string(object, key, path) { list.append(.notContains(v)) }
                case "near": if let v = string(object, key, path) { list.append(.near(v)) }
                case "lines", "at_least_lines":
                    guard let count = object[key]?.int, count >= 0 else {
                        problem(entryPath, "must be a whole number")
                        continue
                    }
                    list.append(key == "lines" ? .lines(count) : .atLeastLines(count))
                case "at_least", "at_most":
                    guard let number = object[key]?.double else {
                        problem(entryPath, "must be a number")
                        continue
                    }
                    list.append(key == "at_least" ? .atLeast(number) : .atMost(number))
                case "succeeds", "fails":
                    guard object[key]?.bool == true else {
                        problem(entryPath, "can only be true")
                        continue
                    }
                    list.append(key == "succeeds" ? .succeeds : .fails)
                default: break
                }
            }
            if case .command = query, list.isEmpty {
                problem(path, "say what the output must be: one of \(expectations.sorted().joined(separator: ", "))")
            }
            if case .ran = query, !list.isEmpty {
                problem(path, "a `ran` check takes no expectations; it holds when the learner ran such a command")
            }
            guard let text, let fail else { return nil }
            return Check(query: query, expectations: list, text: text, fail: fail)
        }

        mutating func answer(_ value: JSON, _ path: String) -> Answer? {
            guard let object = object(value, path, allowed: ["accept", "command", "feedback"]) else { return nil }
            let accept = strings(object, "accept", path)
            let query = string(object, "command", path, required: false)
            if let query, let reason = ReadOnlyCommands.problem(with: query) { problem(join(path, "command"), reason) }
            if accept.isEmpty && query == nil { problem(path, "needs `accept` (right answers) or `command` (a query)") }
            var feedback: [(String, String)] = []
            if let map = object["feedback"]?.object {
                for (answer, message) in map.pairs {
                    if let text = message.string { feedback.append((answer, text)) } else {
                        problem("\(join(path, "feedback")).\(answer)", "must be a string")
                    }
                }
            }
            return Answer(accept: accept, query: query, feedback: feedback)
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
