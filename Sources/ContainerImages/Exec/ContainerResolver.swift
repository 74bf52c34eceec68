/// The DNS a container's resolver asks (a pod's: the cluster's CoreDNS), as lookup programs
/// see it: the server's address, names to addresses through the search list, and addresses
/// back to names.
public struct ContainerResolver {
    public enum Answer: Equatable {
        case addresses([String])
        /// No such name (NXDOMAIN).
        case nameError
        /// A name the server would ask the internet about, which Shipyard does not simulate.
        case outside
    }

    /// The nameserver in the container's `/etc/resolv.conf`.
    public var nameserver: String
    public var lookup: (String) -> Answer
    /// The PTR name of an address, nil when it has none.
    public var reverse: (String) -> String?

    public init(nameserver: String, lookup: @escaping (String) -> Answer, reverse: @escaping (String) -> String?) {
        self.nameserver = nameserver
        self.lookup = lookup
        self.reverse = reverse
    }
}
