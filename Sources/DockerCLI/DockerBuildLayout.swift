import DockerEngine
import ToolIO

/// BuildKit's plain progress: `#N` blocks on standard error, each a title, its details and
/// `DONE 0.0s` (or `CACHED`), a blank line between blocks; a failure ends with the failing
/// step, the Dockerfile lines around it and `ERROR: failed to build: …`.
struct BuildProgress {
    let quiet: Bool
    private var number = 0
    private var blocks: [[String]] = []

    init(quiet: Bool) { self.quiet = quiet }

    mutating func begin() { blocks.append(["#0 building with \"default\" instance using docker driver"]) }

    mutating func step(_ title: String, detail: String? = nil, cached: Bool = false) {
        number += 1
        blocks.append(["#\(number) \(title)"] + (detail.map { ["#\(number) \($0)"] } ?? []) + ["#\(number) \(cached ? "CACHED" : "DONE 0.0s")"])
    }

    private var text: String { blocks.map { $0.joined(separator: "\n") + "\n" }.joined(separator: "\n") }

    /// The steps every build takes before its own: the base's metadata, `.dockerignore`, FROM,
    /// and the context when a step copies from it.
    private mutating func opening(base: String, from: String, usesContext: Bool, contextSize: Int) {
        step("[internal] load metadata for \(base)")
        step("[internal] load .dockerignore", detail: "transferring context: 2B done")
        step(from)
        if usesContext {
            step("[internal] load build context", detail: "transferring context: \(DockerBuildLayout.bytes(contextSize)) done")
        }
    }

    mutating func report(_ built: DockerEngine.BuildResult, contextSize: Int, output: inout ToolOutput) {
        opening(base: built.base, from: built.steps[0].title, usesContext: built.usesContext, contextSize: contextSize)
        for step in built.steps.dropFirst() { self.step(step.title, cached: step.cached) }
        number += 1
        blocks.append(["#\(number) exporting to image", "#\(number) exporting layers 0.0s done",
                       "#\(number) writing image \(built.imageID) done"]
            + built.names.map { "#\(number) naming to \($0) done" } + ["#\(number) DONE 0.0s"])
        if quiet {
            output.out(built.imageID + "\n")
        } else {
            output.err(text)
        }
    }

    mutating func report(_ failure: DockerEngine.BuildFailure, base: String?, contextSize: Int, dockerfile: String,
                         name: String, output: inout ToolOutput) {
        if let from = failure.steps.first?.title, let base = from.split(separator: " ").last.map(String.init) {
            opening(base: base, from: from, usesContext: true, contextSize: contextSize)
            for step in failure.steps.dropFirst() { self.step(step.title, cached: step.cached) }
        }
        if let failing = failure.failing {
            number += 1
            blocks.append(["#\(number) \(failing)", "#\(number) ERROR: \(failure.error.stepReason)", "------",
                           " > \(failing):", "------"])
        }
        fail(failure.error, dockerfile: dockerfile, name: name, line: failure.line, output: &output)
    }

    /// Ends the build: the progress so far, the Dockerfile lines around the failing one, and
    /// the error (status 1).
    mutating func fail(_ error: DockerBuildError, dockerfile: String? = nil, name: String = "Dockerfile", line: Int? = nil,
                       output: inout ToolOutput) {
        var text = quiet ? "" : self.text
        if let dockerfile, let line = line ?? error.line {
            text += DockerBuildLayout.excerpt(dockerfile, name: name, line: line)
        }
        output.err(text + "ERROR: failed to build: \(error.message)\n")
        output.status = 1
    }
}

enum DockerBuildLayout {
    /// BuildKit's byte counts: `87B`, `1.50kB`, `4.20MB`.
    static func bytes(_ count: Int) -> String {
        guard count >= 1000 else { return "\(count)B" }
        let units = ["kB", "MB", "GB"]
        var value = Double(count) / 1000
        var unit = 0
        while value >= 1000, unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)\(units[unit])"
    }

    /// `Dockerfile:3`, then the lines from two before to one after, the failing one marked.
    static func excerpt(_ dockerfile: String, name: String, line: Int) -> String {
        let lines = dockerfile.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let rule = String(repeating: "-", count: 20)
        var text = "\(lastComponent(name)):\(line)\n\(rule)\n"
        for number in max(1, line - 2)...max(1, min(lines.count, line + 1)) where number <= lines.count {
            let label = String(number)
            text += String(repeating: " ", count: max(0, 4 - label.count)) + label + " | "
                + (number == line ? ">>> " : "    ") + lines[number - 1] + "\n"
        }
        return text + "\(rule)\n"
    }

    static func lastComponent(_ path: String) -> String { String(path.split(separator: "/").last ?? Substring(path)) }

    /// The context's files by path relative to `root` (`.dockerignore` left out, as it is
    /// read apart).
    static func files(under root: String, in fileSystem: FileSystem) -> [String: String] {
        var files: [String: String] = [:]
        var pending = [""]
        var visited = 0
        while let relative = pending.popLast(), visited < 10_000 {
            visited += 1
            let path = relative.isEmpty ? root : root + "/" + relative
            for name in fileSystem.list(path) ?? [] {
                let child = relative.isEmpty ? name : relative + "/" + name
                if fileSystem.isDirectory(root + "/" + child) {
                    pending.append(child)
                } else if child != ".dockerignore", let text = try? fileSystem.readText(root + "/" + child) {
                    files[child] = text
                }
            }
        }
        return files
    }
}
