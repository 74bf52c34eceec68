/// The one source of randomness in a world: every name suffix, ID, IP, digest and UUID.
///
/// Streams are split by purpose (`stream("pod-names")`), each seeded from the world seed and
/// the purpose's name. Adding a new kind of ID therefore does not shift the IDs that existing
/// transcripts already show — only the stream that changed moves.
public final class SeededGenerator {
    public let seed: UInt64
    private var streams: [String: StreamState] = [:]

    public init(seed: UInt64) { self.seed = seed }

    /// A deterministic generator for one purpose.
    public func stream(_ purpose: String) -> RandomStream {
        if let state = streams[purpose] { return RandomStream(state: state) }
        let state = StreamState(generator: SplitMix64(state: seed ^ fnv1a64(purpose)))
        streams[purpose] = state
        return RandomStream(state: state)
    }

    /// A copy with identical state, for snapshots (`undo`, lesson reset).
    public func copy() -> SeededGenerator {
        let clone = SeededGenerator(seed: seed)
        clone.streams = streams.mapValues { StreamState(generator: $0.generator) }
        return clone
    }
}

/// One purpose's generator, shared by every handle on that purpose.
final class StreamState {
    var generator: SplitMix64
    init(generator: SplitMix64) { self.generator = generator }
}

/// A handle on one purpose's stream, with the formats Kubernetes and AWS use.
public struct RandomStream {
    let state: StreamState

    public func next() -> UInt64 { state.generator.next() }

    /// A uniform integer in `range` (no modulo bias worth caring about at these sizes).
    public func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % span)
    }

    /// A uniform double in [0, 1).
    public func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    public func string(length: Int, alphabet: [Character]) -> String {
        guard !alphabet.isEmpty else { return "" }
        if alphabet.allSatisfy(\.isASCII) {
            return ascii(length: length, alphabet: alphabet.compactMap(\.asciiValue))
        }
        return String((0..<length).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] })
    }

    /// `string(length:alphabet:)` for an ASCII alphabet, built as bytes.
    func ascii(length: Int, alphabet: [UInt8]) -> String {
        let count = UInt64(alphabet.count)
        return String(unsafeUninitializedCapacity: max(length, 0)) { buffer in
            if count.nonzeroBitCount == 1 {
                // A power of two (hex digits): the same remainder, taken without a division.
                let mask = count - 1
                for index in 0..<max(length, 0) { buffer[index] = alphabet[Int(next() & mask)] }
            } else {
                for index in 0..<max(length, 0) { buffer[index] = alphabet[Int(next() % count)] }
            }
            return max(length, 0)
        }
    }

    static let hexDigits = Array("0123456789abcdef".utf8)

    /// Lower-case hex digits, e.g. ECS task IDs (32) or EC2 resource suffixes (17).
    public func hex(_ length: Int) -> String { ascii(length: length, alphabet: Self.hexDigits) }

    /// The suffix alphabet of Kubernetes' generated names (no vowels, no confusable digits).
    public static let kubernetesAlphabet: [Character] = Array("bcdfghjklmnpqrstvwxz2456789")

    /// A 5-character suffix as `generateName` produces: `web-7c5ddbdf54-x8kq2`.
    public func kubernetesSuffix() -> String { ascii(length: 5, alphabet: Self.kubernetesBytes) }
    static let kubernetesBytes = kubernetesAlphabet.compactMap(\.asciiValue)

    /// A random (version 4) UUID in its canonical lower-case form.
    public func uuid() -> String {
        let high = next()
        let low = next()
        return String(unsafeUninitializedCapacity: 36) { text in
            var position = 0
            for i in 0..<16 {
                var byte = UInt8(truncatingIfNeeded: (i < 8 ? high : low) >> (8 * UInt64(i % 8)))
                if i == 6 { byte = (byte & 0x0f) | 0x40 }
                if i == 8 { byte = (byte & 0x3f) | 0x80 }
                if i == 4 || i == 6 || i == 8 || i == 10 {
                    text[position] = 45
                    position += 1
                }
                text[position] = Self.hexDigits[Int(byte >> 4)]
                text[position + 1] = Self.hexDigits[Int(byte & 0x0f)]
                position += 2
            }
            return position
        }
    }

    /// A `sha256:` digest of 64 hex digits.
    public func sha256Digest() -> String { "sha256:" + hex(64) }
}

/// SplitMix64: tiny, fast, and good enough for IDs; its output is fixed by its published algorithm.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// 64-bit FNV-1a, used to derive stream seeds from names.
public func fnv1a64(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01b3
    }
    return hash
}

/// 32-bit FNV-1 (multiply, then xor: Go's `fnv.New32`), as Kubernetes hashes a
/// ControllerRevision's data.
public func fnv1_32(_ text: String) -> UInt32 {
    var hash: UInt32 = 0x811c_9dc5
    for byte in text.utf8 {
        hash = hash &* 0x0100_0193
        hash ^= UInt32(byte)
    }
    return hash
}

/// 32-bit FNV-1a, as Kubernetes uses for pod-template hashes.
public func fnv1a32(_ text: String) -> UInt32 {
    var hash: UInt32 = 0x811c_9dc5
    for byte in text.utf8 {
        hash ^= UInt32(byte)
        hash = hash &* 0x0100_0193
    }
    return hash
}
