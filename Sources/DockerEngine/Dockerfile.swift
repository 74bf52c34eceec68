import GoPorts
import JSONValue

/// A Dockerfile's instructions, as BuildKit's parser reads them: one per line (a `\` at a
/// line's end continues it), `#` comment lines, keywords in any case, and the exec form
/// (`["nginx", "-g", "daemon off;"]`) or shell form of commands.
public struct Dockerfile: Sendable {
    public enum Instruction: Sendable, Equatable {
        case from(String)
        case copy(sources: [String], destination: String)
        case run(String)
        case cmd([String])
        case entrypoint([String])
        case expose([String])
        case workdir(String)
        /// ENV, LABEL, USER, ARG…: kept in the image's configuration, nothing Shipyard acts on.
        case metadata
    }

    public struct Step: Sendable {
        public var line: Int
        public var instruction: Instruction
        /// How BuildKit names the step: the keyword in capitals and the rest as written.
        public var text: String

        /// Whether BuildKit runs it as a step of its own (FROM, COPY, ADD, RUN, WORKDIR).
        public var changesFilesystem: Bool {
            switch instruction {
            case .from, .copy, .run, .workdir: return true
            case .cmd, .entrypoint, .expose, .metadata: return false
            }
        }
    }

    public var steps: [Step]

    /// The instructions of `text`, or BuildKit's complaint about it.
    public static func parse(_ text: String) -> Result<Dockerfile, DockerBuildError> {
        var steps: [Step] = []
        var pending = ""
        var startLine = 0
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? String(rawLine.dropLast()) : String(rawLine)
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            // Comment lines are skipped, inside a continued instruction too.
            if trimmed.isEmpty && pending.isEmpty || trimmed.hasPrefix("#") { continue }
            // An instruction starts at its keyword; a continuation line keeps its indentation.
            let content = pending.isEmpty ? Substring(trimmed) : Substring(line)
            if pending.isEmpty { startLine = index + 1 }
            if content.hasSuffix("\\") {
                pending += content.dropLast()
                continue
            }
            pending += content
            switch instruction(pending, line: startLine) {
            case .success(let step): steps.append(step)
            case .failure(let error): return .failure(error)
            }
            pending = ""
        }
        if !pending.isEmpty {
            switch instruction(pending, line: startLine) {
            case .success(let step): steps.append(step)
            case .failure(let error): return .failure(error)
            }
        }
        guard let first = steps.first else { return .failure(.noInstructions) }
        guard case .from = first.instruction else { return .failure(.noBaseImage) }
        return .success(Dockerfile(steps: steps))
    }

    static func instruction(_ text: String, line: Int) -> Result<Step, DockerBuildError> {
        let keyword = String(text.prefix { $0 != " " && $0 != "\t" })
        let rest = String(text.dropFirst(keyword.count).drop { $0 == " " || $0 == "\t" })
        let name = keyword.uppercased()
        let shown = rest.isEmpty ? name : name + " " + rest
        let instruction: Instruction
        switch name {
        case "FROM":
            let words = rest.split(separator: " ").map(String.init)
            guard let image = words.first else { return .failure(.needsArguments("FROM", line: line)) }
            instruction = .from(image)
        case "COPY", "ADD":
            let words = (execForm(rest) ?? rest.split(separator: " ").map(String.init)).filter { !$0.hasPrefix("--") }
            guard words.count >= 2, let destination = words.last else { return .failure(.noDestination(name, line: line)) }
            if name == "ADD", words.dropLast().contains(where: { $0.contains("://") }) {
                return .failure(.notSimulated("ADD from a URL"))
            }
            instruction = .copy(sources: Array(words.dropLast()), destination: destination)
        case "RUN":
            guard !rest.isEmpty else { return .failure(.needsArguments("RUN", line: line)) }
            instruction = .run(rest)
        case "CMD": instruction = .cmd(command(rest))
        case "ENTRYPOINT": instruction = .entrypoint(command(rest))
        case "EXPOSE":
            instruction = .expose(rest.split(separator: " ").map { $0.contains("/") ? String($0) : $0 + "/tcp" })
        case "WORKDIR":
            guard !rest.isEmpty else { return .failure(.needsArguments("WORKDIR", line: line)) }
            instruction = .workdir(rest)
        case "ENV", "LABEL", "USER", "ARG", "VOLUME", "STOPSIGNAL", "HEALTHCHECK", "SHELL", "ONBUILD", "MAINTAINER":
            instruction = .metadata
        default:
            let near = knownKeywords.first { keyword.count >= 3 && EditDistance.between(keyword.uppercased(), $0) <= 2 }
            return .failure(.unknownInstruction(keyword, line: line, suggestion: near))
        }
        return .success(Step(line: line, instruction: instruction, text: shown))
    }

    /// The keywords BuildKit knows, in the order it offers them as suggestions.
    static let knownKeywords = ["ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL",
                                "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR"]

    /// `["a", "b"]` as its words, or nil for the shell form.
    static func execForm(_ text: String) -> [String]? {
        guard text.hasPrefix("["), let array = JSONParser.parseOrNil(text)?.array else { return nil }
        let words = array.compactMap(\.string)
        return words.count == array.count ? words : nil
    }

    /// The exec form's words, or the shell form run by `/bin/sh -c`.
    static func command(_ text: String) -> [String] { execForm(text) ?? ["/bin/sh", "-c", text] }
}

/// Why a build stopped, in BuildKit's words (printed after `ERROR: `).
public enum DockerBuildError: Error, Equatable, Sendable {
    case noDockerfile(String)
    case noInstructions
    case noBaseImage
    case unknownInstruction(String, line: Int, suggestion: String?)
    case needsArguments(String, line: Int)
    case noDestination(String, line: Int)
    case notSimulated(String)
    /// A base image the registry does not have: the tag (`not found`), or the whole
    /// repository (Docker Hub then refuses, as it does for private repositories).
    case baseNotFound(String, canonical: String, repositoryExists: Bool)
    case sourceNotFound(String, ref: String)

    /// What the failing step's own `ERROR:` line says.
    public var stepReason: String {
        switch self {
        case .baseNotFound(_, let canonical, let repositoryExists):
            return repositoryExists ? "\(canonical): not found"
                : "pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed"
        case .sourceNotFound(let path, let ref): return "failed to calculate checksum of ref \(ref): \"/\(path)\": not found"
        default: return message
        }
    }

    /// The Dockerfile line the error is about, which BuildKit shows with the lines around it.
    public var line: Int? {
        switch self {
        case .unknownInstruction(_, let line, _), .needsArguments(_, let line), .noDestination(_, let line): return line
        default: return nil
        }
    }

    public var message: String {
        switch self {
        case .noDockerfile(let name): return "failed to solve: failed to read dockerfile: open \(name): no such file or directory"
        case .noInstructions: return "failed to solve: file with no instructions"
        case .noBaseImage: return "failed to solve: no build stage in current context"
        case .unknownInstruction(let keyword, let line, let suggestion):
            return "failed to solve: dockerfile parse error on line \(line): unknown instruction: \(keyword)"
                + (suggestion.map { " (did you mean \($0)?)" } ?? "")
        case .needsArguments(let name, let line):
            return "failed to solve: dockerfile parse error on line \(line): \(name) requires at least one argument"
        case .noDestination(let name, let line):
            return "failed to solve: dockerfile parse error on line \(line): \(name) requires at least two arguments, but only one was provided. Destination could not be determined"
        case .notSimulated(let what): return "Shipyard's docker build does not simulate \(what)."
        case .baseNotFound(let name, let canonical, _):
            return "failed to solve: \(name): failed to resolve source metadata for \(canonical): \(stepReason)"
        case .sourceNotFound(let path, let ref):
            return "failed to solve: failed to compute cache key: failed to calculate checksum of ref \(ref): \"/\(path)\": not found"
        }
    }
}
