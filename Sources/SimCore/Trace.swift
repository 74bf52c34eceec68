/// What each component did, when, and to which object: the story behind an object's state.
///
/// Learners see it through describe events and tutor explanations; engineers use it to debug a
/// transcript. It is a bounded ring so a 150,000-pod world does not grow without limit.
public final class Trace {
    public struct Entry: Equatable, Sendable {
        public var time: SimTime
        public var component: String
        public var object: String
        public var message: String
    }

    public let capacity: Int
    private var ring: [Entry] = []
    private var start = 0
    /// Total entries ever recorded, including those the ring has dropped.
    public private(set) var recorded = 0

    public init(capacity: Int = 10_000) { self.capacity = max(1, capacity) }

    public func record(_ time: SimTime, component: String, object: String, message: String) {
        let entry = Entry(time: time, component: component, object: object, message: message)
        recorded += 1
        if ring.count < capacity {
            ring.append(entry)
        } else {
            ring[start] = entry
            start = (start + 1) % capacity
        }
    }

    /// Entries oldest first.
    public var entries: [Entry] {
        Array(ring[start...] + ring[..<start])
    }

    public func entries(for object: String) -> [Entry] {
        entries.filter { $0.object == object }
    }
}
