import JSONValue
import SimCore

/// Records core/v1 Events the way components do through client-go's recorder: one Event per
/// (object, reason, message), counted and re-stamped when it repeats ("x5 over 3m").
///
/// Recording takes what the event needs from the object and hands it to a broadcaster, whose
/// worker correlates and writes it (`EventCorrelator`), as client-go's broadcaster does.
public final class EventRecorder {
    /// Who reports: a component, and the node it runs on. A class, so the million events of a
    /// big rollout share their reporters instead of each keeping two strings.
    public final class Source: Sendable {
        public let component: String
        public let host: String?

        public init(component: String, host: String? = nil) {
            self.component = component
            self.host = host
        }
    }

    private let server: APIServer
    private let broadcaster: EventBroadcaster<EventCorrelator.Occurrence>
    /// Off for very large simulations, where per-pod events would dominate.
    public var enabled = true

    public init(server: APIServer) {
        self.server = server
        let correlator = EventCorrelator(server: server)
        broadcaster = EventBroadcaster { correlator.write($0) }
        // Whoever reads events first waits for those still on their way.
        server.waitForEvents { [weak broadcaster] in broadcaster?.flush() }
    }

    /// Records an event about `object`. `fieldPath` names a container: `spec.containers{nginx}`.
    public func record(_ object: JSON, type: String = "Normal", reason: String, message: String,
                       source: Source, fieldPath: String? = nil) {
        guard enabled else { return }
        let metadata = object["metadata"]
        // Every event is one write, a new Event or a repeat counted: its revision is taken now.
        let occurrence = EventCorrelator.Occurrence(
            now: server.now, revision: server.etcd.bumpRevision(), kind: object.kind,
            namespace: metadata["namespace"].string ?? "", name: metadata["name"].string ?? "",
            uid: metadata["uid"].string ?? "", apiVersion: object["apiVersion"],
            resourceVersion: metadata["resourceVersion"].string ?? "", type: type, reason: reason, message: message,
            source: source, fieldPath: fieldPath, heard: server.hearsEventWrites)
        broadcaster.submit(occurrence)
        // A watcher of events hears of it at once, as of any other write.
        if occurrence.heard { broadcaster.flush() }
    }
}
