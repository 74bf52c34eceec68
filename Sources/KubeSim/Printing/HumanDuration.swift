import GoPorts
import SimCore

/// Ages on the simulated clock, in `duration.HumanDuration`'s words.
extension HumanDuration {
    public static func format(_ duration: SimDuration) -> String {
        // Go's time.Duration truncates toward zero when converted to whole seconds.
        format(seconds: Int(duration.milliseconds / 1000))
    }

    /// The age of a timestamp at `now`, or `<unknown>` when there is none.
    public static func age(of time: SimTime?, now: SimTime) -> String {
        guard let time else { return "<unknown>" }
        return format(now - time)
    }
}
