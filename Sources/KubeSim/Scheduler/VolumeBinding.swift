import JSONValue

/// kube-scheduler's VolumeBinding plugin, for the pods that mount claims.
///
/// PreFilter turns a pod away while a claim is missing, being deleted, or unbound under an
/// Immediate class (the binder must act first). Filter keeps a pod where its bound volumes'
/// node affinity allows, and, for claims whose class waits for the first consumer, on nodes
/// where a free volume fits or a provisioner can make one. Once a node is chosen the claims
/// still unbound are settled there — a free volume is reserved for the claim, or the claim is
/// annotated with `volume.kubernetes.io/selected-node` for its provisioner — and the pod waits
/// for the binder before it is bound to the node.
struct VolumeBinding {
    struct Claim {
        var object: JSON
        /// The volume it is bound to.
        var volume: JSON?
        /// Unbound with a WaitForFirstConsumer class: decided when the node is.
        var delayed: Bool
        /// Its class has a provisioner that can make a volume.
        var canProvision: Bool
    }

    enum PreFilter {
        /// The pod mounts no claims.
        case none
        /// Every node fails, for this reason.
        case reject(String)
        case check(VolumeBinding)
    }

    var claims: [Claim]
    /// Free volumes, read once per scheduling cycle.
    var volumes: [JSON]

    static let affinityConflict = "node(s) had volume node affinity conflict"
    static let noVolumes = "node(s) didn't find available persistent volumes to bind"
    static let missingVolumes = "node(s) unavailable due to one or more pvc(s) bound to non-existent pv(s)"

    static func preFilter(_ pod: JSON, server: APIServer) -> PreFilter {
        let names = StorageFacts.claimNames(of: pod)
        guard !names.isEmpty else { return .none }
        var claims: [Claim] = []
        var unboundImmediate = false
        for name in names {
            guard let claim = server.object(.persistentVolumeClaim, namespace: pod.namespace, name: name) else {
                return .reject("persistentvolumeclaim \"\(name)\" not found")
            }
            if claim.isTerminating { return .reject("persistentvolumeclaim \"\(name)\" is being deleted") }
            let volumeName = claim["spec"]["volumeName"].string ?? ""
            if !volumeName.isEmpty {
                claims.append(Claim(object: claim, volume: server.object(.persistentVolume, namespace: "", name: volumeName),
                                    delayed: false, canProvision: false))
                continue
            }
            let className = StorageFacts.claimClass(claim)
            let storageClass = className.isEmpty ? nil : server.object(.storageClass, namespace: "", name: className)
            guard let storageClass, storageClass["volumeBindingMode"].string == "WaitForFirstConsumer" else {
                unboundImmediate = true
                continue
            }
            let provisioner = storageClass["provisioner"].string ?? ""
            claims.append(Claim(object: claim, volume: nil, delayed: true,
                                canProvision: !provisioner.isEmpty && provisioner != StorageFacts.noProvisioner))
        }
        if unboundImmediate { return .reject("pod has unbound immediate PersistentVolumeClaims") }
        let volumes = claims.contains(where: \.delayed) ? server.list(.persistentVolume, namespace: nil) : []
        return .check(VolumeBinding(claims: claims, volumes: volumes))
    }

    /// Whether the pod can be bound to its node at once (every claim already bound).
    var allBound: Bool { !claims.contains(where: \.delayed) }

    func filter(_ node: NodeInfo) -> Scheduler.FilterFailure? {
        for claim in claims where !claim.delayed {
            guard let volume = claim.volume else { return Scheduler.FilterFailure(text: Self.missingVolumes, unresolvable: true) }
            if !PersistentVolumeMatcher.fitsNode(volume, name: node.name, labels: node.labels) {
                return Scheduler.FilterFailure(text: Self.affinityConflict, unresolvable: true)
            }
        }
        for claim in claims where claim.delayed {
            if PersistentVolumeMatcher.bestMatch(for: claim.object, among: volumes, delayBinding: true,
                                                 node: (node.name, node.labels)) != nil { continue }
            let selected = claim.object.annotations[StorageFacts.selectedNode]
            if claim.canProvision, selected == nil || selected == node.name { continue }
            return Scheduler.FilterFailure(text: Self.noVolumes, unresolvable: true)
        }
        return nil
    }

    /// Settles the unbound claims on `node`: reserves a free volume for each claim one fits,
    /// and hands the rest to their provisioner. Returns the claims the pod now waits for.
    func settle(on node: NodeInfo, server: APIServer) -> [JSON] {
        var waiting: [JSON] = []
        for claim in claims where claim.delayed {
            let current = server.object(.persistentVolumeClaim, namespace: claim.object.namespace, name: claim.object.name)
                ?? claim.object
            if let volume = PersistentVolumeMatcher.bestMatch(for: current, among: server.list(.persistentVolume, namespace: nil),
                                                              delayBinding: true, node: (node.name, node.labels)),
                volume["spec"]["claimRef"].isNull
            {
                server.modify(.persistentVolume, namespace: "", name: volume.name) { volume in
                    volume["metadata"]["annotations"][StorageFacts.boundByController] = "yes"
                    volume["spec"]["claimRef"] = StorageFacts.claimRef(to: current)
                }
            } else if current.annotations[StorageFacts.selectedNode] == nil {
                server.modify(.persistentVolumeClaim, namespace: current.namespace, name: current.name) { claim in
                    claim["metadata"]["annotations"][StorageFacts.selectedNode] = .string(node.name)
                }
            }
            waiting.append(current)
        }
        return waiting
    }
}
