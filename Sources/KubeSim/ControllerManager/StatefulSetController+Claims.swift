import JSONValue

/// A StatefulSet's stable storage: the claims its `volumeClaimTemplates` make for each pod,
/// and who owns them under its `persistentVolumeClaimRetentionPolicy`.
extension StatefulSetController {
    /// The claims a pod's volume claim templates make: `<template>-<set>-<ordinal>`, labelled
    /// with the set's selector.
    func claims(of sts: JSON, ordinal: Int) -> [JSON] {
        (sts["spec"]["volumeClaimTemplates"].array ?? []).map { template in
            var claim = template
            claim["metadata"]["name"] = .string("\(template.name)-\(sts.name)-\(ordinal)")
            claim["metadata"]["namespace"] = .string(sts.namespace)
            claim["metadata"].remove("creationTimestamp")
            for (key, value) in stringMap(sts["spec"]["selector"]["matchLabels"]) {
                claim["metadata"]["labels"][key] = .string(value)
            }
            claim.remove("status")
            if sts["spec"]["persistentVolumeClaimRetentionPolicy"]["whenDeleted"].string == "Delete" {
                claim["metadata"]["ownerReferences"] = [["apiVersion": "apps/v1", "kind": "StatefulSet",
                                                         "name": .string(sts.name), "uid": .string(sts.uid)]]
            }
            return claim
        }
    }

    /// `persistentVolumeClaimRetentionPolicy`: a claim is owned by the set while its pod is
    /// in range and `whenDeleted` is Delete, and by its pod once scaled away and `whenScaled`
    /// is Delete, so the garbage collector removes it with its owner. Retain leaves claims
    /// unowned, to outlive both.
    func reconcileClaimOwners(_ sts: JSON, _ pods: [Int: JSON], replicas: Int) {
        let templates = sts["spec"]["volumeClaimTemplates"].array ?? []
        guard !templates.isEmpty else { return }
        let policy = sts["spec"]["persistentVolumeClaimRetentionPolicy"]
        let deleteWithSet = policy["whenDeleted"].string == "Delete"
        let deleteWhenScaled = policy["whenScaled"].string == "Delete"
        for (ordinal, pod) in pods {
            let scaledAway = ordinal >= replicas
            var wanted: [JSON] = []
            if deleteWithSet && !(scaledAway && deleteWhenScaled) {
                wanted.append(["apiVersion": "apps/v1", "kind": "StatefulSet", "name": .string(sts.name), "uid": .string(sts.uid)])
            }
            if scaledAway && deleteWhenScaled {
                wanted.append(["apiVersion": "v1", "kind": "Pod", "name": .string(pod.name), "uid": .string(pod.uid)])
            }
            for template in templates {
                server.modify(.persistentVolumeClaim, namespace: sts.namespace, name: "\(template.name)-\(sts.name)-\(ordinal)") { claim in
                    let others = (claim["metadata"]["ownerReferences"].array ?? []).filter {
                        $0["uid"].string != sts.uid && $0["uid"].string != pod.uid
                    }
                    let references = others + wanted
                    claim["metadata"].set("ownerReferences", references.isEmpty ? nil : .array(references))
                }
            }
        }
    }
}
