import Shell
import ToolIO
import Transcripts
import Tutor
import World

/// A deterministic shell with lessons, as transcripts get one, and the repository's paths.
enum LessonSession {
    static func make(store: ProgressStore = InMemoryProgressStore(), files: FileSystem = InMemoryFileSystem())
        -> (ShellSession, Tutor)
    {
        let options = World.Options()
        let session = ShellSession(world: World.makeDefault(options), fileSystem: files, worldOptions: options)
        let tutor = Tutor(catalog: .builtin, store: store)
        session.enableLessons(tutor)
        return (session, tutor)
    }

    /// The repository's top folder.
    static let root: String = {
        var path = #filePath
        for _ in 0..<3 {
            while let last = path.last, last != "/" { path.removeLast() }
            path.removeLast()
        }
        return path
    }()
}
