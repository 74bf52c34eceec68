import GoPorts
import ToolIO

extension EditCommand {
    /// The editor of one `kubectl edit` and the temporary files it opens, one per pass: the
    /// editor is `$KUBE_EDITOR`, else `$EDITOR`, else `vi`; one with quotes or backslashes runs
    /// through `$SHELL -c` (bash by default), one with spaces is split on them.
    struct Session {
        /// The editor's words, as kubectl names the editor in its errors.
        let words: [String]
        let viaShell: Bool
        let directory: String
        let suffix: String
        let fileSystem: FileSystem
        /// This pass's file, and the one before it.
        private(set) var path = ""
        private var previous = ""

        init(context: CommandContext, json: Bool) {
            let environment = context.invocation.environment
            let editor = ["KUBE_EDITOR", "EDITOR"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? "vi"
            if !editor.contains(" ") {
                words = [editor]
                viaShell = false
            } else if !editor.contains(where: { "\"'\\".contains($0) }) {
                words = editor.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
                viaShell = false
            } else {
                let shell = environment["SHELL"].flatMap { $0.isEmpty ? nil : $0 } ?? "/bin/bash"
                words = [shell, "-c", editor]
                viaShell = true
            }
            directory = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
            suffix = json ? ".json" : ".yaml"
            fileSystem = context.invocation.fileSystem
        }

        var display: String { words.joined(separator: " ") }

        /// Writes `text` to a new temporary file, runs the editor on it, and reads it back.
        mutating func edit(_ text: String, context: inout CommandContext) throws(KubectlError) -> String {
            let fs = fileSystem
            if !fs.exists(directory) { try? fs.makeDirectory(directory) }
            previous = path
            path = context.world.temporaryFilePath(in: fs.absolute(directory), prefix: "kubectl-edit-", suffix: suffix,
                                                   exists: fs.exists)
            do {
                try fs.writeFile(path, Array(text.utf8), append: false)
            } catch {
                throw .message("open \(path): \(error.strerror.lowercased())")
            }
            var command = words
            if viaShell {
                command[command.count - 1] += " " + GoStrconv.quote(path)
            } else {
                command.append(path)
            }
            switch context.invocation.editor?.run(command) ?? .notFound {
            case .notFound:
                throw preserving(.message("unable to launch the editor \(GoStrconv.quote(display))"), file: previous,
                                 context: &context)
            case .exited(let status, let output):
                for chunk in output.chunks {
                    if chunk.stream == .stdout { context.out(chunk.text) } else { context.err(chunk.text) }
                }
                if status != 0 {
                    throw preserving(.message("there was a problem with the editor \(GoStrconv.quote(display))"),
                                     file: previous, context: &context)
                }
            }
            do {
                return try fs.readText(path)
            } catch {
                throw .message("open \(path): no such file or directory")
            }
        }

        /// Removes the file of the pass before this one.
        mutating func forgetPrevious() {
            removeFile(previous)
            previous = ""
        }

        /// Removes this pass's file: the edit is over, with nothing to keep.
        func discard() { removeFile(path) }

        private func removeFile(_ file: String) {
            if !file.isEmpty { try? fileSystem.remove(file) }
        }

        /// `error`, after saying where the learner's changes are kept (this pass's file, or
        /// `file`), if that file is there.
        func preserving(_ error: KubectlError, file: String? = nil, context: inout CommandContext) -> KubectlError {
            let kept = file ?? path
            if !kept.isEmpty, fileSystem.exists(kept) {
                context.err("A copy of your changes has been stored to \(GoStrconv.quote(kept))\n")
            }
            return error
        }
    }
}
