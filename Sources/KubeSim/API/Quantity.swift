/// A Kubernetes resource quantity (`100m`, `0.5`, `128Mi`, `1G`, `2e3`), held in thousandths
/// so both CPU millicores and memory bytes are exact integers.
public struct Quantity: Hashable, Comparable, Sendable {
    /// The value × 1000.
    public var milli: Int64

    public init(milli: Int64) { self.milli = milli }

    public static let zero = Quantity(milli: 0)

    public static func < (lhs: Quantity, rhs: Quantity) -> Bool { lhs.milli < rhs.milli }
    public static func + (lhs: Quantity, rhs: Quantity) -> Quantity { Quantity(milli: lhs.milli &+ rhs.milli) }
    public static func - (lhs: Quantity, rhs: Quantity) -> Quantity { Quantity(milli: lhs.milli &- rhs.milli) }

    /// The whole-unit value, rounded up (bytes for memory, cores for cpu).
    public var value: Int64 { (milli + 999) / 1000 }

    private static let binarySuffixes: [(String, Int64)] = [
        ("Ki", 1 << 10), ("Mi", 1 << 20), ("Gi", 1 << 30), ("Ti", 1 << 40), ("Pi", 1 << 50), ("Ei", 1 << 60),
    ]
    private static let decimalSuffixes: [(String, Double)] = [
        ("n", 1e-9), ("u", 1e-6), ("m", 1e-3), ("k", 1e3), ("M", 1e6), ("G", 1e9), ("T", 1e12), ("P", 1e15), ("E", 1e18),
    ]

    /// Parses the canonical forms; nil for anything the API server would reject.
    public init?(_ text: String) {
        guard !text.isEmpty, text.count <= 64 else { return nil }
        var number = text
        var multiplier: Double = 1
        if let (suffix, factor) = Self.binarySuffixes.first(where: { text.hasSuffix($0.0) }) {
            number = String(text.dropLast(suffix.count))
            multiplier = Double(factor)
        } else if let (suffix, factor) = Self.decimalSuffixes.first(where: { text.hasSuffix($0.0) }) {
            number = String(text.dropLast(suffix.count))
            multiplier = factor
        }
        let allowed = Set("0123456789.+-eE")
        guard !number.isEmpty, number.allSatisfy({ allowed.contains($0) }),
            let value = Double(number), value.isFinite
        else { return nil }
        let milli = value * multiplier * 1000
        guard abs(milli) < 9.0e18 else { return nil }
        self.milli = Int64(milli.rounded(.up))
    }

    /// From a JSON quantity (string or number).
    public init?(json: Any?) {
        switch json {
        case let s as String: self.init(s)
        case let i as Int: self.init(milli: Int64(i) * 1000)
        default: return nil
        }
    }

    /// CPU in the form kubectl describe and top use: `250m`, `1`, `1500m`.
    public var cpuString: String {
        milli % 1000 == 0 ? String(milli / 1000) : "\(milli)m"
    }

    /// Memory in the largest binary unit that divides it: `128Mi`, `4Gi`, else bytes.
    public var memoryString: String {
        let bytes = value
        for (suffix, factor) in Self.binarySuffixes.reversed() where bytes != 0 && bytes % factor == 0 {
            return "\(bytes / factor)\(suffix)"
        }
        return String(bytes)
    }
}
