import JSONValue

/// A change to one object, as a watch delivers it.
public struct WatchEvent {
    public enum EventType: String, Sendable { case added = "ADDED", modified = "MODIFIED", deleted = "DELETED" }

    public var type: EventType
    public var resource: ResourceType
    public var object: JSON
    /// The object before the change, for MODIFIED and DELETED.
    public var old: JSON?
    /// For pods, the facts watchers most often need, read once by the API server when it
    /// stored the object (nil for other kinds, and for events made up by a component).
    public var brief: PodBrief? = nil
    /// For a changed pod, the brief of what it replaced.
    public var previousBrief: PodBrief? = nil

    /// The pod facts of this change: the server's, or read from the object when there are none.
    public var podBrief: PodBrief { brief ?? PodBrief(object, previous: nil, referencesChanged: true) }
}
