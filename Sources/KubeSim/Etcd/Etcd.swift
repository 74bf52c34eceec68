import JSONValue
import SimCore

/// The key-value store behind the API server, keyed as a real cluster keys it:
/// `/registry/pods/default/web-7c5ddbdf54-x8kq2`, `/registry/minions/node01`.
///
/// Every write bumps one global revision, which the API server exposes as each object's
/// `resourceVersion`. Storage is nested by the key's segments (prefix → namespace → name) so
/// reads of one namespace or one object never scan the whole store.
public final class Etcd {
    public struct Entry: Sendable {
        public var value: JSON
        public var createRevision: Int64
        public var modRevision: Int64
        public var version: Int64
        /// For pods, what the API server's index reads of the value: kept beside it so a
        /// write finds the previous one without a lookup of its own.
        public var brief: PodBrief?
    }

    /// The revision of the last write; etcd starts at 1.
    public private(set) var revision: Int64 = 1
    public let clusterID: UInt64
    public let memberID: UInt64
    public let memberName: String
    /// One prefix's entries in one namespace. A class, so the store can keep the few buckets
    /// in use at hand: nearly every access is to pods in one namespace, and finding their
    /// bucket again costs two string hashes of the three a lookup would otherwise take.
    private final class Bucket {
        var entries: [String: Entry] = [:]
    }

    private var buckets: [String: [String: Bucket]] = [:]
    private var counts: [String: Int] = [:]
    /// The buckets used most recently, newest first.
    private var recent: [(prefix: String, namespace: String, bucket: Bucket)] = []
    private static let recentLimit = 4

    /// The bucket for a prefix and namespace, made if `create` and absent.
    private func bucket(_ prefix: String, _ namespace: String, create: Bool) -> Bucket? {
        for index in recent.indices where recent[index].prefix == prefix && recent[index].namespace == namespace {
            return recent[index].bucket
        }
        let found: Bucket
        if let existing = buckets[prefix]?[namespace] {
            found = existing
        } else if create {
            found = Bucket()
            buckets[prefix, default: [:]][namespace] = found
        } else {
            return nil
        }
        recent.insert((prefix, namespace, found), at: 0)
        if recent.count > Self.recentLimit { recent.removeLast() }
        return found
    }

    public init(clusterID: UInt64, memberID: UInt64, memberName: String) {
        self.clusterID = clusterID
        self.memberID = memberID
        self.memberName = memberName
    }

    public static func key(prefix: String, namespace: String, name: String) -> String {
        namespace.isEmpty ? "/registry/\(prefix)/\(name)" : "/registry/\(prefix)/\(namespace)/\(name)"
    }

    public func get(prefix: String, namespace: String, name: String) -> Entry? {
        bucket(prefix, namespace, create: false)?.entries[name]
    }

    /// The revision the next write will get; the API server stamps it into `resourceVersion`
    /// before storing, as the real one does from etcd's response.
    public var nextRevision: Int64 { revision + 1 }

    /// Takes a revision for a write kept outside the tree (events).
    public func bumpRevision() -> Int64 {
        revision += 1
        return revision
    }

    /// Stores `value`; `brief` makes the entry's brief from the previous one (nil when new).
    /// Returns the entry and the brief it replaced.
    @discardableResult
    public func put(prefix: String, namespace: String, name: String, value: JSON,
                    brief: (PodBrief?) -> PodBrief? = { _ in nil }) -> (entry: Entry, previousBrief: PodBrief?) {
        revision += 1
        let bucket = self.bucket(prefix, namespace, create: true) ?? Bucket()
        let (entry, previous, created) = Self.put(&bucket.entries, name: name, value: value, revision: revision,
                                                  brief: brief)
        if created { counts[prefix, default: 0] += 1 }
        return (entry, previous)
    }

    /// Writes one key of a namespace's entries in place: an update (the usual write) finds
    /// its entry with one hash of the name and changes it there.
    private static func put(_ entries: inout [String: Entry], name: String, value: JSON, revision: Int64,
                            brief: (PodBrief?) -> PodBrief?) -> (Entry, PodBrief?, created: Bool) {
        if let index = entries.index(forKey: name) {
            let previous = entries.values[index].brief
            entries.values[index].value = value
            entries.values[index].modRevision = revision
            entries.values[index].version += 1
            entries.values[index].brief = brief(previous)
            return (entries.values[index], previous, false)
        }
        let entry = Entry(value: value, createRevision: revision, modRevision: revision, version: 1, brief: brief(nil))
        entries[name] = entry
        return (entry, nil, true)
    }

    @discardableResult
    public func delete(prefix: String, namespace: String, name: String) -> Entry? {
        guard let bucket = bucket(prefix, namespace, create: false),
            let existing = bucket.entries.removeValue(forKey: name)
        else { return nil }
        revision += 1
        counts[prefix, default: 1] -= 1
        if bucket.entries.isEmpty {
            buckets[prefix]?[namespace] = nil
            recent.removeAll { $0.bucket === bucket }
        }
        return existing
    }

    /// Entries under a prefix (and namespace, if given) that `isIncluded` keeps, in key order.
    public func list(prefix: String, namespace: String?, where isIncluded: ((Entry) -> Bool)? = nil) -> [Entry] {
        guard let byNamespace = buckets[prefix] else { return [] }
        if let namespace {
            guard let entries = byNamespace[namespace]?.entries else { return [] }
            return Self.sortedEntries(entries, isIncluded)
        }
        var result: [Entry] = []
        for ns in byNamespace.keys.sorted() {
            guard let entries = byNamespace[ns]?.entries else { continue }
            result.append(contentsOf: Self.sortedEntries(entries, isIncluded))
        }
        return result
    }

    /// Entries in name order: their positions are sorted by name, so the sort moves small
    /// integers instead of entries, and no name is looked up again afterwards. Entries are
    /// filtered before the sort.
    private static func sortedEntries(_ entries: [String: Entry], _ isIncluded: ((Entry) -> Bool)?) -> [Entry] {
        var names: [String] = []
        var values: [Entry] = []
        if let isIncluded {
            for (name, entry) in entries where isIncluded(entry) {
                names.append(name)
                values.append(entry)
            }
        } else {
            names = Array(entries.keys)
            values = Array(entries.values)
        }
        return nameOrder(names).map { values[$0] }
    }

    static let namesForTwoThreads = 16384

    /// The positions of `names` in name order. A long list's two halves are sorted on two
    /// threads and then merged (names in one bucket are distinct, so the order is the same as
    /// one sort's).
    static func nameOrder(_ names: [String]) -> [Int] {
        let halves = inHalves(of: names.count, from: namesForTwoThreads) { range in
            range.sorted { names[$0] < names[$1] }
        }
        guard halves.count == 2 else { return halves.first ?? [] }
        let (low, high) = (halves[0], halves[1])
        var order: [Int] = []
        order.reserveCapacity(names.count)
        var left = 0
        var right = 0
        while left < low.count, right < high.count {
            if names[high[right]] < names[low[left]] {
                order.append(high[right])
                right += 1
            } else {
                order.append(low[left])
                left += 1
            }
        }
        order += low[left...]
        order += high[right...]
        return order
    }

    /// Calls `body` for every entry under a prefix without sorting: for controllers and
    /// indexes that do not care about order.
    public func forEach(prefix: String, namespace: String? = nil, _ body: (Entry) -> Void) {
        guard let byNamespace = buckets[prefix] else { return }
        if let namespace {
            byNamespace[namespace]?.entries.values.forEach(body)
        } else {
            for bucket in byNamespace.values { bucket.entries.values.forEach(body) }
        }
    }

    public func count(prefix: String) -> Int { counts[prefix] ?? 0 }

    /// Every key in the store that starts with `keyPrefix`, sorted as etcd returns them.
    public func keys(withPrefix keyPrefix: String) -> [String] {
        var keys: [String] = []
        for (prefix, byNamespace) in buckets {
            for (namespace, bucket) in byNamespace {
                for name in bucket.entries.keys {
                    let key = Etcd.key(prefix: prefix, namespace: namespace, name: name)
                    if key.hasPrefix(keyPrefix) { keys.append(key) }
                }
            }
        }
        return keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// The entry stored under a full key, for `etcdctl get KEY`.
    public func entry(forKey key: String) -> Entry? {
        let parts = key.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard parts.first == "registry", parts.count >= 3 else { return nil }
        // Prefixes may have two segments (`services/specs`); try the longest match first.
        if parts.count >= 5, let e = get(prefix: parts[1] + "/" + parts[2], namespace: parts[3], name: parts[4]) {
            return e
        }
        if parts.count == 4 {
            if let e = get(prefix: parts[1], namespace: parts[2], name: parts[3]) { return e }
            if let e = get(prefix: parts[1] + "/" + parts[2], namespace: "", name: parts[3]) { return e }
        }
        if parts.count == 3 { return get(prefix: parts[1], namespace: "", name: parts[2]) }
        return nil
    }

    /// Total number of keys.
    public var totalKeys: Int { counts.values.reduce(0, +) }
}
