import JSONValue
import SimCore

/// What is particular about one kind: its defaults, its validation, how updates treat it, and
/// how it prints as a table. Modelled on the API server's per-resource registry strategies.
public protocol ResourceStrategy: AnyObject {
    /// The error decoding `object` would give (a malformed quantity), before anything else.
    func decodeError(_ object: JSON, type: ResourceType) -> APIError?
    /// Fills the defaults the real API server applies (what `-o yaml` shows afterwards).
    func applyDefaults(_ object: inout JSON, context: StrategyContext)
    /// Validation errors for a new object; empty when valid.
    func validate(_ object: JSON, context: StrategyContext) -> [FieldError]
    /// Validation errors for an update; empty when valid.
    func validateUpdate(_ object: JSON, old: JSON, context: StrategyContext) -> [FieldError]
    /// Whether `metadata.generation` counts spec changes (workloads do; pods do not).
    var tracksGeneration: Bool { get }
    /// Whether an update changes what `generation` counts (the spec, for most kinds).
    func specChanged(_ object: JSON, from old: JSON) -> Bool
    /// Sets what an update changes besides the client's edit (a DaemonSet's template
    /// generation), once the update is known to be valid.
    func prepareForUpdate(_ object: inout JSON, old: JSON)
    /// Whether deletion waits for a grace period (pods) instead of removing at once.
    func gracePeriod(for object: JSON, requested: Int?) -> Int?
    /// The server-side table: column definitions and one row per object.
    var table: TableConvertor { get }
}

extension ResourceStrategy {
    public func decodeError(_ object: JSON, type: ResourceType) -> APIError? {
        QuantityFields.decodeError(object, type: type)
    }
    public func applyDefaults(_ object: inout JSON, context: StrategyContext) {}
    public func validate(_ object: JSON, context: StrategyContext) -> [FieldError] { [] }
    public func validateUpdate(_ object: JSON, old: JSON, context: StrategyContext) -> [FieldError] {
        validate(object, context: context)
    }
    public var tracksGeneration: Bool { false }
    public func specChanged(_ object: JSON, from old: JSON) -> Bool { object["spec"] != old["spec"] }
    public func prepareForUpdate(_ object: inout JSON, old: JSON) {}
    public func gracePeriod(for object: JSON, requested: Int?) -> Int? { nil }
}

/// What a strategy may consult: the clock and a source of generated names.
public struct StrategyContext {
    public let now: SimTime
    public let random: SeededGenerator
    public let server: APIServer
    /// True while creating (admission-time defaults apply), false on update.
    public let isCreate: Bool
}

/// The fallback for kinds without their own behaviour: stored as given, printed as NAME and AGE.
final class GenericStrategy: ResourceStrategy {
    var table: TableConvertor { TableConvertor.nameAndAge }
}
