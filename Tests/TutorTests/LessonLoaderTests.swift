import Foundation
import Testing
@testable import Tutor

/// An instructor's mistakes come back as problems with paths, never as a crash.
@Suite struct LessonLoaderTests {
    static let markdown = """
        ## intro
        Hello.
        ## step make
        Make a pod.
        ## explain make
        Done.
        ## finish
        Bye.
        """

    static func problems(_ yaml: String, markdown: String = markdown) -> [String] {
        LessonLoader.load(folder: "09-demo", yaml: yaml, markdown: markdown).1.map(\.description)
    }

    static let valid = """
        id: demo
        title: Demo
        summary: A demo.
        track: Kubernetes
        order: 9
        difficulty: 1
        minutes: 5
        steps:
          - id: make
            kind: do
            checks:
              - command: kubectl get pod web
                succeeds: true
                text: A pod named web exists
                fail: Run one.
            hints: [kubectl run web --image=nginx]
            solution: [kubectl run web --image=nginx]
        """

    @Test func aValidLessonLoads() throws {
        let (lesson, problems) = LessonLoader.load(folder: "09-demo", yaml: Self.valid, markdown: Self.markdown)
        #expect(problems.isEmpty)
        let loaded = try #require(lesson)
        #expect(loaded.steps.map(\.id) == ["make"])
        #expect(loaded.steps.first?.text == "Make a pod.")
        #expect(loaded.steps.first?.checks.first?.expectations == [.succeeds])
    }

    @Test func unknownKeysAndBadTypesAreNamed() {
        let yaml = Self.valid.replacingOccurrences(of: "minutes: 5", with: "minutes: five\ncolour: blue")
        #expect(Self.problems(yaml) == [
            "09-demo: colour: unknown key (known: difficulty, id, introduces, minutes, order, requires, setup, steps, summary, title, topics, track)",
            "09-demo: minutes: must be a whole number from 1 to 120",
        ])
    }

    @Test func checksThatWouldChangeTheWorldAreRefused() {
        let yaml = Self.valid.replacingOccurrences(of: "command: kubectl get pod web", with: "command: kubectl delete pod web")
        #expect(Self.problems(yaml).contains {
            $0.contains("steps[0].checks[0].command: `kubectl delete` may change the cluster")
        })
    }

    @Test func missingProseIsReported() {
        let problems = Self.problems(Self.valid, markdown: "## intro\nHi.\n")
        #expect(problems.contains("09-demo: lesson.md: needs a `## step make` section with the goal"))
        #expect(problems.contains("09-demo: lesson.md: needs a `## finish` section"))
    }

    @Test func brokenYAMLIsOneProblemWithALine() {
        let problems = Self.problems("id: demo\n  - : : [")
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("09-demo: lesson.yaml: ") == true)
    }
}

/// The example in Lessons/README.md is a lesson that loads.
@Suite struct ReadmeExampleTests {
    @Test func theReadmeExampleLoads() throws {
        let readme = try String(contentsOfFile: LessonSession.root + "/Lessons/README.md", encoding: .utf8)
        let yaml = try #require(readme.components(separatedBy: "```yaml\n").dropFirst().first?
            .components(separatedBy: "```").first)
        let markdown = ["run", "look", "where"].map { "## step \($0)\nGoal.\n## explain \($0)\nWhy.\n" }.joined()
            + "## intro\nHi.\n## finish\nBye.\n"
        let (lesson, problems) = LessonLoader.load(folder: "08-pods-basics", yaml: yaml, markdown: markdown)
        #expect(problems.map(\.description) == [])
        #expect(lesson?.steps.map(\.kind) == [.do, .observe, .answer])
    }
}

/// What a check may run: only commands that read, wherever they sit in the line.
@Suite struct ReadOnlyCommandTests {
    @Test func readingCommandsPass() {
        for line in [
            "kubectl get pods -o jsonpath='{.items[?(@.status.phase==\"Running\")].metadata.name}'",
            "aws ecs describe-tasks --cluster demo --tasks $(aws ecs list-tasks --cluster demo --query 'taskArns[0]' --output text)",
            "aws ecs list-tasks --cluster demo --query 'taskArns | length(@)'",
            "kubectl get pods | grep Running | wc -l",
            "kubectl exec deploy/notes -n shop -- ls /data | wc -l",
            "aws ecs describe-container-instances --cluster c --container-instances a --query 'length(containerInstances[?runningTasksCount>`0`])'",
        ] {
            #expect(ReadOnlyCommands.problem(with: line) == nil, "\(line)")
        }
    }

    @Test func changesAreRefusedEvenInsideSubstitutions() {
        #expect(ReadOnlyCommands.problem(with: "echo $(kubectl delete pod web)") != nil)
        #expect(ReadOnlyCommands.problem(with: "aws ecs stop-task --cluster demo --task t") != nil)
        #expect(ReadOnlyCommands.problem(with: "kubectl get pods > out.txt") != nil)
        #expect(ReadOnlyCommands.problem(with: "kubectl get pods && kubectl delete pods --all") != nil)
        #expect(ReadOnlyCommands.problem(with: "sh -c 'kubectl get pods'") != nil)
        #expect(ReadOnlyCommands.problem(with: "kubectl exec web -- sh -c 'rm -rf /data'") != nil)
        #expect(ReadOnlyCommands.problem(with: "kubectl exec web -- touch /data/x") != nil)
        #expect(ReadOnlyCommands.problem(with: "kubectl exec web ls") != nil)
    }
}
