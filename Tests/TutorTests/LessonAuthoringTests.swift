import DockerCLI
import Foundation
import Shell
import Testing
import ToolIO
import Tutor

/// The checks every lesson must pass before it ships (see Lessons/README.md).
@Suite struct LessonAuthoringTests {
    static let lessons = LessonCatalog.builtin.lessons

    @Test func everyLessonLoadsWithoutProblems() {
        #expect(LessonCatalog.builtin.problems.map(\.description) == [])
        #expect(Self.lessons.count >= 4)
        #expect(Set(Self.lessons.map(\.id)).count == Self.lessons.count)
        #expect(Set(Self.lessons.map(\.order)).count == Self.lessons.count, "two lessons share an order")
    }

    @Test(arguments: lessons.map(\.id))
    func startStateFailsEveryStep(id: String) throws {
        let (session, tutor) = LessonSession.make()
        _ = session.execute("lesson \(id)")
        let lesson = try #require(tutor.currentStep?.lesson)
        for step in lesson.steps where step.kind != .answer {
            #expect(!tutor.holds(step), "\(id): step \(step.id) already holds in the start state")
        }
    }

    @Test(arguments: lessons.map(\.id))
    func solutionsPassEveryStepAndFinish(id: String) throws {
        let (session, tutor) = LessonSession.make()
        _ = session.execute("lesson \(id)")
        let lesson = try #require(tutor.currentStep?.lesson)
        for (index, step) in lesson.steps.enumerated() {
            #expect(tutor.currentStep?.index == index, "\(id): expected to be on step \(step.id)")
            for line in step.solution { _ = session.execute(line) }
            if index + 1 < lesson.steps.count {
                #expect(tutor.currentStep?.index == index + 1, "\(id): the solution of \(step.id) did not pass it")
            }
        }
        #expect(tutor.currentStep == nil, "\(id): the lesson did not finish")
        #expect(tutor.progress.finished.contains(id))
        #expect(lesson.steps.allSatisfy { tutor.progress.steps[id]?[$0.id] == .solved })
    }

    @Test(arguments: lessons.map(\.id))
    func hasSolutionAndWrongAttemptTranscripts(id: String) throws {
        let folder = LessonSession.root + "/Transcripts/lessons"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        #expect(names.contains("\(id).t"), "Transcripts/lessons/\(id).t is missing")
        #expect(names.contains { $0.hasPrefix("\(id)-") && $0.hasSuffix(".t") },
                "Transcripts/lessons/\(id)-….t (a wrong attempt and its feedback) is missing")
    }

    /// Solutions may use only the commands this lesson or an earlier one introduced.
    @Test(arguments: lessons.map(\.id))
    func solutionsUseOnlyIntroducedCommands(id: String) throws {
        let (session, _) = LessonSession.make()
        let lesson = try #require(Self.lessons.first { $0.id == id })
        let introduced = Set(Self.lessons.filter { $0.order <= lesson.order }.flatMap(\.introduces))
        for step in lesson.steps {
            for line in step.solution {
                let key = Self.commandKey(line, session: session)
                #expect(key == nil || introduced.contains(key ?? ""),
                        "\(id): step \(step.id) uses `\(key ?? "")`, which no lesson up to this one introduces")
            }
        }
    }

    /// `kubectl rollout status`, `aws ecs run-task`, `crictl ps`, `ssh`; nil for lines every
    /// lesson may use (`answer`, `sleep`).
    static func commandKey(_ line: String, session: ShellSession) -> String? {
        var line = line.hasPrefix("export ") ? String(line.dropFirst(7)) : line
        // `NAME=$(command …)`: the command inside is what the learner must know.
        if let equals = line.firstIndex(of: "="), !line[..<equals].contains(" "),
            line[line.index(after: equals)...].hasPrefix("$("), line.hasSuffix(")")
        {
            line = String(line[line.index(equals, offsetBy: 3)..<line.index(before: line.endIndex)])
        }
        let words = line.split(separator: " ").map(String.init)
        guard let tool = words.first, !["answer", "sleep"].contains(tool) else { return nil }
        switch tool {
        case "kubectl":
            return "kubectl " + (session.summarize(line)?.verb ?? "")
        case "aws":
            let rest = words.dropFirst().filter { !$0.hasPrefix("--") }
            return (["aws"] + rest.prefix(2)).joined(separator: " ")
        case "docker":
            return "docker " + DockerCommand.summarize(Array(words.dropFirst()), status: 0).verb
        case "etcdctl", "crictl", "systemctl":
            return tool + " " + (session.summarize(line)?.verb ?? "")
        default:
            return tool
        }
    }
}
