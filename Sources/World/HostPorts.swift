extension World {
    /// Linux's default range for the ports the kernel picks (`net.ipv4.ip_local_port_range`).
    public static let ephemeralPorts = 32768...60999

    /// A free port, as the kernel gives one to a listener that asks for port 0, drawn from
    /// the simulation's own random stream.
    public func ephemeralPort() -> Int {
        let stream = simulation.random.stream("host-ephemeral-ports")
        while true {
            let port = stream.int(in: Self.ephemeralPorts)
            if !hostListeningPorts.contains(port) { return port }
        }
    }
}
