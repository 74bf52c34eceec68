import SimCore
import ToolIO

/// What the tutor needs from the shell it lives in: to run command lines without the learner
/// seeing them, to rebuild the world, and to describe commands as the tools parse them.
public protocol TutorHost: AnyObject {
    /// Runs a line silently: output returned, nothing recorded, no clock step.
    func runQuietly(_ line: String) -> ToolOutput
    /// Runs a check's read-only line: as `runQuietly`, and unseen by the world's own records
    /// (CloudTrail), since checks are the tutor looking, not the learner acting.
    func runCheck(_ line: String) -> ToolOutput
    /// Replaces the world with a fresh default one (the same seed and start).
    func resetWorld()
    /// What a command line would do, as the tool's own parser resolves it.
    func summarize(_ line: String) -> CommandRecord?
    /// The simulated time now.
    var now: SimTime { get }
    /// Runs a line at a given simulated time, silently (rebuilding the world for `undo`).
    func replay(_ line: String, at time: SimTime)
    /// Lets simulated time run on to `time`.
    func advance(to time: SimTime)
    /// The commands the learner has run, most recent last.
    var commandLog: [CommandRecord] { get }
}

extension TutorHost {
    public func runCheck(_ line: String) -> ToolOutput { runQuietly(line) }
}
