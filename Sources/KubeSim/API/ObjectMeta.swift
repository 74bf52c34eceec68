import JSONValue
import SimCore

/// The newest of `objects` by creation time, the first by name among equally new ones: how
/// the admission plugins choose a default class when several are marked default.
public func newestObject(_ objects: [JSON]) -> JSON? {
    objects.max { a, b in
        let (ta, tb) = (a.creationTimestamp?.milliseconds ?? 0, b.creationTimestamp?.milliseconds ?? 0)
        return ta == tb ? a.name > b.name : ta < tb
    }
}

/// Typed reads of `metadata` on a stored object.
///
/// Objects are kept as JSON (what the API serves and kubectl prints); these accessors give the
/// components a readable vocabulary without a second, typed copy of every object.
extension JSON {
    public var name: String { self["metadata"]["name"].string ?? "" }
    public var namespace: String { self["metadata"]["namespace"].string ?? "" }
    public var uid: String { self["metadata"]["uid"].string ?? "" }
    public var kind: String { self["kind"].string ?? "" }
    public var resourceVersion: String { self["metadata"]["resourceVersion"].string ?? "" }
    public var generation: Int { self["metadata"]["generation"].int ?? 0 }

    public var labels: [String: String] { stringMap(self["metadata"]["labels"]) }
    public var annotations: [String: String] { stringMap(self["metadata"]["annotations"]) }

    public var creationTimestamp: SimTime? {
        self["metadata"]["creationTimestamp"].string.flatMap { SimTime(rfc3339: $0) }
    }

    public var deletionTimestamp: SimTime? {
        self["metadata"]["deletionTimestamp"].string.flatMap { SimTime(rfc3339: $0) }
    }

    public var isTerminating: Bool { !self["metadata"]["deletionTimestamp"].isNull }

    public var finalizers: [String] { (self["metadata"]["finalizers"].array ?? []).compactMap(\.string) }

    /// The owner marked `controller: true`, if any. Read straight from the JSON: watchers ask
    /// this of every pod change.
    public var controllerReference: OwnerReference? {
        guard case .array(let references) = self["metadata"]["ownerReferences"] else { return nil }
        for reference in references where reference["controller"] == .bool(true) {
            return OwnerReference(apiVersion: reference["apiVersion"].string ?? "", kind: reference["kind"].string ?? "",
                                  name: reference["name"].string ?? "", uid: reference["uid"].string ?? "",
                                  controller: true)
        }
        return nil
    }

    public var ownerReferences: [OwnerReference] {
        (self["metadata"]["ownerReferences"].array ?? []).map {
            OwnerReference(apiVersion: $0["apiVersion"].string ?? "", kind: $0["kind"].string ?? "",
                           name: $0["name"].string ?? "", uid: $0["uid"].string ?? "",
                           controller: $0["controller"].bool ?? false)
        }
    }
}

/// A `metav1.OwnerReference`.
public struct OwnerReference: Equatable, Hashable, Sendable {
    public var apiVersion: String
    public var kind: String
    public var name: String
    public var uid: String
    public var controller: Bool

    public init(apiVersion: String, kind: String, name: String, uid: String, controller: Bool = true) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.name = name
        self.uid = uid
        self.controller = controller
    }

    /// The JSON form, with `blockOwnerDeletion` as controllers set it.
    public var json: JSON {
        ["apiVersion": .string(apiVersion), "blockOwnerDeletion": true, "controller": .bool(controller),
         "kind": .string(kind), "name": .string(name), "uid": .string(uid)]
    }
}

public func stringMap(_ value: JSON) -> [String: String] {
    guard let object = value.object else { return [:] }
    var result: [String: String] = [:]
    for member in object.entries {
        if let s = member.value.string { result[member.key] = s }
    }
    return result
}

extension Dictionary where Key == String, Value == String {
    /// `k=v,k2=v2` sorted by key, as kubectl shows labels and selectors; nil when empty.
    public var selectorString: String {
        keys.sorted().map { "\($0)=\(self[$0] ?? "")" }.joined(separator: ",")
    }

    /// As a JSON object with sorted keys.
    public var json: JSON {
        .object(JSONObject(keys.sorted().map { ($0, JSON.string(self[$0] ?? "")) }))
    }
}
