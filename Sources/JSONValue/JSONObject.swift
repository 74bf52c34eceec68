/// The members of a JSON object, in the order they were inserted.
///
/// Objects in API payloads are small (a handful to a few dozen members), so a linear scan over
/// one array of members beats hashing and keeps copies cheap: pods created from one template
/// share their storage until one of them changes. Keys and values sit side by side, so a
/// lookup reads one block of memory and a new object is one allocation.
public struct JSONObject: Sendable, Hashable {
    /// One member. A struct, not a tuple: arrays of tuples are copied through the runtime's
    /// generic tuple witnesses, arrays of structs by code made for them.
    public struct Member: Sendable, Hashable {
        public var key: String
        public var value: JSON

        public init(key: String, value: JSON) {
            self.key = key
            self.value = value
        }
    }

    /// The members in order.
    public private(set) var entries: [Member]

    public init() {
        entries = []
    }

    /// An object of `members` as they are, in order: their keys must differ.
    public init(distinctMembers members: [Member]) {
        entries = members
    }

    public init(_ pairs: [(String, JSON)]) {
        self.init()
        entries.reserveCapacity(pairs.count)
        for (key, value) in pairs { self[key] = value }
    }

    public mutating func reserveCapacity(_ capacity: Int) {
        entries.reserveCapacity(capacity)
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }

    /// The keys in order (a new array: iterate `entries` where that matters).
    public var keys: [String] { entries.map(\.key) }
    /// The values in order (a new array: iterate `entries` where that matters).
    public var values: [JSON] { entries.map(\.value) }

    /// The member named `key`; assigning `nil` removes it, assigning to a new key appends it.
    public subscript(key: String) -> JSON? {
        get {
            guard let index = index(of: key) else { return nil }
            return entries[index].value
        }
        set {
            if let index = index(of: key) {
                if let newValue {
                    entries[index].value = newValue
                } else {
                    entries.remove(at: index)
                }
            } else if let newValue {
                append(Member(key: key, value: newValue))
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
                append(Member(key: key, value: .null))
                index = entries.count - 1
            }
            // Move the value out so the caller holds the only reference to its storage.
            var value = entries[index].value
            entries[index].value = .null
            defer { entries[index].value = value }
            yield &value
        }
    }

    /// Appends with little room to spare once an object has a few members. Stored objects live
    /// long and most never grow again, and a copy made to append to a shared object (a pod's
    /// spec when it is bound) would otherwise get twice the room it needs. A small object being
    /// built member by member still doubles, so it is not copied at every member.
    @inline(__always)
    private mutating func append(_ member: Member) {
        let count = entries.count
        if count == entries.capacity { entries.reserveCapacity(count < 8 ? max(4, 2 * count) : count + 1 + count / 8) }
        entries.append(member)
    }

    /// Keys match byte for byte, not by Unicode canonical equivalence: JSON (and Python, and
    /// Go) treat "é" and "e\u{301}" as different keys.
    @inline(__always)
    func index(of key: String) -> Int? {
        // The length check first: it is free and settles most mismatches, and it separates
        // canonically equivalent spellings of different lengths; `==` is then a byte
        // comparison for the ASCII keys APIs use.
        // Read in place: iterating `entries` would copy each member, retaining its value.
        let count = key.utf8.count
        return entries.withUnsafeBufferPointer { members in
            for index in members.indices where Self.sameKey(members[index].key, key, count: count) {
                return index
            }
            return nil
        }
    }

    @inline(__always)
    private static func sameKey(_ candidate: String, _ key: String, count: Int) -> Bool {
        candidate.utf8.count == count && candidate == key
    }

    /// Members as (key, value) pairs in order (a new array).
    public var pairs: [(key: String, value: JSON)] { entries.map { (key: $0.key, value: $0.value) } }

    /// Members sorted by key (byte order), as Go's map encoding and aws-cli's text output use.
    public var sortedPairs: [(key: String, value: JSON)] {
        pairs.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    }

    public func contains(_ key: String) -> Bool { index(of: key) != nil }

    /// Removes and returns the member named `key`.
    @discardableResult
    public mutating func removeValue(forKey key: String) -> JSON? {
        guard let index = index(of: key) else { return nil }
        return entries.remove(at: index).value
    }

    /// Whether both share one storage: then they are equal without a look inside, and a
    /// result worked out from one (kept alongside it) holds for the other.
    public func isIdentical(to other: JSONObject) -> Bool {
        count == other.count && entries.withUnsafeBufferPointer { mine in
            other.entries.withUnsafeBufferPointer { mine.baseAddress == $0.baseAddress }
        }
    }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        if lhs.isIdentical(to: rhs) { return true }
        // A stored object and the changed copy a writer compares it with have the same keys in
        // the same order: compare them in step, without looking every key up.
        var inStep = true
        for index in lhs.entries.indices {
            let key = lhs.entries[index].key
            guard sameKey(rhs.entries[index].key, key, count: key.utf8.count) else {
                inStep = false
                break
            }
            if lhs.entries[index].value != rhs.entries[index].value { return false }
        }
        if inStep { return true }
        for entry in lhs.entries where rhs[entry.key] != entry.value { return false }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        // Order-independent, to agree with ==.
        var combined = 0
        for entry in entries {
            var h = Hasher()
            h.combine(entry.key)
            h.combine(entry.value)
            combined ^= h.finalize()
        }
        hasher.combine(count)
        hasher.combine(combined)
    }
}
