/// The scheduler's cache: every node it knows, what is placed on each, and how many of each
/// controller's pods each node holds — kept current from watch events, never rescanned.
///
/// kube-scheduler keeps the same thing (its `Cache` and per-cycle `Snapshot`): with 5,000
/// nodes and 150,000 pods, filtering and scoring must touch only plain numbers. Nodes live in
/// numbered slots so the per-pod loops index arrays instead of hashing names, and the fields
/// the loops read (`NodeFit`) hold no references, so reading them copies nothing.
struct SchedulerCache {
    /// What filtering and scoring read for one node: resources offered and used, and whether
    /// the node needs the full filter (cordoned, or tainted against scheduling).
    struct NodeFit {
        var live = false
        var restricted = false
        var allocatableMilliCPU: Int64 = 0
        var allocatableMemory: Int64 = 0
        var allocatablePods = 0
        var requestedMilliCPU: Int64 = 0
        var requestedMemory: Int64 = 0
        var podCount = 0
        /// The last least-allocated score and the requests it was for; cleared when usage changes.
        var scoredMilliCPU: Int64 = -1
        var scoredMemory: Int64 = -1
        var score = 0
    }

    /// A controller's pods per node: a few in a dictionary, a dense count per slot once there
    /// are many (a 5,000-replica ReplicaSet is looked up for every candidate of every pod).
    enum SiblingCounts {
        case sparse([Int: Int])
        case dense([Int32], total: Int)

        static let denseThreshold = 32

        func count(_ slot: Int) -> Int {
            switch self {
            case .sparse(let counts): return counts.isEmpty ? 0 : counts[slot] ?? 0
            case .dense(let counts, _): return slot < counts.count ? Int(counts[slot]) : 0
            }
        }

        /// Adds `delta` pods at `slot` (of `slots`); `emptied` when none are left anywhere.
        mutating func add(_ delta: Int, at slot: Int, slots: Int, emptied: inout Bool) {
            switch self {
            case .sparse(var counts):
                self = .sparse([:])  // let go of the storage, so `counts` changes in place
                let count = (counts[slot] ?? 0) + delta
                counts[slot] = count == 0 ? nil : count
                if counts.isEmpty {
                    emptied = true
                } else if counts.count > Self.denseThreshold {
                    var dense = [Int32](repeating: 0, count: slots)
                    var total = 0
                    for (slot, count) in counts {
                        dense[slot] = Int32(truncatingIfNeeded: count)
                        total += count
                    }
                    self = .dense(dense, total: total)
                } else {
                    self = .sparse(counts)
                }
            case .dense(var counts, var total):
                self = .sparse([:])
                if slot >= counts.count { counts += [Int32](repeating: 0, count: max(slots, slot + 1) - counts.count) }
                counts[slot] += Int32(truncatingIfNeeded: delta)
                total += delta
                if total == 0 { emptied = true } else { self = .dense(counts, total: total) }
            }
        }

        var isEmpty: Bool {
            switch self {
            case .sparse(let counts): return counts.isEmpty
            case .dense(_, let total): return total == 0
            }
        }
    }

    private(set) var fits: [NodeFit] = []
    /// Labels, taints and names, per slot; nil while no node of the slot's name exists.
    private(set) var infos: [NodeInfo?] = []
    private(set) var names: [String] = []
    private var slotByName: [String: Int] = [:]
    /// Slots of existing nodes, in node-name order: the order the scheduler walks them.
    private(set) var order: [Int] = []
    private var siblings: [String: SiblingCounts] = [:]
    private var keptScores = KeptScores()

    /// The slot for a node name, made on first mention. A name keeps its slot for good, so a
    /// pod placed before its node was deleted and re-created still finds the same slot.
    mutating func slot(for name: String) -> Int {
        if let slot = slotByName[name] { return slot }
        let slot = fits.count
        slotByName[name] = slot
        fits.append(NodeFit())
        infos.append(nil)
        names.append(name)
        return slot
    }

    func existingSlot(_ name: String) -> Int? { slotByName[name] }

    // MARK: Nodes

    mutating func addNode(_ info: NodeInfo) {
        let slot = slot(for: info.name)
        let wasLive = fits[slot].live
        infos[slot] = info
        fits[slot] = NodeFit()
        apply(info, to: slot)
        guard !wasLive else { return }
        // Binary insertion keeps `order` sorted as `names.sorted()` would.
        var low = 0
        var high = order.count
        while low < high {
            let mid = (low + high) / 2
            if names[order[mid]] < info.name { low = mid + 1 } else { high = mid }
        }
        order.insert(slot, at: low)
    }

    /// A changed Node object: new labels, taints and capacity; usage stays.
    mutating func refreshNode(_ info: NodeInfo) {
        guard let slot = slotByName[info.name], fits[slot].live else { return }
        infos[slot] = info
        apply(info, to: slot)
    }

    mutating func removeNode(_ name: String) {
        guard let slot = slotByName[name], fits[slot].live else { return }
        infos[slot] = nil
        fits[slot].live = false
        keptScores.forget(slot)
        order.removeAll { $0 == slot }
    }

    private mutating func apply(_ info: NodeInfo, to slot: Int) {
        keptScores.forget(slot)
        fits[slot].live = true
        fits[slot].restricted = info.unschedulable
            || info.taints.contains { $0.effect == "NoSchedule" || $0.effect == "NoExecute" }
        fits[slot].allocatableMilliCPU = info.allocatableMilliCPU
        fits[slot].allocatableMemory = info.allocatableMemory
        fits[slot].allocatablePods = info.allocatablePods
        fits[slot].scoredMilliCPU = -1
    }

    // MARK: Usage

    /// Adds (or, with `sign` -1, takes away) a pod's requests on a node.
    mutating func use(_ slot: Int, requests: PodRequests, sign: Int, owner: String?) {
        keptScores.forget(slot)
        if let owner { countSibling(owner, slot: slot, by: sign) }
        guard fits[slot].live else { return }
        fits[slot].requestedMilliCPU += Int64(sign) * requests.milliCPU
        fits[slot].requestedMemory += Int64(sign) * requests.memory
        fits[slot].podCount += sign
        fits[slot].scoredMilliCPU = -1
    }

    /// Changed in place, with one lookup of the owner.
    private mutating func countSibling(_ owner: String, slot: Int, by delta: Int) {
        var emptied = false
        siblings[owner, default: .sparse([:])].add(delta, at: slot, slots: fits.count, emptied: &emptied)
        if emptied { siblings[owner] = nil }
    }

    /// What one scheduling cycle asks of the nodes.
    struct Ask {
        var requests: PodRequests
        /// The scorer's view of the requests: pods that ask nothing count as 100m and 200Mi.
        var scoredMilliCPU: Int64
        var scoredMemory: Int64
        var owner: String?
        /// A node selector, node affinity or claims: every node needs the full filter.
        var constrained: Bool
    }

    /// kube-scheduler's filter and score in one pass. Walks `candidates` from `start`, as the
    /// filter does, until `wanted` nodes have passed or every one has been checked, and scores
    /// each node that passes at once: least allocated, less a penalty per pod of the same
    /// controller already there. The best-scoring, in walk order, are left at the start of
    /// `best` (scratch space, grown as needed and never shrunk: in a big cluster most nodes
    /// tie, so they are written in place rather than appended).
    ///
    /// A plain node (untainted, schedulable) with room passes on numbers alone, and its score
    /// is kept (`KeptScores`) for the next pod of the same kind. Any other goes to `filter`, with
    /// its labels and taints when the full filter is needed; a slot whose node is gone is
    /// passed over.
    /// - Returns: how many nodes were checked, how many passed, and how many tie for best.
    mutating func walk(_ candidates: [Int], from start: Int, wanted: Int, ask: Ask,
                       filter: (NodeFit, NodeInfo?) -> Bool, best: inout [Int]) -> (checked: Int, passed: Int, ties: Int) {
        let count = candidates.count
        guard count > 0 else { return (0, 0, 0) }
        if best.count < count { best = [Int](repeating: 0, count: count) }
        // The controller's counts, unpacked once for the loop.
        var dense: [Int32] = []
        var sparse: [Int: Int] = [:]
        switch ask.owner.flatMap({ siblings[$0] }) {
        case .dense(let counts, _): dense = counts
        case .sparse(let counts): sparse = counts
        case nil: break
        }
        // Kept scores serve pods that any plain node may take; taken out of `self` while the
        // loop writes them, so the array stays uniquely held.
        let quickly = !ask.constrained
        if quickly { keptScores.prepare(for: ask, slots: fits.count) }
        var kept = quickly ? keptScores.take() : []
        defer { if quickly { keptScores.put(kept) } }
        let infos = self.infos
        let requests = ask.requests
        var checked = 0
        var passed = 0
        var ties = 0
        var position = start
        var bestScore = Int.min
        candidates.withUnsafeBufferPointer { candidates in
            dense.withUnsafeBufferPointer { dense in
                best.withUnsafeMutableBufferPointer { best in
                    kept.withUnsafeMutableBufferPointer { kept in
                        fits.withUnsafeMutableBufferPointer { fits in
                            /// The node's score for this pod: least allocated (remembered until
                            /// its usage changes) less the controller's pods there.
                            func score(_ slot: Int) -> Int {
                                var score: Int
                                if fits[slot].scoredMilliCPU == ask.scoredMilliCPU,
                                    fits[slot].scoredMemory == ask.scoredMemory
                                {
                                    score = fits[slot].score
                                } else {
                                    score = Self.leastAllocated(fits[slot], milliCPU: ask.scoredMilliCPU,
                                                                memory: ask.scoredMemory)
                                    fits[slot].scoredMilliCPU = ask.scoredMilliCPU
                                    fits[slot].scoredMemory = ask.scoredMemory
                                    fits[slot].score = score
                                }
                                if slot < dense.count {
                                    score -= Int(dense[slot]) * 10
                                } else if !sparse.isEmpty {
                                    score -= (sparse[slot] ?? 0) * 10
                                }
                                return score
                            }
                            func passesOnNumbers(_ slot: Int) -> Bool {
                                !ask.constrained && !fits[slot].restricted
                                    && fits[slot].podCount + 1 <= fits[slot].allocatablePods
                                    && (requests.milliCPU == 0
                                        || fits[slot].requestedMilliCPU + requests.milliCPU
                                            <= fits[slot].allocatableMilliCPU)
                                    && (requests.memory == 0
                                        || fits[slot].requestedMemory + requests.memory <= fits[slot].allocatableMemory)
                            }
                            while checked < count, passed < wanted {
                                if quickly {
                                    // Nodes whose scores are kept, read in a tight loop of their own.
                                    var run = KeptRun(position: position, checked: checked, passed: passed, ties: ties,
                                                      bestScore: bestScore)
                                    Self.readKept(kept, candidates, best, wanted: wanted, &run)
                                    (position, checked, passed, ties, bestScore) =
                                        (run.position, run.checked, run.passed, run.ties, run.bestScore)
                                    guard checked < count, passed < wanted else { break }
                                }
                                let slot = candidates[position]
                                position = position + 1 == count ? 0 : position + 1
                                checked += 1
                                let nodeScore: Int
                                var known = quickly ? kept[slot] : KeptScores.needsFilter
                                if known == KeptScores.unknown {
                                    known = passesOnNumbers(slot) ? Int32(score(slot)) : KeptScores.needsFilter
                                    kept[slot] = known
                                }
                                if known != KeptScores.needsFilter {
                                    nodeScore = Int(known)
                                } else {
                                    if !passesOnNumbers(slot) {
                                        if !ask.constrained && !fits[slot].restricted {
                                            guard filter(fits[slot], nil) else { continue }
                                        } else {
                                            guard let node = infos[slot], filter(fits[slot], node) else { continue }
                                        }
                                    }
                                    nodeScore = score(slot)
                                }
                                passed += 1
                                if nodeScore > bestScore {
                                    bestScore = nodeScore
                                    ties = 0
                                } else if nodeScore < bestScore {
                                    continue
                                }
                                best[ties] = slot
                                ties += 1
                            }
                        }
                    }
                }
            }
        }
        return (checked, passed, ties)
    }

    /// The least-allocated score of a node for a pod asking `milliCPU` and `memory`.
    static func leastAllocated(_ fit: NodeFit, milliCPU: Int64, memory: Int64) -> Int {
        func share(_ requested: Int64, _ allocatable: Int64) -> Int {
            guard allocatable > 0 else { return 0 }
            let free = max(0, allocatable - requested)
            return Int(free * 100 / allocatable)
        }
        return (share(fit.requestedMilliCPU + milliCPU, fit.allocatableMilliCPU)
            + share(fit.requestedMemory + memory, fit.allocatableMemory)) / 2
    }
}
