/// A point on the simulated timeline, in milliseconds since the Unix epoch.
///
/// Every timestamp Shipyard shows — AGE columns, `creationTimestamp`, aws-cli's `createdAt` —
/// is derived from one of these, never from the host's clock, so a replay prints the same bytes.
public struct SimTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var milliseconds: Int64

    public init(milliseconds: Int64) { self.milliseconds = milliseconds }
    public init(seconds: Int64) { self.milliseconds = seconds * 1000 }

    public static func < (lhs: SimTime, rhs: SimTime) -> Bool { lhs.milliseconds < rhs.milliseconds }

    public static func + (lhs: SimTime, rhs: Duration) -> SimTime {
        SimTime(milliseconds: lhs.milliseconds + rhs.milliseconds)
    }

    public static func - (lhs: SimTime, rhs: Duration) -> SimTime {
        SimTime(milliseconds: lhs.milliseconds - rhs.milliseconds)
    }

    public static func - (lhs: SimTime, rhs: SimTime) -> Duration {
        Duration(milliseconds: lhs.milliseconds - rhs.milliseconds)
    }

    /// Whole seconds since the epoch (floor).
    public var seconds: Int64 {
        milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000
    }

    public var description: String { rfc3339 }
}

extension SimTime {
    /// A simulated span of time with millisecond resolution.
    public struct Duration: Hashable, Comparable, Sendable, CustomStringConvertible {
        public var milliseconds: Int64

        public init(milliseconds: Int64) { self.milliseconds = milliseconds }
        public static func seconds(_ s: Int64) -> Duration { Duration(milliseconds: s * 1000) }
        public static func seconds(_ s: Double) -> Duration { Duration(milliseconds: Int64((s * 1000).rounded())) }
        public static func minutes(_ m: Int64) -> Duration { Duration(milliseconds: m * 60_000) }
        public static func hours(_ h: Int64) -> Duration { Duration(milliseconds: h * 3_600_000) }
        public static func millis(_ ms: Int64) -> Duration { Duration(milliseconds: ms) }
        public static let zero = Duration(milliseconds: 0)

        public static func < (lhs: Duration, rhs: Duration) -> Bool { lhs.milliseconds < rhs.milliseconds }
        public static func + (lhs: Duration, rhs: Duration) -> Duration {
            Duration(milliseconds: lhs.milliseconds + rhs.milliseconds)
        }
        public static func * (lhs: Duration, rhs: Int64) -> Duration {
            Duration(milliseconds: lhs.milliseconds * rhs)
        }

        public var seconds: Double { Double(milliseconds) / 1000 }
        public var description: String { "\(milliseconds)ms" }
    }
}
public typealias SimDuration = SimTime.Duration
