/// The members of a JSON object, in the order they were inserted.
///
/// Objects in API payloads are small (a handful to a few dozen members), so a linear scan over
/// parallel arrays beats hashing and keeps copies cheap: pods created from one template share
/// their storage until one of them changes.
public struct JSONObject: Sendable, Hashable {
    public private(set) var keys: [String]
    public private(set) var values: [JSON]

    public init() {
        keys = []
        values = []
    }

    public init(_ pairs: [(String, JSON)]) {
        self.init()
        keys.reserveCapacity(pairs.count)
        values.reserveCapacity(pairs.count)
        for (key, value) in pairs { self[key] = value }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// The member named `key`; assigning `nil` removes it, assigning to a new key appends it.
    public subscript(key: String) -> JSON? {
        get {
            guard let index = index(of: key) else { return nil }
            return values[index]
        }
        set {
            if let index = index(of: key) {
                if let newValue {
                    values[index] = newValue
                } else {
                    keys.remove(at: index)
                    values.remove(at: index)
                }
            } else if let newValue {
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    /// The member named `key` for changing in place (`.null` while absent): the value is
    /// stored afterwards whatever it became, appended if the key was new. The in-place access
    /// is what keeps `pod["status"]["conditions"] = …` from copying every level it passes.
    public subscript(member key: String) -> JSON {
        get { self[key] ?? .null }
        _modify {
            let index: Int
            if let existing = self.index(of: key) {
                index = existing
            } else {
                keys.append(key)
                values.append(.null)
                index = values.count - 1
            }
            // Move the value out so the caller holds the only reference to its storage.
            var value = values[index]
            values[index] = .null
            defer { values[index] = value }
            yield &value
        }
    }

    /// Keys match byte for byte, not by Unicode canonical equivalence: JSON (and Python, and
    /// Go) treat "é" and "e\u{301}" as different keys.
    @inline(__always)
    func index(of key: String) -> Int? {
        // The length check first: it is free and settles most mismatches, and it separates
        // canonically equivalent spellings of different lengths; `==` is then a byte
        // comparison for the ASCII keys APIs use.
        let count = key.utf8.count
        var index = 0
        for candidate in keys {
            if candidate.utf8.count == count, candidate == key { return index }
            index += 1
        }
        return nil
    }

    /// Members as (key, value) pairs in order.
    public var pairs: [(key: String, value: JSON)] {
        zip(keys, values).map { (key: $0, value: $1) }
    }

    /// Members sorted by key (byte order), as Go's map encoding and aws-cli's text output use.
    public var sortedPairs: [(key: String, value: JSON)] {
        pairs.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    }

    public func contains(_ key: String) -> Bool { index(of: key) != nil }

    /// Removes and returns the member named `key`.
    @discardableResult
    public mutating func removeValue(forKey key: String) -> JSON? {
        guard let index = index(of: key) else { return nil }
        keys.remove(at: index)
        return values.remove(at: index)
    }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        // Copies of one object (a stored object and the changed copy a writer compares it
        // with) share key storage, and usually most values: compare them in step, without
        // looking every key up.
        if lhs.hasSameKeys(as: rhs) { return lhs.values == rhs.values }
        for (key, value) in zip(lhs.keys, lhs.values) where rhs[key] != value { return false }
        return true
    }

    /// The same keys in the same order, matched as `index(of:)` matches them.
    private func hasSameKeys(as other: JSONObject) -> Bool {
        let shared = keys.withUnsafeBufferPointer { mine in
            other.keys.withUnsafeBufferPointer { mine.baseAddress == $0.baseAddress }
        }
        return shared || keys.elementsEqual(other.keys) { $0.utf8.count == $1.utf8.count && $0 == $1 }
    }

    public func hash(into hasher: inout Hasher) {
        // Order-independent, to agree with ==.
        var combined = 0
        for (key, value) in zip(keys, values) {
            var h = Hasher()
            h.combine(key)
            h.combine(value)
            combined ^= h.finalize()
        }
        hasher.combine(count)
        hasher.combine(combined)
    }
}
