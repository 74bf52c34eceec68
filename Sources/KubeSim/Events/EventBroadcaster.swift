import Dispatch

/// Writes recorded events on a thread of its own, as client-go's broadcaster does in a
/// goroutine of its own: a component hands an event over and goes on with its work, while
/// the correlator and the store are worked out apart. A 150,000-pod rollout records some
/// 750,000 events, and so leaves most of that work to the machine's second core.
///
/// Nothing anyone sees depends on when the worker gets to an event:
/// - an event's resourceVersion is taken when it is recorded, not when it is written;
/// - the worker writes events in the order they were recorded, one at a time;
/// - before anything reads or changes the events written, it calls `flush`, which waits for
///   the worker and then writes whatever is still waiting.
///
/// Between `submit`s and a `flush`, the state `write` touches belongs to the worker alone;
/// that is what makes this class safe to send to it.
final class EventBroadcaster<Item: Sendable>: @unchecked Sendable {
    private let write: (Item) -> Void
    private let batchSize: Int
    private var waiting: [Item] = []
    private let worker = DispatchQueue(label: "shipyard.event-broadcaster")
    private let writing = DispatchGroup()
    private var handedOver = false

    /// `write` writes one item; it runs on the worker, or on the caller of `flush`.
    init(batchSize: Int = 2048, write: @escaping (Item) -> Void) {
        self.batchSize = max(1, batchSize)
        self.write = write
    }

    func submit(_ item: Item) {
        waiting.append(item)
        if waiting.count >= batchSize { handOver() }
    }

    private func handOver() {
        let batch = waiting
        waiting = []
        waiting.reserveCapacity(batchSize)
        handedOver = true
        worker.async(group: writing) { self.writeAll(batch) }
    }

    private func writeAll(_ batch: [Item]) {
        for item in batch { write(item) }
    }

    /// Returns once every item submitted so far is written.
    func flush() {
        if handedOver {
            writing.wait()
            handedOver = false
        }
        guard !waiting.isEmpty else { return }
        let batch = waiting
        waiting.removeAll(keepingCapacity: true)
        writeAll(batch)
    }
}
