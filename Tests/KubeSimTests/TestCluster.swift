import ContainerImages
import SimCore
@testable import KubeSim

/// The small clusters the simulator's tests build: the system namespaces and, when asked,
/// one node that has had five seconds to register.
enum TestCluster {
    static func make(seed: UInt64 = 42, withNode: Bool = false) -> Cluster {
        let sim = Simulation(start: SimTime(seconds: 1_767_225_600), seed: seed)
        let cluster = Cluster(name: "t", simulation: sim, registry: PublicRegistry(), endpoint: "https://x")
        cluster.createSystemNamespaces()
        if withNode {
            cluster.addNode(NodeConfig(name: "node01", internalIP: "192.168.0.11", podCIDR: "10.244.1.0/24"))
            sim.advance(by: .seconds(Int64(5)))
        }
        return cluster
    }
}
