/// Go's `sort.Sort` (pattern-defeating quicksort, Go 1.19–1.23), reimplemented step for step.
///
/// `--sort-by` is not a stable sort, and kubectl's comparison is not even a strict order
/// (two objects that both lack the field each sort "before" the other). Which of several equal
/// pods comes first is therefore decided by the exact sequence of comparisons and swaps Go
/// makes, so a learner sees the same order only if this follows Go's algorithm exactly.
///
/// Sorting happens on `order`, a permutation of `0..<count`; `less` compares original indexes
/// and may throw to abort the sort (kubectl exits mid-sort on an unsortable value).
public struct GoSort<Failure: Error> {
    private(set) var order: [Int]
    private let less: (Int, Int) throws(Failure) -> Bool

    init(count: Int, less: @escaping (Int, Int) throws(Failure) -> Bool) {
        self.order = Array(0..<count)
        self.less = less
    }

    /// Runs `sort.Sort` and returns the final order of original indexes.
    public static func sort(count: Int, less: @escaping (Int, Int) throws(Failure) -> Bool) throws(Failure) -> [Int] {
        var sorter = GoSort(count: count, less: less)
        let n = count
        if n > 1 { try sorter.pdqsort(0, n, limit: bitLength(n)) }
        return sorter.order
    }

    private static func bitLength(_ n: Int) -> Int { Int.bitWidth - n.leadingZeroBitCount }

    private func isLess(_ i: Int, _ j: Int) throws(Failure) -> Bool {
        try less(order[i], order[j])
    }

    private mutating func swap(_ i: Int, _ j: Int) {
        order.swapAt(i, j)
    }

    private mutating func insertionSort(_ a: Int, _ b: Int) throws(Failure) {
        var i = a + 1
        while i < b {
            var j = i
            while j > a, try isLess(j, j - 1) {
                swap(j, j - 1)
                j -= 1
            }
            i += 1
        }
    }

    private mutating func siftDown(_ lo: Int, _ hi: Int, _ first: Int) throws(Failure) {
        var root = lo
        while true {
            var child = 2 * root + 1
            if child >= hi { return }
            if child + 1 < hi, try isLess(first + child, first + child + 1) { child += 1 }
            if !(try isLess(first + root, first + child)) { return }
            swap(first + root, first + child)
            root = child
        }
    }

    private mutating func heapSort(_ a: Int, _ b: Int) throws(Failure) {
        let first = a
        let hi = b - a
        var i = (hi - 1) / 2
        while i >= 0 {
            try siftDown(i, hi, first)
            i -= 1
        }
        i = hi - 1
        while i >= 0 {
            swap(first, first + i)
            try siftDown(0, i, first)
            i -= 1
        }
    }

    private enum Hint { case unknown, increasing, decreasing }

    private mutating func pdqsort(_ a0: Int, _ b0: Int, limit limit0: Int) throws(Failure) {
        let maxInsertion = 12
        var a = a0
        var b = b0
        var limit = limit0
        var wasBalanced = true
        var wasPartitioned = true

        while true {
            let length = b - a
            if length <= maxInsertion {
                try insertionSort(a, b)
                return
            }
            if limit == 0 {
                try heapSort(a, b)
                return
            }
            if !wasBalanced {
                breakPatterns(a, b)
                limit -= 1
            }

            var (pivot, hint) = try choosePivot(a, b)
            if hint == .decreasing {
                reverseRange(a, b)
                pivot = (b - 1) - (pivot - a)
                hint = .increasing
            }
            if wasBalanced && wasPartitioned && hint == .increasing {
                if try partialInsertionSort(a, b) { return }
            }
            if a > 0, !(try isLess(a - 1, pivot)) {
                a = try partitionEqual(a, b, pivot)
                continue
            }

            let (mid, alreadyPartitioned) = try partition(a, b, pivot)
            wasPartitioned = alreadyPartitioned
            let leftLength = mid - a
            let rightLength = b - mid
            let balanceThreshold = length / 8
            if leftLength < rightLength {
                wasBalanced = leftLength >= balanceThreshold
                try pdqsort(a, mid, limit: limit)
                a = mid + 1
            } else {
                wasBalanced = rightLength >= balanceThreshold
                try pdqsort(mid + 1, b, limit: limit)
                b = mid
            }
        }
    }

    private mutating func partition(_ a: Int, _ b: Int, _ pivot: Int) throws(Failure) -> (Int, Bool) {
        swap(a, pivot)
        var i = a + 1
        var j = b - 1
        while i <= j, try isLess(i, a) { i += 1 }
        while i <= j, !(try isLess(j, a)) { j -= 1 }
        if i > j {
            swap(j, a)
            return (j, true)
        }
        swap(i, j)
        i += 1
        j -= 1
        while true {
            while i <= j, try isLess(i, a) { i += 1 }
            while i <= j, !(try isLess(j, a)) { j -= 1 }
            if i > j { break }
            swap(i, j)
            i += 1
            j -= 1
        }
        swap(j, a)
        return (j, false)
    }

    private mutating func partitionEqual(_ a: Int, _ b: Int, _ pivot: Int) throws(Failure) -> Int {
        swap(a, pivot)
        var i = a + 1
        var j = b - 1
        while true {
            while i <= j, !(try isLess(a, i)) { i += 1 }
            while i <= j, try isLess(a, j) { j -= 1 }
            if i > j { break }
            swap(i, j)
            i += 1
            j -= 1
        }
        return i
    }

    private mutating func partialInsertionSort(_ a: Int, _ b: Int) throws(Failure) -> Bool {
        let maxSteps = 5
        let shortestShifting = 50
        var i = a + 1
        for _ in 0..<maxSteps {
            while i < b, !(try isLess(i, i - 1)) { i += 1 }
            if i == b { return true }
            if b - a < shortestShifting { return false }
            swap(i, i - 1)
            // Go's bound here is 1, not a+1; kept as is.
            if i - a >= 2 {
                var j = i - 1
                while j >= 1 {
                    if !(try isLess(j, j - 1)) { break }
                    swap(j, j - 1)
                    j -= 1
                }
            }
            if b - i >= 2 {
                var j = i + 1
                while j < b {
                    if !(try isLess(j, j - 1)) { break }
                    swap(j, j - 1)
                    j += 1
                }
            }
        }
        return false
    }

    private mutating func breakPatterns(_ a: Int, _ b: Int) {
        let length = b - a
        guard length >= 8 else { return }
        var random = UInt64(length)
        let modulus = UInt(1) << UInt(Self.bitLength(length))
        var idx = a + (length / 4) * 2 - 1
        while idx <= a + (length / 4) * 2 + 1 {
            random ^= random << 13
            random ^= random >> 17
            random ^= random << 5
            var other = Int(UInt(truncatingIfNeeded: random) & (modulus - 1))
            if other >= length { other -= length }
            swap(idx, a + other)
            idx += 1
        }
    }

    private func choosePivot(_ a: Int, _ b: Int) throws(Failure) -> (Int, Hint) {
        let shortestNinther = 50
        let maxSwaps = 4 * 3
        let l = b - a
        var swaps = 0
        var i = a + l / 4 * 1
        var j = a + l / 4 * 2
        var k = a + l / 4 * 3
        if l >= 8 {
            if l >= shortestNinther {
                i = try medianAdjacent(i, &swaps)
                j = try medianAdjacent(j, &swaps)
                k = try medianAdjacent(k, &swaps)
            }
            j = try median(i, j, k, &swaps)
        }
        switch swaps {
        case 0: return (j, .increasing)
        case maxSwaps: return (j, .decreasing)
        default: return (j, .unknown)
        }
    }

    private func order2(_ a: Int, _ b: Int, _ swaps: inout Int) throws(Failure) -> (Int, Int) {
        if try isLess(b, a) {
            swaps += 1
            return (b, a)
        }
        return (a, b)
    }

    private func median(_ a0: Int, _ b0: Int, _ c0: Int, _ swaps: inout Int) throws(Failure) -> Int {
        var (a, b) = try order2(a0, b0, &swaps)
        var c: Int
        (b, c) = try order2(b, c0, &swaps)
        _ = c
        (a, b) = try order2(a, b, &swaps)
        return b
    }

    private func medianAdjacent(_ a: Int, _ swaps: inout Int) throws(Failure) -> Int {
        try median(a - 1, a, a + 1, &swaps)
    }

    private mutating func reverseRange(_ a: Int, _ b: Int) {
        var i = a
        var j = b - 1
        while i < j {
            swap(i, j)
            i += 1
            j -= 1
        }
    }
}

extension GoSort where Failure == Never {
    /// `items` in the order Go's `sort.Sort` (or `sort.Slice`) leaves them with this `less`.
    public static func sorted<Element>(_ items: [Element], by less: @escaping (Element, Element) -> Bool) -> [Element] {
        sort(count: items.count) { less(items[$0], items[$1]) }.map { items[$0] }
    }
}
