/// `file://` and `fileb://` parameter values, as aws-cli's `paramfile.get_paramfile` loads them.
///
/// Any parameter (and, in v2, a shorthand value written `key@=file://...`) may name a file
/// instead of giving a value. The file system is injected so Shipyard can serve its simulated
/// one; path expansion (`~`, `$VAR`) and the error texts follow Python's `os.path` and `OSError`.
public struct ParamFiles: Sendable {
    /// Environment used by `os.path.expanduser` (`HOME`) and `os.path.expandvars`.
    public var environment: [String: String]
    /// Reads a whole file by its expanded path.
    public var read: @Sendable (String) throws(FileReadError) -> [UInt8]

    public init(environment: [String: String] = [:],
                read: @escaping @Sendable (String) throws(FileReadError) -> [UInt8]) {
        self.environment = environment
        self.read = read
    }

    /// No file exists: every read fails with ENOENT.
    public static let none = ParamFiles { path throws(FileReadError) in throw FileReadError.notFound }

    /// The prefixes aws-cli recognises, in the order it tries them.
    static let prefixes = ["file://", "fileb://"]

    /// What a parameter file held: `file://` gives text, `fileb://` gives bytes.
    enum Content: Equatable {
        case text(String)
        case bytes([UInt8])

        var python: PythonValue {
            switch self {
            case .text(let s): return .str(s)
            case .bytes(let b): return .bytes(b)
            }
        }
    }

    /// `get_paramfile(value, LOCAL_PREFIX_MAP)`: nil when `value` names no file.
    /// The error is `ResourceLoadingError`'s text.
    func load(_ value: String) -> Result<Content, ParamFileError>? {
        for prefix in Self.prefixes where value.hasPrefix(prefix) {
            let rest = String(value.unicodeScalars.dropFirst(prefix.unicodeScalars.count))
            let path = expandVariables(expandUser(rest))
            let bytes: [UInt8]
            do {
                bytes = try read(path)
            } catch {
                return .failure(ParamFileError(message: "Unable to load paramfile \(value): \(error.pythonDescription(path))"))
            }
            if prefix == "fileb://" { return .success(.bytes(bytes)) }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                return .failure(ParamFileError(message: "Unable to load paramfile (\(path)), text contents could not be "
                    + "decoded.  If this is a binary file, please use the fileb:// prefix instead of the file:// prefix."))
            }
            return .success(.text(Self.universalNewlines(text)))
        }
        return nil
    }

    /// Python's text mode turns `\r\n` and lone `\r` into `\n`.
    static func universalNewlines(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for c in text.unicodeScalars {
            if c == "\r" {
                out.append("\n")
                previousWasCR = true
                continue
            }
            if c == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            out.append(c)
        }
        return String(out)
    }

    /// `os.path.expanduser`: a leading `~` or `~/` becomes `$HOME`; `~user` is left alone
    /// (there is no password database to consult).
    func expandUser(_ path: String) -> String {
        guard path.hasPrefix("~") else { return path }
        let scalars = Array(path.unicodeScalars)
        let slash = scalars.dropFirst().firstIndex(of: "/") ?? scalars.count
        guard slash == 1, let home = environment["HOME"] else { return path }
        var trimmedHome = Array(home.unicodeScalars)
        while trimmedHome.last == "/" { trimmedHome.removeLast() }
        let result = String(String.UnicodeScalarView(trimmedHome + scalars[slash...]))
        return result.isEmpty ? "/" : result
    }

    /// `os.path.expandvars`: `$name` and `${name}` for names in the environment; unknown ones stay.
    func expandVariables(_ path: String) -> String {
        var s = Array(path.unicodeScalars)
        guard s.contains("$") else { return path }
        var i = 0
        while i < s.count {
            guard s[i] == "$" else {
                i += 1
                continue
            }
            var j = i + 1
            var name: [Unicode.Scalar] = []
            if j < s.count, s[j] == "{" {
                guard let close = s[(j + 1)...].firstIndex(of: "}") else {
                    i += 1
                    continue
                }
                name = Array(s[(j + 1)..<close])
                j = close + 1
            } else {
                while j < s.count, Self.isWordCharacter(s[j]) { j += 1 }
                name = Array(s[(i + 1)..<j])
                if name.isEmpty {
                    i += 1
                    continue
                }
            }
            if let value = environment[String(String.UnicodeScalarView(name))] {
                let replacement = Array(value.unicodeScalars)
                s.replaceSubrange(i..<j, with: replacement)
                i += replacement.count
            } else {
                i = j
            }
        }
        return String(String.UnicodeScalarView(s))
    }

    /// `\w` under `re.ASCII`.
    private static func isWordCharacter(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "a"..."z", "A"..."Z", "0"..."9", "_": return true
        default: return false
        }
    }
}

/// Why a file could not be read, as the `errno` Python's `OSError` reports.
public struct FileReadError: Error, Equatable, Sendable {
    public var errno: Int32
    public var strerror: String

    public init(errno: Int32, strerror: String) {
        self.errno = errno
        self.strerror = strerror
    }

    public static let notFound = FileReadError(errno: 2, strerror: "No such file or directory")
    public static let permissionDenied = FileReadError(errno: 13, strerror: "Permission denied")
    public static let notADirectory = FileReadError(errno: 20, strerror: "Not a directory")
    public static let isADirectory = FileReadError(errno: 21, strerror: "Is a directory")

    /// `str(OSError)`: `[Errno 2] No such file or directory: 'path'`.
    func pythonDescription(_ path: String) -> String {
        "[Errno \(errno)] \(strerror): \(PythonRepr.string(path))"
    }
}

/// aws-cli's `ResourceLoadingError`, by its text.
struct ParamFileError: Error, Equatable {
    var message: String
}
