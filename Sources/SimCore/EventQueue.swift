/// Timed events ordered by due time, then by the order they were scheduled.
///
/// The tie-break on insertion order is what makes two events due at the same instant run in a
/// reproducible order; a heap alone would not guarantee it.
struct EventQueue {
    struct Entry {
        let time: SimTime
        let sequence: UInt64
        let id: TimerID
        let action: () -> Void

        func precedes(_ other: Entry) -> Bool {
            time != other.time ? time < other.time : sequence < other.sequence
        }
    }

    private var heap: [Entry] = []
    private var nextSequence: UInt64 = 0

    var isEmpty: Bool { heap.isEmpty }
    var count: Int { heap.count }
    var earliest: Entry? { heap.first }

    mutating func push(time: SimTime, id: TimerID, action: @escaping () -> Void) {
        heap.append(Entry(time: time, sequence: nextSequence, id: id, action: action))
        nextSequence += 1
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].precedes(heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Entry? {
        guard !heap.isEmpty else { return nil }
        heap.swapAt(0, heap.count - 1)
        let top = heap.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < heap.count, heap[left].precedes(heap[smallest]) { smallest = left }
            if right < heap.count, heap[right].precedes(heap[smallest]) { smallest = right }
            if smallest == parent { break }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
        return top
    }
}

/// Identifies a scheduled event so it can be cancelled (a probe that no longer matters, a
/// back-off timer for a deleted pod).
public struct TimerID: Hashable, Sendable {
    let value: UInt64
}
