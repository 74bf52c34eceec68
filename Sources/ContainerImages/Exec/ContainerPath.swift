/// Paths inside a container, as its programs and `kubectl cp` resolve them.
public enum ContainerPath {
    /// Absolute, against the working directory, with `.` and `..` resolved and no trailing
    /// slash.
    public static func normalized(_ path: String, in workingDirectory: String) -> String {
        let joined = path.hasPrefix("/") ? path : workingDirectory + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The last name of a path.
    public static func base(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }

    /// The directory holding a path (`/` for the root and its entries).
    public static func parent(_ path: String) -> String { "/" + path.split(separator: "/").dropLast().joined(separator: "/") }
}
