import JSONValue

/// Which PersistentVolume a claim may bind to (`pvutil.FindMatchingVolume`): a volume already
/// reserved for the claim wins; otherwise the smallest free volume of the claim's class and
/// volume mode that offers every access mode the claim asks for, at least the size it
/// requests, and the labels its selector wants. Pure, so the binder, the scheduler and the
/// tests share one set of rules.
public enum PersistentVolumeMatcher {
    /// - Parameters:
    ///   - delayBinding: the claim's class waits for a consumer; only volumes reserved for the
    ///     claim are taken (the scheduler picks the others, knowing the node).
    ///   - nodeLabels: when set, volumes whose node affinity excludes that node are skipped.
    public static func bestMatch(for claim: JSON, among volumes: [JSON], delayBinding: Bool = false,
                                 node: (name: String, labels: [String: String])? = nil) -> JSON? {
        let spec = claim["spec"]
        let wantedModes = Set((spec["accessModes"].array ?? []).compactMap(\.string))
        let wantedBytes = StorageFacts.bytes(spec["resources"]["requests"]["storage"]) ?? 0
        let wantedClass = StorageFacts.claimClass(claim)
        let wantedMode = spec["volumeMode"].string ?? "Filesystem"
        let selector = spec["selector"].isNull ? nil : LabelSelector(json: spec["selector"])
        var best: (volume: JSON, bytes: Int64)?
        for volume in volumes.sorted(by: { $0.name < $1.name }) {
            let volumeSpec = volume["spec"]
            if (volumeSpec["volumeMode"].string ?? "Filesystem") != wantedMode { continue }
            if let node, !fitsNode(volume, name: node.name, labels: node.labels) { continue }
            if isReserved(volume, for: claim) {
                return volume
            }
            if !volumeSpec["claimRef"].isNull || volume.isTerminating { continue }
            if (volume["status"]["phase"].string ?? "Available") != "Available" { continue }
            if delayBinding, node == nil { continue }
            if StorageFacts.volumeClass(volume) != wantedClass { continue }
            if let selector, !selector.matches(volume.labels) { continue }
            let offered = Set((volumeSpec["accessModes"].array ?? []).compactMap(\.string))
            if !wantedModes.isSubset(of: offered) { continue }
            guard let bytes = StorageFacts.bytes(volumeSpec["capacity"]["storage"]), bytes >= wantedBytes else { continue }
            if best.map({ bytes < $0.bytes }) ?? true { best = (volume, bytes) }
        }
        return best?.volume
    }

    /// The volume's claimRef names this claim (and, when it records one, its uid).
    public static func isReserved(_ volume: JSON, for claim: JSON) -> Bool {
        let ref = volume["spec"]["claimRef"]
        guard ref.object != nil, ref["name"].string == claim.name, ref["namespace"].string == claim.namespace else {
            return false
        }
        let uid = ref["uid"].string ?? ""
        return uid.isEmpty || uid == claim.uid
    }

    /// Whether the volume's required node affinity admits the node.
    public static func fitsNode(_ volume: JSON, name: String, labels: [String: String]) -> Bool {
        let required = volume["spec"]["nodeAffinity"]["required"]
        guard !required.isNull else { return true }
        return NodeAffinity(nodeSelectorTerms: required["nodeSelectorTerms"]).matches(labels, nodeName: name)
    }
}
