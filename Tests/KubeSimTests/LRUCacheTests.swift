import Testing
@testable import KubeSim

@Suite struct LRUCacheTests {
    @Test func forgetsTheLeastRecentlyUsed() {
        var cache = LRUCache<String, Int>(capacity: 2)
        cache.set("a", 1)
        cache.set("b", 2)
        #expect(cache.get("a") == 1)  // a is now newer than b
        cache.set("c", 3)
        #expect(cache.get("b") == nil)
        #expect(cache.get("a") == 1)
        #expect(cache.get("c") == 3)
        cache.set("a", 10)
        #expect(cache.get("a") == 10)
        #expect(cache.count == 2)
    }

    /// A cache told how to hash its keys uses that hash, and still tells keys apart by equality.
    @Test func usesTheHashItIsGiven() {
        var asked = 0
        var cache = LRUCache<String, Int>(capacity: 2, hash: { _ in
            asked += 1
            return 7
        })
        cache.set("a", 1)
        cache.set("b", 2)
        #expect(cache.get("a") == 1 && cache.get("b") == 2)
        cache.set("c", 3)
        #expect(cache.get("a") == nil && cache.get("c") == 3)
        #expect(asked == 7)
    }

    /// Keys that all hash alike still come and go correctly (every probe run collides).
    struct Clashing: Hashable {
        var id: Int
        func hash(into hasher: inout Hasher) { hasher.combine(0) }
    }

    @Test func agreesWithASimpleModelUnderChurn() {
        var cache = LRUCache<Int, Int>(capacity: 64)
        var clashing = LRUCache<Clashing, Int>(capacity: 8)
        var model: [(key: Int, value: Int)] = []  // oldest first
        var clashModel: [(key: Int, value: Int)] = []
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        func modelGet(_ model: inout [(key: Int, value: Int)], _ key: Int) -> Int? {
            guard let index = model.firstIndex(where: { $0.key == key }) else { return nil }
            let entry = model.remove(at: index)
            model.append(entry)
            return entry.value
        }
        func modelSet(_ model: inout [(key: Int, value: Int)], _ key: Int, _ value: Int, capacity: Int) {
            if let index = model.firstIndex(where: { $0.key == key }) { model.remove(at: index) }
            else if model.count == capacity { model.removeFirst() }
            model.append((key, value))
        }
        for step in 0..<20_000 {
            let key = next(200)
            if next(3) == 0 {
                #expect(cache.get(key) == modelGet(&model, key))
                #expect(clashing.get(Clashing(id: key % 20)) == modelGet(&clashModel, key % 20))
            } else {
                cache.set(key, step)
                modelSet(&model, key, step, capacity: 64)
                clashing.set(Clashing(id: key % 20), step)
                modelSet(&clashModel, key % 20, step, capacity: 8)
            }
        }
        for key in 0..<200 { #expect(cache.get(key) == modelGet(&model, key)) }
    }
}
