/// A cache key that hashes its parts once, when it is made: the correlator's caches re-hash
/// keys as they evict, and hashing several strings each time would cost more than the rest of
/// recording an event. A class, so the parts' strings are shared, not copied, as the key moves.
///
/// The standard hasher's per-process seed only decides where keys sit in a cache's table,
/// never what is printed. The parts' hash must take in whatever tells keys apart: a
/// ReplicaSet's "Created pod: …" events differ only in the message, and keys that hash alike
/// make a table crawl.
final class HashedKey<Parts: Hashable>: Hashable {
    let parts: Parts
    let fingerprint: Int

    init(_ parts: Parts) {
        self.parts = parts
        fingerprint = parts.hashValue
    }

    static func == (lhs: HashedKey, rhs: HashedKey) -> Bool {
        lhs === rhs || lhs.fingerprint == rhs.fingerprint && lhs.parts == rhs.parts
    }

    func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }
}
