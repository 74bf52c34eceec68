/// The discrete-event engine: a virtual clock, timed events, and work that reacts at once.
///
/// Components never read the host clock or sleep. They schedule events ("image pulled in
/// 4.2 s", "probe due in 10 s") and react to changes; the engine runs reactions to quiescence
/// and then jumps the clock from event to event. Waits (`sleep 5m`, `kubectl wait`, aws
/// waiters) therefore take no real time, and the same inputs always yield the same history —
/// the same idea as swift-nio's embedded event loop, whose time moves only when told.
public final class Simulation {
    public private(set) var now: SimTime
    public let random: SeededGenerator
    public let trace: Trace

    private var timers = EventQueue()
    /// One bit per timer ever scheduled, set while it waits: cleared when it runs or is
    /// cancelled, so cancelling one that already ran leaves nothing behind.
    private var waiting: [UInt64] = []
    /// Cancelled timers still in the queue; each leaves it when it reaches the front.
    private var cancelledInQueue = 0
    private var nextTimer: UInt64 = 0
    private var reactions: [() -> Void] = []
    private var reactionIndex = 0

    public init(start: SimTime, seed: UInt64, traceCapacity: Int = 10_000) {
        now = start
        random = SeededGenerator(seed: seed)
        trace = Trace(capacity: traceCapacity)
    }

    /// Runs `action` at `time` (or at once, on the next settle, if `time` is not in the future).
    @discardableResult
    public func schedule(at time: SimTime, _ action: @escaping () -> Void) -> TimerID {
        let id = TimerID(value: nextTimer)
        nextTimer += 1
        if Int(id.value / 64) == waiting.count { waiting.append(0) }
        waiting[Int(id.value / 64)] |= 1 << (id.value % 64)
        timers.push(time: max(time, now), id: id, action: action)
        return id
    }

    @discardableResult
    public func schedule(after delay: SimDuration, _ action: @escaping () -> Void) -> TimerID {
        schedule(at: now + delay, action)
    }

    public func cancel(_ id: TimerID) {
        guard isWaiting(id) else { return }
        finished(id)
        cancelledInQueue += 1
    }

    private func isWaiting(_ id: TimerID) -> Bool {
        let word = Int(id.value / 64)
        return word < waiting.count && waiting[word] & (1 << (id.value % 64)) != 0
    }

    private func finished(_ id: TimerID) {
        let word = Int(id.value / 64)
        if word < waiting.count { waiting[word] &= ~(1 << (id.value % 64)) }
    }

    /// Queues work to run at the current instant, after the work already queued: how
    /// components react to a store change without calling each other re-entrantly.
    public func react(_ action: @escaping () -> Void) { reactions.append(action) }

    /// When the next timed event is due, if any.
    public var nextEventTime: SimTime? {
        pruneCancelled()
        return timers.earliestTime
    }

    public var pendingEventCount: Int { timers.count }

    /// Runs every reaction and every event due at or before `now`, until nothing is left to do.
    public func settle() {
        while true {
            drainReactions()
            pruneCancelled()
            guard let next = timers.earliestTime, next <= now, let entry = timers.pop() else { return }
            finished(entry.id)
            entry.action()
        }
    }

    /// Moves the clock forward by `duration`, running events in time order on the way.
    public func advance(by duration: SimDuration) {
        advance(to: now + duration)
    }

    /// Moves the clock to `target` (never backwards), running events in time order on the way.
    public func advance(to target: SimTime) {
        settle()
        while let next = nextEventTime, next <= target {
            now = max(now, next)
            settle()
        }
        now = max(now, target)
        settle()
    }

    /// Jumps from event to event until `condition` holds or `timeout` passes.
    /// - Returns: whether the condition held; on timeout the clock stands at the deadline.
    @discardableResult
    public func advance(until condition: () -> Bool, timeout: SimDuration) -> Bool {
        settle()
        if condition() { return true }
        let deadline = now + timeout
        while let next = nextEventTime, next <= deadline {
            now = max(now, next)
            settle()
            if condition() { return true }
        }
        now = max(now, deadline)
        settle()
        return condition()
    }

    /// Runs until no events remain before `limit` (the world is quiet), returning the time it
    /// went quiet; used by watches that print "until nothing changes".
    public func advanceUntilQuiet(limit: SimDuration) -> SimTime {
        settle()
        let deadline = now + limit
        while let next = nextEventTime, next <= deadline {
            now = max(now, next)
            settle()
        }
        return now
    }

    /// What a reaction's place holds once it has run.
    private static let done: @Sendable () -> Void = {}

    private func drainReactions() {
        while reactionIndex < reactions.count {
            let action = reactions[reactionIndex]
            // Let go of what the reaction holds (a change's old and new object) once it has
            // run, while that memory is still in cache, rather than all at once at the end.
            reactions[reactionIndex] = Self.done
            reactionIndex += 1
            action()
        }
        reactions.removeAll(keepingCapacity: true)
        reactionIndex = 0
    }

    private func pruneCancelled() {
        guard cancelledInQueue > 0 else { return }
        while let top = timers.earliestID, !isWaiting(top) {
            cancelledInQueue -= 1
            _ = timers.pop()
        }
    }
}
