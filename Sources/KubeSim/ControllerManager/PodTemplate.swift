import JSONValue
import SimCore
import Synchronization

/// The owner references of the last pod made: the next pod most likely has the same owner.
private let lastOwnerReferences = Mutex<(reference: OwnerReference?, json: JSON)>((nil, .null))
/// The last template hashed and its hash.
private let lastHash = Mutex<(template: JSON, collisionCount: Int, hash: String)>((.null, 0, ""))

/// Shared by the workload controllers: making a pod from a template, the template hash, and
/// whether a pod counts as active, ready or available.
enum PodTemplate {
    /// A new pod from `template`, owned by `owner`, named `<prefix><random suffix>` by the API server.
    static func pod(from template: JSON, owner: JSON, namePrefix: String, extraLabels: [String: String] = [:]) -> JSON {
        var metadata = template["metadata"].object ?? JSONObject()
        metadata.removeValue(forKey: "creationTimestamp")
        metadata.removeValue(forKey: "name")
        metadata["generateName"] = .string(namePrefix)
        metadata["namespace"] = .string(owner.namespace)
        let labels = podLabels(template["metadata"]["labels"], extraLabels)
        if let labels { metadata["labels"] = labels }
        let reference = OwnerReference(apiVersion: owner["apiVersion"].string ?? "", kind: owner.kind, name: owner.name,
                                       uid: owner.uid)
        metadata["ownerReferences"] = lastOwnerReferences.withLock { last in
            if last.reference != reference { last = (reference, [reference.json]) }
            return last.json
        }
        return ["metadata": .object(metadata), "spec": template["spec"]]
    }

    /// The template's string labels with `extra` set, keys sorted; nil when there are none. A
    /// ReplicaSet's template already has its `pod-template-hash`, so its labels usually serve
    /// as they are, and every pod made from it shares them.
    private static func podLabels(_ labels: JSON, _ extra: [String: String]) -> JSON? {
        if let object = labels.object, extra.allSatisfy({ object[$0.key]?.string == $0.value }),
            zip(object.entries, object.entries.dropFirst()).allSatisfy({ $0.key < $1.key }),
            object.entries.allSatisfy({ $0.value.string != nil })
        {
            return labels
        }
        var map = stringMap(labels)
        for (key, value) in extra { map[key] = value }
        return map.isEmpty ? nil : map.json
    }

    /// `pod-template-hash`: a 32-bit FNV-1a of the template, spelled in Kubernetes' safe alphabet
    /// (the real controller hashes the Go struct; this hashes its canonical JSON).
    static func hash(_ template: JSON, collisionCount: Int = 0) -> String {
        // Controllers hash their template on every sync; the last answer is kept (comparing
        // a template with itself is nearly free).
        if let known = lastHash.withLock({ identical($0.template, template) && $0.collisionCount == collisionCount ? $0.hash : nil }) {
            return known
        }
        let hash = computeHash(template, collisionCount: collisionCount)
        lastHash.withLock { $0 = (template, collisionCount, hash) }
        return hash
    }

    /// The same JSON down to the bytes it would be written as (`==` calls 1 and 1.0 equal,
    /// and canonically equivalent strings equal; their hashes would differ).
    static func identical(_ a: JSON, _ b: JSON) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.double(x), .double(y)): return x.bitPattern == y.bitPattern
        case let (.string(x), .string(y)): return x.utf8.elementsEqual(y.utf8)
        case let (.array(x), .array(y)):
            let shared = x.withUnsafeBufferPointer { p in y.withUnsafeBufferPointer { p.baseAddress == $0.baseAddress } }
            return shared || (x.count == y.count && zip(x, y).allSatisfy { identical($0, $1) })
        case let (.object(x), .object(y)):
            let shared = x.entries.withUnsafeBufferPointer { p in
                y.entries.withUnsafeBufferPointer { p.baseAddress == $0.baseAddress }
            }
            return shared || (x.count == y.count && zip(x.entries, y.entries).allSatisfy {
                $0.key.utf8.elementsEqual($1.key.utf8) && identical($0.value, $1.value)
            })
        default: return false
        }
    }

    private static func computeHash(_ template: JSON, collisionCount: Int) -> String {
        var text = JSONWriter.goCompact.write(canonical(template))
        if collisionCount > 0 { text += String(collisionCount) }
        return safeEncoded(String(fnv1a32(text)))
    }

    /// A hash's decimal digits spelled in Kubernetes' safe alphabet (`rand.SafeEncodeString`),
    /// so no name spells a word.
    static func safeEncoded(_ decimal: String) -> String {
        let alphabet = RandomStream.kubernetesAlphabet
        return String(decimal.utf8.map { alphabet[Int($0) % alphabet.count] })
    }

    /// Keys sorted at every level, so equal templates hash equally whatever their key order.
    static func canonical(_ value: JSON) -> JSON {
        switch value {
        case .object(let object):
            return .object(JSONObject(object.sortedPairs.map { ($0.key, canonical($0.value)) }))
        case .array(let items):
            return .array(items.map(canonical))
        default:
            return value
        }
    }

    static func isActive(_ pod: JSON) -> Bool {
        let phase = pod["status"]["phase"].string
        return !pod.isTerminating && phase != "Succeeded" && phase != "Failed"
    }

    static func isReady(_ pod: JSON) -> Bool { PodConditions.isReady(pod) }

    /// Ready for at least `minReadySeconds`.
    static func isAvailable(_ pod: JSON, minReadySeconds: Int, now: SimTime) -> Bool {
        guard let ready = (pod["status"]["conditions"].array ?? []).first(where: {
            $0["type"].string == "Ready" && $0["status"].string == "True"
        }) else { return false }
        guard minReadySeconds > 0 else { return true }
        guard let since = ready["lastTransitionTime"].string.flatMap({ SimTime(rfc3339: $0) }) else { return false }
        return now - since >= .seconds(Int64(minReadySeconds))
    }
}
