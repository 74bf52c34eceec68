import JSONValue
import ToolIO

/// Progress kept in a JSON file (the shell uses `$XDG_DATA_HOME/shipyard/progress.json`).
/// Writes go through the file system's temporary-file-and-rename; a file that cannot be read
/// as progress is moved aside to `progress.json.corrupt` with a note, never a crash.
public final class FileProgressStore: ProgressStore {
    let fileSystem: FileSystem
    let path: String

    public init(fileSystem: FileSystem, path: String) {
        self.fileSystem = fileSystem
        self.path = path
    }

    public func load() -> (Progress, note: String?) {
        guard fileSystem.exists(path) else { return (Progress(), nil) }
        let text: String
        do {
            text = try fileSystem.readText(path)
        } catch {
            return (Progress(), "Could not read your lesson progress at \(path); starting afresh.")
        }
        if let json = try? JSONParser.parse(text), let progress = Progress(json: json) {
            return (progress, nil)
        }
        let aside = path + ".corrupt"
        do {
            try fileSystem.writeFile(aside, Array(text.utf8), append: false)
            try fileSystem.remove(path)
        } catch {
            return (Progress(), "Your lesson progress at \(path) is damaged and could not be moved aside; starting afresh.")
        }
        return (Progress(), "Your lesson progress at \(path) was damaged; it was moved to \(aside) and you start afresh.")
    }

    public func save(_ progress: Progress) {
        var directory = ""
        for part in path.split(separator: "/").dropLast() {
            directory += "/" + part
            if !fileSystem.isDirectory(directory) { try? fileSystem.makeDirectory(directory) }
        }
        try? fileSystem.writeFile(path, Array((JSONWriter.kubectl.write(progress.json) + "\n").utf8), append: false)
    }
}
