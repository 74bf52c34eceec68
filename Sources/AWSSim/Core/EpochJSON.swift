import JSONValue
import SimCore

/// Timestamps as the AWS SDKs hand them to aws-cli: epoch seconds, which aws-cli v2 prints as
/// ISO 8601. Services differ in precision — IAM, EC2 and CloudTrail send whole seconds, Auto
/// Scaling and ECS milliseconds — so the backend picks the precision its service has.
enum EpochJSON {
    /// Whole seconds (`2026-01-01T00:00:00+00:00` once printed).
    static func seconds(_ time: SimTime) -> JSON { .int(Int(time.seconds)) }

    /// Seconds with the millisecond fraction (`2026-01-01T00:00:00.123000+00:00`), as an
    /// integer when the fraction is zero so Python's `isoformat` drops it as it would.
    static func millis(_ time: SimTime) -> JSON {
        time.milliseconds % 1000 == 0 ? .int(Int(time.seconds)) : .double(Double(time.milliseconds) / 1000)
    }

    /// A timestamp parameter as aws-cli sends it (epoch seconds, or an ISO 8601 text), or nil
    /// when it is neither or out of range.
    static func time(_ value: JSON) -> SimTime? {
        if let seconds = value.double {
            guard seconds.isFinite, abs(seconds) < 1e14 else { return nil }
            return SimTime(milliseconds: Int64((seconds * 1000).rounded()))
        }
        if let text = value.string { return SimTime(rfc3339: text) }
        return nil
    }
}
