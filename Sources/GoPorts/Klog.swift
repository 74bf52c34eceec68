/// klog's line header, as Kubernetes binaries print their log lines and fatal errors:
/// `E0101 00:00:05.000000       1 run.go:72] message` (severity, `MMDD HH:MM:SS.micros`, the
/// thread id right-aligned in seven columns, the source file and line).
public enum Klog {
    public static func line(_ severity: Character, timestamp: String, pid: Int, source: String, _ message: String) -> String {
        let id = String(pid)
        return "\(severity)\(timestamp) \(String(repeating: " ", count: max(0, 7 - id.count)))\(id) \(source)] \(message)\n"
    }
}
