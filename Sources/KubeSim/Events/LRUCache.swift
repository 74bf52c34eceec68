/// A fixed-size map that forgets the least recently used entry when full: the cache behind
/// client-go's event correlator (4,096 entries per recorder), which is why an event that
/// repeats after thousands of others starts a new Event instead of counting up an old one.
///
/// Its own open-addressing table, sized once, with each entry's hash kept beside it: a
/// full cache evicts on every new key (a million times in a big rollout), and a standard
/// dictionary re-hashes the entries it shifts on each removal.
struct LRUCache<Key: Hashable, Value> {
    private struct Node {
        var key: Key
        var hash: Int
        var value: Value
        var newer: Int
        var older: Int
    }

    let capacity: Int
    private var nodes: [Node] = []
    /// Node index + 1 per slot, 0 for empty; twice the capacity, so probes stay short.
    private var table: [Int32]
    private let mask: Int
    /// The most and least recently used nodes; -1 while empty.
    private var newest = -1
    private var oldest = -1

    /// How a key's hash is had: its own `hashValue`, unless the key carries one made already.
    private let hashOf: (Key) -> Int

    init(capacity: Int, hash: @escaping (Key) -> Int = { $0.hashValue }) {
        hashOf = hash
        self.capacity = max(1, min(capacity, 1 << 28))
        var size = 16
        while size < self.capacity * 2 { size <<= 1 }
        table = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    var count: Int { nodes.count }

    /// The value for `key`, which becomes the most recently used.
    mutating func get(_ key: Key) -> Value? {
        let hash = hashOf(key)
        guard let node = find(key, hash: hash).node else { return nil }
        touch(node)
        return nodes[node].value
    }

    /// Stores `value` under `key` as the most recently used, evicting the oldest when full.
    mutating func set(_ key: Key, _ value: Value) {
        update(key, orInsert: { value }) { $0 = value }
    }

    /// Changes the value for `key` in place — made by `make` first when absent, evicting the
    /// oldest entry when full — and makes it the most recently used: one lookup where a `get`
    /// and a `set` would take two.
    @discardableResult
    mutating func update<Result>(_ key: Key, orInsert make: () -> Value, _ body: (inout Value) -> Result) -> Result {
        let hash = hashOf(key)
        let (slot, found) = find(key, hash: hash)
        if let found {
            touch(found)
            return body(&nodes[found].value)
        }
        let node: Int
        if nodes.count < capacity {
            nodes.append(Node(key: key, hash: hash, value: make(), newer: -1, older: -1))
            node = nodes.count - 1
            table[slot] = Int32(nodes.count)
        } else {
            node = oldest
            unlink(node)
            removeFromTable(node)
            nodes[node] = Node(key: key, hash: hash, value: make(), newer: -1, older: -1)
            // The removal may have shifted entries: look for the free slot again.
            table[find(key, hash: hash).slot] = Int32(node + 1)
        }
        pushNewest(node)
        return body(&nodes[node].value)
    }

    /// The slot holding `key`, or the empty slot where it would go.
    private func find(_ key: Key, hash: Int) -> (slot: Int, node: Int?) {
        var slot = hash & mask
        while true {
            let entry = Int(table[slot])
            if entry == 0 { return (slot, nil) }
            if nodes[entry - 1].hash == hash, nodes[entry - 1].key == key { return (slot, entry - 1) }
            slot = (slot + 1) & mask
        }
    }

    /// Empties `node`'s slot, moving later entries of its probe run back so none is cut off.
    private mutating func removeFromTable(_ node: Int) {
        var hole = nodes[node].hash & mask
        while Int(table[hole]) != node + 1 { hole = (hole + 1) & mask }
        var next = (hole + 1) & mask
        while table[next] != 0 {
            let home = nodes[Int(table[next]) - 1].hash & mask
            // The entry may fill the hole if the hole lies between its home slot and where it is.
            if (next - home) & mask >= (next - hole) & mask {
                table[hole] = table[next]
                hole = next
            }
            next = (next + 1) & mask
        }
        table[hole] = 0
    }

    private mutating func touch(_ slot: Int) {
        guard slot != newest else { return }
        unlink(slot)
        pushNewest(slot)
    }

    private mutating func unlink(_ slot: Int) {
        let newer = nodes[slot].newer
        let older = nodes[slot].older
        if newer >= 0 { nodes[newer].older = older } else { newest = older }
        if older >= 0 { nodes[older].newer = newer } else { oldest = newer }
        nodes[slot].newer = -1
        nodes[slot].older = -1
    }

    private mutating func pushNewest(_ slot: Int) {
        nodes[slot].older = newest
        nodes[slot].newer = -1
        if newest >= 0 { nodes[newest].newer = slot }
        newest = slot
        if oldest < 0 { oldest = slot }
    }
}
