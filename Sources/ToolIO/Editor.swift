/// The learner's text editor, as the shell starts it for a tool that asks for one
/// (`kubectl edit`, with `$KUBE_EDITOR` or `$EDITOR`).
///
/// The tool says what to run — a program and its arguments, the file's path last, or a shell
/// and the line it runs — and the shell runs it: its own commands (`sed -i …`) in the
/// simulation, anything else on the learner's terminal when there is one.
public struct Editor {
    /// How a run of the editor ended.
    public enum Outcome: Equatable, Sendable {
        /// It ran and exited with `status`, having printed `output` meanwhile.
        case exited(status: Int32, output: ToolOutput)
        /// There is no such program.
        case notFound
    }

    public var run: (_ words: [String]) -> Outcome

    public init(run: @escaping (_ words: [String]) -> Outcome) {
        self.run = run
    }
}
