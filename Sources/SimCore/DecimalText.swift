extension Int64 {
    /// The number in decimal, written straight into a new string. The API server makes one
    /// for every write (`resourceVersion`); `String(_:)` goes through the generic
    /// `description` witness, several times the work and the code.
    public var decimalText: String {
        if self == 0 { return "0" }
        let negative = self < 0
        var magnitude = self.magnitude
        var digits = 0
        var rest = magnitude
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        let count = digits + (negative ? 1 : 0)
        return String(unsafeUninitializedCapacity: count) { buffer in
            var index = count - 1
            while magnitude > 0 {
                buffer[index] = UInt8(truncatingIfNeeded: 48 + magnitude % 10)
                magnitude /= 10
                index -= 1
            }
            if negative { buffer[0] = UInt8(ascii: "-") }
            return count
        }
    }
}
