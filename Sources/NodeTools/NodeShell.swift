import JSONValue
import KubeSim
import SimCore
import ToolIO
import YAMLCoding

/// What `ssh NODE` gives a learner: the node's own tools (crictl; on the control plane
/// etcdctl and kubectl with the admin kubeconfig), `systemctl` for the kubelet, and the files
/// kubeadm put there (static pod manifests, certificates, kubelet config).
public struct NodeShell {
    public let cluster: Cluster
    public let node: String

    public init(cluster: Cluster, node: String) {
        self.cluster = cluster
        self.node = node
    }

    var kubelet: Kubelet? { cluster.kubelet(on: node) }
    public var isControlPlane: Bool { kubelet?.config.controlPlane ?? false }

    /// The tools installed on this node, by command name.
    public var toolNames: [String] { ["crictl", "hostname", "systemctl"] + (isControlPlane ? ["etcdctl"] : []) }

    public func run(_ tool: String, _ arguments: [String]) -> ToolOutput? {
        guard let kubelet else { return nil }
        let now = cluster.simulation.now
        switch tool {
        case "crictl": return Crictl(kubelet: kubelet, now: now).run(arguments)
        case "hostname": return hostname(arguments)
        case "systemctl":
            let booted = cluster.apiServer.object(.node, namespace: "", name: node)?.creationTimestamp ?? now
            return Systemctl(kubelet: kubelet, now: now, bootedAt: booted).run(arguments)
        case "etcdctl" where isControlPlane:
            return Etcdctl(cluster: cluster, nodeIP: kubelet.config.internalIP).run(arguments)
        default:
            return nil
        }
    }

    /// `hostname`: the node's name (also with `-s` or `-f`), or its address (`-i`, `-I`).
    func hostname(_ arguments: [String]) -> ToolOutput {
        switch arguments {
        case [], ["-s"], ["--short"], ["-f"], ["--fqdn"], ["--long"]: return .success(node + "\n")
        case ["-i"], ["--ip-address"]: return .success((kubelet?.config.internalIP ?? "") + "\n")
        case ["-I"], ["--all-ip-addresses"]: return .success((kubelet?.config.internalIP ?? "") + " \n")
        default:
            return .failure("Shipyard simulates hostname, hostname -s, -f, -i and -I; it does not rename nodes\n")
        }
    }

    /// The node's files, for `ls` and `cat` while logged in.
    public func fileSystem() -> InMemoryFileSystem {
        let fs = InMemoryFileSystem(home: "/root")
        for directory in ["/etc", "/etc/kubernetes", "/etc/kubernetes/manifests", "/etc/kubernetes/pki",
                          "/etc/kubernetes/pki/etcd", "/var", "/var/lib", "/var/lib/kubelet"] {
            try? fs.makeDirectory(directory)
        }
        func write(_ path: String, _ text: String) { try? fs.writeFile(path, Array(text.utf8), append: false) }
        write("/var/lib/kubelet/config.yaml", """
            apiVersion: kubelet.config.k8s.io/v1beta1
            authentication:
              anonymous:
                enabled: false
            cgroupDriver: systemd
            clusterDNS:
            - 10.96.0.10
            clusterDomain: cluster.local
            containerRuntimeEndpoint: unix:///var/run/containerd/containerd.sock
            kind: KubeletConfiguration
            staticPodPath: /etc/kubernetes/manifests

            """)
        write("/etc/kubernetes/kubelet.conf", "apiVersion: v1\nkind: Config\n")
        if isControlPlane {
            for manifest in kubelet?.staticPodManifests ?? [] {
                write("/etc/kubernetes/manifests/\(manifest.name).yaml", KubeYAML.emit(manifest))
            }
            for name in ["admin.conf", "controller-manager.conf", "scheduler.conf", "super-admin.conf"] {
                write("/etc/kubernetes/\(name)", "apiVersion: v1\nkind: Config\n")
            }
            for name in ["ca.crt", "ca.key", "apiserver.crt", "apiserver.key", "sa.key", "sa.pub"] {
                write("/etc/kubernetes/pki/\(name)", "-----BEGIN SIMULATED-----\n")
            }
            for name in ["ca.crt", "ca.key", "server.crt", "server.key", "peer.crt", "peer.key"] {
                write("/etc/kubernetes/pki/etcd/\(name)", "-----BEGIN SIMULATED-----\n")
            }
        }
        return fs
    }
}
