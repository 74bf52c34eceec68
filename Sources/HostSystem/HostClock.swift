#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The host's wall clock and terminal: the only places Shipyard reads real time or asks the
/// terminal its size.
public enum Host {
    /// Milliseconds since the epoch.
    @Sendable public static func wallClockMilliseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
    }

    /// Nanoseconds on a clock that only moves forward: for measuring how long something took
    /// on the host, never for the simulation's time.
    @Sendable public static func monotonicNanoseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }

    /// The terminal's width in columns (80 when not a terminal), honouring `COLUMNS`.
    public static func terminalWidth(environment: [String: String]) -> Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 { return columns }
        return 80
    }

    public static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) != 0 }

    /// The process environment as a dictionary.
    public static func environment() -> [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return result
    }

    /// Writes text to standard output or standard error, unbuffered.
    public static func write(_ text: String, toStandardError: Bool) {
        let fd = toStandardError ? STDERR_FILENO : STDOUT_FILENO
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Ends the process at once, without tearing down what is in memory.
    public static func exit(_ status: Int32) -> Never {
        Glibc.exit(status)
    }

    /// Reads all of a file's text, or nil.
    public static func readFile(_ path: String) -> String? {
        let fs = LocalFileSystem.current(environment: [:])
        guard let bytes = try? fs.readFile(path) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
