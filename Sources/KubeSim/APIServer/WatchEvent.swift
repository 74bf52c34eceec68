import JSONValue

/// A change to one object, as a watch delivers it.
public struct WatchEvent {
    public enum EventType: String, Sendable { case added = "ADDED", modified = "MODIFIED", deleted = "DELETED" }

    public var type: EventType
    public var resource: ResourceType
    public var object: JSON
    /// The object before the change, for MODIFIED and DELETED.
    public var old: JSON?
}
