import Testing
import ToolIO
@testable import Tutor

/// The learner's side: progress that survives, hints in order, the solution behind a question,
/// undo and reset rebuilding the world.
@Suite struct TutorEngineTests {
    @Test func progressIsSavedAndACorruptFileIsSetAside() throws {
        let files = InMemoryFileSystem()
        let path = "/home/learner/.local/share/shipyard/progress.json"
        let store = FileProgressStore(fileSystem: files, path: path)
        var progress = Progress()
        progress.record(.solved, lesson: "jobs", step: "run-job")
        progress.finished.insert("control-plane")
        progress.current = ("jobs", 1)
        store.save(progress)
        let (loaded, note) = FileProgressStore(fileSystem: files, path: path).load()
        #expect(loaded == progress)
        #expect(note == nil)

        try files.writeFile(path, Array("{ not json".utf8), append: false)
        let (fresh, warning) = FileProgressStore(fileSystem: files, path: path).load()
        #expect(fresh == Progress())
        #expect(warning?.contains("moved to \(path).corrupt") == true)
        #expect(try files.readText(path + ".corrupt") == "{ not json")
        #expect(!files.exists(path))
    }

    @Test func answersMatchWithoutCaseQuotesOrANumbersFormat() {
        #expect(Tutor.sameAnswer(Tutor.normalize("8.0\n"), Tutor.normalize("8")))
        #expect(Tutor.sameAnswer(Tutor.normalize("PutImage"), Tutor.normalize("`putimage`")))
        #expect(!Tutor.sameAnswer(Tutor.normalize("8.0"), Tutor.normalize("80")))
    }

    @Test func hintsComeInOrderAndTheSolutionAsksFirst() {
        let (session, tutor) = LessonSession.make()
        _ = session.execute("lesson control-plane")
        #expect(session.execute("hint").stdout.hasPrefix("Hint 1/2: "))
        #expect(session.execute("hint").stdout.hasPrefix("Hint 2/2: "))
        #expect(session.execute("hint").stdout == "That was the last hint. `solution` shows the commands.\n")
        #expect(session.execute("solution").stdout.hasSuffix("[y/N] "))
        #expect(tutor.awaitingConfirmation)
        #expect(session.execute("n").stdout == "Solution not shown. Keep going!\n")
        _ = session.execute("solution")
        #expect(session.execute("yes").stdout.contains("  kubectl get nodes\n"))
        _ = session.execute("kubectl get nodes")
        #expect(tutor.progress.steps["control-plane"]?["nodes"] == .shown)
    }

    @Test func undoTakesBackTheLastCommandAndResetStartsOver() {
        let (session, tutor) = LessonSession.make()
        _ = session.execute("lesson deployments")
        _ = session.execute("kubectl create deployment web --image=nginx:1.27 --replicas=2")
        _ = session.execute("kubectl create deployment extra --image=nginx:1.27")
        #expect(session.execute("undo").stdout.contains("Undid `kubectl create deployment extra"))
        #expect(session.execute("kubectl get deployments -o name").stdout == "deployment.apps/web\n")
        _ = session.execute("sleep 15")
        #expect(tutor.currentStep?.index == 1)
        #expect(session.execute("reset").stdout.hasPrefix("Reset deployments to its start."))
        #expect(tutor.currentStep?.index == 0)
        #expect(session.execute("kubectl get deployments").stderr == "No resources found in default namespace.\n")
    }

    @Test func undoKeepsWhatASkippedStepsSolutionMade() {
        let (session, tutor) = LessonSession.make()
        _ = session.execute("lesson deployments")
        _ = session.execute("skip")
        _ = session.execute("kubectl create deployment extra --image=nginx:1.27")
        #expect(session.execute("undo").stdout == "Undid `kubectl create deployment extra --image=nginx:1.27`.\n")
        #expect(session.execute("kubectl get deployments -o name").stdout == "deployment.apps/web\n")
        #expect(tutor.currentStep?.index == 1)
    }

    @Test func undoSkipsCommandsThatOnlyRead() {
        let (session, _) = LessonSession.make()
        _ = session.execute("lesson deployments")
        _ = session.execute("kubectl create deployment extra --image=nginx:1.27")
        _ = session.execute("kubectl get pods")
        _ = session.execute("sleep 5")
        #expect(session.execute("undo").stdout == "Undid `kubectl create deployment extra --image=nginx:1.27`.\n")
        #expect(session.execute("undo").stdout == "Nothing to undo since the lesson started.\n")
    }

    @Test func theNudgeComesAfterThreeCommandsWithoutProgress() {
        let (session, _) = LessonSession.make()
        _ = session.execute("lesson deployments")
        #expect(!session.execute("echo one").stdout.contains("Stuck?"))
        #expect(!session.execute("echo two").stdout.contains("Stuck?"))
        #expect(session.execute("echo three").stdout.contains("(Stuck? `task` repeats the goal, `check`"))
        for more in ["four", "five", "six", "seven"] {
            #expect(!session.execute("echo \(more)").stdout.contains("Stuck?"), "once per step")
        }
    }

    @Test func aRanPatternWithAnOutputFormatWantsThatFormat() {
        let pattern = CommandRecord(tool: "kubectl", verb: "get", resource: "pods", namespace: "default", output: "wide")
        var plain = CommandRecord(tool: "kubectl", verb: "get", resource: "pods", namespace: "default")
        #expect(!CheckEvaluator.matches(plain, pattern: pattern, node: nil))
        plain.output = "wide"
        #expect(CheckEvaluator.matches(plain, pattern: pattern, node: nil))
        plain.output = "yaml"
        #expect(!CheckEvaluator.matches(plain, pattern: pattern, node: nil))
        let anyFormat = CommandRecord(tool: "kubectl", verb: "get", resource: "pods", namespace: "default")
        #expect(CheckEvaluator.matches(plain, pattern: anyFormat, node: nil))
    }

    @Test func thePromptShowsTheLessonAndStep() {
        let (session, _) = LessonSession.make()
        #expect(session.prompt == "shipyard (sandbox) $ ")
        _ = session.execute("lesson jobs")
        #expect(session.prompt == "shipyard [jobs 1/6] $ ")
        _ = session.execute("leave")
        #expect(session.prompt == "shipyard (sandbox) $ ")
    }
}
