import SimCore
import Testing
@testable import ContainerImages

/// A pod's own `sh -c` command, planned: its lines and their times, how it ends, and a loop
/// whose passes differ run pass by pass with the variables the one before left.
struct ShellScriptPlanTests {
    func plan(_ script: String) -> ProcessPlan {
        let context = ProcessModel.Context(hostname: "counter", environment: [:], startedAt: SimTime(seconds: 0))
        return ShellScript.plan(script, context: context)
    }

    func texts(_ plan: ProcessPlan) -> [String] { plan.lines.map(\.text) }

    /// The Kubernetes logging docs' counter pod: each pass counts on and tells the time.
    @Test func countingLoopRunsPassByPass() throws {
        let counter = plan(#"i=0; while true; do echo "$i: $(date)"; i=$((i+1)); sleep 1; done"#)
        #expect(texts(counter) == ["0: Thu Jan  1 00:00:00 UTC 1970"])
        #expect(counter.ending == .runsUntilStopped)
        let loop = try #require(counter.requestLoop)
        #expect(loop.period == 1 && loop.firstRepeatAt == 1)
        let later = ProcessModel.Context(hostname: "counter", environment: [:], startedAt: SimTime(seconds: 1))
        let (second, next, _) = loop.pass(context: later)
        #expect(second.map(\.text) == ["1: Thu Jan  1 00:00:01 UTC 1970"])
        #expect(next?.pass(context: later).lines.map(\.text) == ["2: Thu Jan  1 00:00:01 UTC 1970"])
    }

    /// A pass that breaks out goes on with what follows the loop, and says when the script ends.
    @Test func breakingOutOfAnEndlessLoop() throws {
        let script = plan("i=0; while true; do i=$((i+1)); [ $i -gt 2 ] && break; echo $i; sleep 1; done; echo out; exit 4")
        #expect(texts(script) == ["1"])
        var loop = try #require(script.requestLoop)
        let context = ProcessModel.Context(hostname: "counter", environment: [:], startedAt: SimTime(seconds: 1))
        let second = loop.pass(context: context)
        #expect(second.lines.map(\.text) == ["2"] && second.exit == nil)
        loop = try #require(second.next)
        let third = loop.pass(context: context)
        #expect(third.lines.map(\.text) == ["out"] && third.next == nil)
        #expect(third.exit?.code == 4)
    }

    @Test func unchangingLoopsRepeat() {
        let ticks = plan("while true; do echo tick; sleep 5; done")
        #expect(texts(ticks) == [] && ticks.repeating?.lines.map(\.text) == ["tick"] && ticks.repeating?.period == 5)
        #expect(ticks.requestLoop == nil)
    }

    @Test func loopsWithConditionsEnd() {
        let counted = plan(#"n=0; until [ $n -ge 3 ]; do n=$((n + 1)); echo "n=$n"; sleep 1; done; echo done"#)
        #expect(texts(counted) == ["n=1", "n=2", "n=3", "done"])
        #expect(counted.lines.map(\.at) == [0, 1, 2, 3])
        #expect(counted.ending == .exits(after: 3, code: 0))
        let broken = plan("for i in 1 2 3; do [ $i = 2 ] && break; echo $i; done; exit 4")
        #expect(texts(broken) == ["1"] && broken.ending == .exits(after: 0.05, code: 4))
    }

    @Test func ifsAndSubstitutions() {
        let decided = plan(#"if [ -f /etc/hostname ]; then echo "I am $(hostname)"; elif true; then echo no; else echo never; fi"#)
        #expect(texts(decided) == ["I am counter"])
        #expect(texts(plan("echo ${MISSING:-fallback} ${HOSTNAME}")) == ["fallback counter"])
        let missing = plan("echo a $(nothing) b")
        #expect(texts(missing) == ["sh: nothing: not found", "a b"])
        let failed = plan("echo $((1 / 0)); echo never")
        #expect(texts(failed) == [#"sh: 1: arithmetic expression: division by zero: "1 / 0""#])
        #expect(failed.ending == .exits(after: 0.05, code: 2))
        // A pasted monster ends the script, not the stack.
        let deep = plan("echo " + String(repeating: "$(echo ", count: 3_000) + "x" + String(repeating: ")", count: 3_000))
        #expect(texts(deep) == ["Shipyard: a pod's own command runs $(…) nested at most 16 deep"])
    }
}
