import JSONValue
import SimCore

/// The pod-template history DaemonSets and StatefulSets keep, as ControllerRevisions (as
/// `pkg/controller/history` and the two controllers keep it). Each revision holds the patch
/// that puts one template back — `{"spec":{"template":{"$patch":"replace",…}}}` — and a
/// revision number; the newest number is the owner's current template. A template used again
/// takes a new number on its old revision rather than a new revision.
public struct ControllerHistory {
    let server: APIServer

    /// The revisions `owner` controls, lowest revision number first.
    func revisions(of owner: JSON) -> [JSON] {
        server.index.unorderedChildren(ofOwner: owner.uid).filter { $0.prefix == ResourceType.controllerRevision.etcdPrefix }
            .compactMap { server.object(.controllerRevision, namespace: $0.namespace, name: $0.name) }
            .sorted { ($0["revision"].int ?? 0, $0.name) < ($1["revision"].int ?? 0, $1.name) }
    }

    /// The revision holding `owner`'s template as it is now, numbered after all the others:
    /// an existing one renumbered if it is not the newest, else a new one named `name` and
    /// labelled `labels`, which carries the owner's annotations. Nil only when the name is
    /// taken by a revision of another template (a hash collision).
    func record(_ owner: JSON, name: String, labels: JSON) -> JSON? {
        let all = revisions(of: owner)
        let latest = all.map { $0["revision"].int ?? 0 }.max() ?? 0
        if let equal = all.last(where: { Self.restores(owner, $0) }) {
            guard (equal["revision"].int ?? 0) < latest else { return equal }
            return server.modify(.controllerRevision, namespace: owner.namespace, name: equal.name) {
                $0["revision"] = .int(latest + 1)
            } ?? equal
        }
        var metadata = JSONObject()
        metadata["name"] = .string(name)
        metadata["labels"] = labels
        if let annotations = owner["metadata"]["annotations"].object, !annotations.isEmpty {
            metadata["annotations"] = .object(annotations)
        }
        let reference = OwnerReference(apiVersion: owner["apiVersion"].string ?? "apps/v1", kind: owner.kind,
                                       name: owner.name, uid: owner.uid)
        metadata["ownerReferences"] = [reference.json]
        let revision: JSON = ["apiVersion": "apps/v1", "kind": "ControllerRevision", "metadata": .object(metadata),
                              "data": Self.patch(restoring: owner), "revision": .int(latest + 1)]
        return try? server.create(.controllerRevision, revision, namespace: owner.namespace)
    }

    /// Deletes the oldest revisions beyond the owner's `revisionHistoryLimit`, never one that
    /// `isLive` says a pod or the owner still uses.
    func prune(_ owner: JSON, isLive: (JSON) -> Bool) {
        let limit = owner["spec"]["revisionHistoryLimit"].int ?? 10
        let all = revisions(of: owner)
        // The owner's own revision is live: with no more than `limit` others, all stay.
        guard all.count > limit + 1 else { return }
        let old = all.filter { !isLive($0) }
        for revision in old.prefix(max(0, old.count - limit)) {
            _ = try? server.delete(.controllerRevision, namespace: owner.namespace, name: revision.name)
        }
    }

    /// What a revision of `owner` holds: the patch that replaces its template.
    static func patch(restoring owner: JSON) -> JSON {
        var template = owner["spec"]["template"]
        template["$patch"] = "replace"
        return ["spec": ["template": template]]
    }

    /// The template `revision` puts back.
    public static func template(of revision: JSON) -> JSON {
        var template = revision["data"]["spec"]["template"]
        template.remove("$patch")
        return template
    }

    /// Whether `revision` holds `owner`'s template as it is. The controllers compare the
    /// patches' bytes, whose keys are sorted; equal JSON is the same thing, found faster.
    static func restores(_ owner: JSON, _ revision: JSON) -> Bool {
        revision["data"] == patch(restoring: owner)
    }

    /// A StatefulSet revision's hash (`HashControllerRevision`): 32-bit FNV-1 of the patch's
    /// bytes followed by the collision count, spelled in the safe alphabet.
    static func hash(_ data: JSON, collisionCount: Int) -> String {
        PodTemplate.safeEncoded(String(fnv1_32(bytes(data) + String(collisionCount))))
    }

    /// A patch as the controllers write it: Go's `json.Marshal` of a map, keys sorted, compact.
    static func bytes(_ data: JSON) -> String { JSONWriter.goCompact.write(PodTemplate.canonical(data)) }
}
