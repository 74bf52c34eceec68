import GoPorts

/// Why `--sort-by` failed, and how kubectl shows it.
public struct KubectlSortError: Error, Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// An ordinary kubectl error: `error: <message>` on stderr, exit status 1.
        case error
        /// kubectl dies through klog mid-sort: one stderr line
        /// `F<MMDD HH:MM:SS.micros> <pid> sorter.go:<sourceLine>] <message>`, then `exitCode`.
        case fatal(sourceLine: Int, exitCode: Int32)
        /// Table output only: kubectl drops the error, prints no table, writes
        /// `No resources found in <namespace> namespace.` to stderr and exits 0. `message` is
        /// the error kubectl dropped, for diagnostics.
        case silent
    }

    public var kind: Kind
    public var message: String

    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    /// kubectl's exit status for this failure.
    public var exitCode: Int32 {
        switch kind {
        case .error: return 1
        case .fatal(_, let code): return code
        case .silent: return 0
        }
    }

    /// The stderr text. klog's header takes the given time stamp (`MMDD HH:MM:SS.micros`) and
    /// process id; `namespace` fills the table path's "No resources found" line (nil for
    /// `--all-namespaces`, where kubectl says just `No resources found`).
    public func kubectlStderr(
        timestamp: String = "0101 00:00:00.000000", pid: Int = 1, namespace: String? = "default"
    ) -> String {
        switch kind {
        case .error:
            return "error: \(message)\n"
        case .fatal(let line, _):
            return Klog.line("F", timestamp: timestamp, pid: pid, source: "sorter.go:\(line)", message)
        case .silent:
            if let namespace { return "No resources found in \(namespace) namespace.\n" }
            return "No resources found\n"
        }
    }
}
