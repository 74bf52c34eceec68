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
    }

    private var heap: [Entry] = []
    private var nextSequence: UInt64 = 0

    var isEmpty: Bool { heap.isEmpty }
    var count: Int { heap.count }
    /// The next entry's due time and id, read without copying its closure.
    var earliestTime: SimTime? { heap.isEmpty ? nil : heap[0].time }
    var earliestID: TimerID? { heap.isEmpty ? nil : heap[0].id }

    mutating func push(time: SimTime, id: TimerID, action: @escaping () -> Void) {
        let entry = Entry(time: time, sequence: nextSequence, id: id, action: action)
        nextSequence += 1
        heap.append(entry)
        heap.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            // Sift the new entry up through a hole: entries move, none is copied (a copy
            // would retain and release its closure at every level).
            var hole = buffer.count - 1
            let item = (base + hole).move()
            while hole > 0 {
                let parent = (hole - 1) / 2
                guard Self.before(item.time, item.sequence, base[parent].time, base[parent].sequence) else { break }
                (base + hole).moveInitialize(from: base + parent, count: 1)
                hole = parent
            }
            (base + hole).initialize(to: item)
        }
    }

    mutating func pop() -> Entry? {
        guard let last = heap.popLast() else { return nil }
        guard !heap.isEmpty else { return last }
        return heap.withUnsafeMutableBufferPointer { buffer -> Entry in
            guard let base = buffer.baseAddress else { return last }
            // Take the top out and sift the former last entry down from the hole it leaves.
            let top = base.move()
            let count = buffer.count
            var hole = 0
            while true {
                let left = 2 * hole + 1
                guard left < count else { break }
                var child = left
                if left + 1 < count,
                    Self.before(base[left + 1].time, base[left + 1].sequence, base[left].time, base[left].sequence)
                {
                    child = left + 1
                }
                guard Self.before(base[child].time, base[child].sequence, last.time, last.sequence) else { break }
                (base + hole).moveInitialize(from: base + child, count: 1)
                hole = child
            }
            (base + hole).initialize(to: last)
            return top
        }
    }

    /// Due time first, then the order scheduled: a strict order, so pops come out the same
    /// whatever the heap's shape.
    @inline(__always)
    private static func before(_ time: SimTime, _ sequence: UInt64, _ otherTime: SimTime, _ otherSequence: UInt64) -> Bool {
        time != otherTime ? time < otherTime : sequence < otherSequence
    }
}

/// Identifies a scheduled event so it can be cancelled (a probe that no longer matters, a
/// back-off timer for a deleted pod).
public struct TimerID: Hashable, Sendable {
    let value: UInt64
}
