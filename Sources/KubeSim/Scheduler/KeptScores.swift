/// The scheduler's kept scores: in a big cluster, a pod's walk passes hundreds of nodes that
/// have not changed since the previous pod of the same kind, and reads their scores instead of
/// working them out again (see `SchedulerCache.walk`).
extension SchedulerCache {
    /// Where a walk stands: the next position, nodes checked and passed, and the best so far.
    struct KeptRun {
        var position: Int
        var checked: Int
        var passed: Int
        var ties: Int
        var bestScore: Int
    }

    /// The walk over nodes whose scores are kept: from `run.position` until a node without
    /// one, the end of `candidates` (the walk then goes on from the start), every node
    /// checked, or `wanted` passed. Most of a big cluster's walk is spent here.
    @inline(never)
    static func readKept(_ kept: UnsafeMutableBufferPointer<Int32>, _ candidates: UnsafeBufferPointer<Int>,
                         _ best: UnsafeMutableBufferPointer<Int>, wanted: Int, _ run: inout KeptRun) {
        let count = candidates.count
        var position = run.position
        var passed = run.passed
        var ties = run.ties
        var bestScore = run.bestScore
        let limit = min(count, position + (count - run.checked))
        let first = position
        while position < limit, passed < wanted {
            let slot = candidates[position]
            let known = kept[slot]
            if known <= KeptScores.needsFilter { break }
            position &+= 1
            passed &+= 1
            let score = Int(known)
            if score > bestScore {
                bestScore = score
                ties = 0
            }
            if score == bestScore {
                best[ties] = slot
                ties &+= 1
            }
        }
        run.checked += position - first
        run.position = position == count ? 0 : position
        run.passed = passed
        run.ties = ties
        run.bestScore = bestScore
    }

    /// Scores of plain nodes with room, for one kind of pod: the same requests and the same
    /// controller, as a ReplicaSet's pods are. At 5,000 nodes a pod's walk passes 500 of them,
    /// and most have not changed since the previous pod's: their scores are read, not worked
    /// out again. A node's entry is dropped when its usage, labels or taints change (and with
    /// its usage its count of the controller's pods), and every entry when the kind of pod does.
    struct KeptScores {
        static let unknown = Int32.min
        static let needsFilter = Int32.min + 1
        private var owner: String?
        private var requests = PodRequests(milliCPU: -1, memory: -1)
        private var scoredMilliCPU: Int64 = -1
        private var scoredMemory: Int64 = -1
        private var scores: [Int32] = []

        /// Keeps the entries if they were for `ask`'s kind of pod; makes room for every slot.
        mutating func prepare(for ask: Ask, slots: Int) {
            if ask.requests != requests || ask.scoredMilliCPU != scoredMilliCPU || ask.scoredMemory != scoredMemory
                || ask.owner != owner
            {
                owner = ask.owner
                requests = ask.requests
                scoredMilliCPU = ask.scoredMilliCPU
                scoredMemory = ask.scoredMemory
                scores = [Int32](repeating: Self.unknown, count: slots)
            } else if scores.count < slots {
                scores += [Int32](repeating: Self.unknown, count: slots - scores.count)
            }
        }

        mutating func forget(_ slot: Int) {
            if slot < scores.count { scores[slot] = Self.unknown }
        }

        mutating func take() -> [Int32] {
            defer { scores = [] }
            return scores
        }

        mutating func put(_ kept: [Int32]) { scores = kept }
    }
}
