/// Go's `net` package, the parts whose text tools print.
public enum GoNet {
    /// `net.JoinHostPort`: an IPv6 address goes in brackets.
    public static func joinHostPort(_ host: String, _ port: String) -> String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }
}
