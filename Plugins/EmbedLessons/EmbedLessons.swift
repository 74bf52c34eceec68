import Foundation
import PackagePlugin

/// Builds the lessons in `Lessons/` into the Tutor module, so the shell finds them wherever its
/// binary is: each lesson folder's `lesson.yaml` and `lesson.md` become string literals in a
/// generated Swift file.
@main
struct EmbedLessons: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let lessons = context.package.directoryURL.appending(path: "Lessons")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLessons.swift")
        var inputs: [URL] = []
        let manager = FileManager.default
        if let folders = try? manager.contentsOfDirectory(at: lessons, includingPropertiesForKeys: nil) {
            for folder in folders {
                for name in ["lesson.yaml", "lesson.md"] {
                    let file = folder.appending(path: name)
                    if manager.fileExists(atPath: file.path) { inputs.append(file) }
                }
            }
        }
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count / 2) lessons",
                executable: try context.tool(named: "LessonEmbedder").url,
                arguments: [lessons.path, output.path],
                inputFiles: inputs,
                outputFiles: [output]),
        ]
    }
}
