import Dispatch
import Synchronization

/// Work split over the machine's two cores when there is enough of it: `work` runs on each
/// half of `0..<count` at once, or on the whole range on this thread below `minimum`. The
/// results come back in order, so the caller's answer is the same either way.
///
/// For pure work on values the simulation holds still while it runs (a long list to sort, a
/// big table to lay out): what the two halves do must not depend on each other.
public func inHalves<T: Sendable>(of count: Int, from minimum: Int, _ work: @Sendable (Range<Int>) -> T) -> [T] {
    guard count >= minimum else { return [work(0..<count)] }
    let middle = count / 2
    let halves = [0..<middle, middle..<count]
    let results = Mutex<[T?]>([nil, nil])
    DispatchQueue.concurrentPerform(iterations: 2) { half in
        let result = work(halves[half])
        results.withLock { $0[half] = result }
    }
    return results.withLock { $0.compactMap { $0 } }
}
