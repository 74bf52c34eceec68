import JSONValue

/// The last pod spec admitted on create and what defaulting, admission and validation made of
/// it. A ReplicaSet, Job or DaemonSet creates its pods from one template, and their specs
/// share the template's storage until something changes them: for those pods the work is done
/// once, and each pod gets only its own service-account token volume name (the one part of
/// admission that is drawn afresh). A spec that is equal but not shared is admitted in full.
final class PodAdmissionMemo {
    /// Where admission put the token volume: the spec's last volume, and the last mount of
    /// each container listed.
    struct TokenMount {
        var containers: [(list: String, index: Int)]
    }

    struct Entry {
        /// The spec as the client sent it; kept, so that its storage cannot be reused.
        let input: JSONObject
        /// The spec as admitted, with the first pod's token volume name.
        let admitted: JSON
        let qosClass: String
        let token: TokenMount?
        /// The last spec made from this entry, and the validation of any of them (a token
        /// volume's name is always valid, so it cannot change the outcome).
        var lastMade: JSONObject?
        var validation: [FieldError]?
    }

    var entry: Entry?

    /// The entry for a spec that shares `input`'s storage.
    func entry(for input: JSONObject) -> Entry? {
        guard let entry, entry.input.isIdentical(to: input) else { return nil }
        return entry
    }

    /// The validation of a spec this memo made, if known.
    func validation(of spec: JSONObject) -> [FieldError]? {
        guard let entry, let made = entry.lastMade, made.isIdentical(to: spec) else { return nil }
        return entry.validation
    }

    func remember(validation: [FieldError], of spec: JSONObject) {
        guard let made = entry?.lastMade, made.isIdentical(to: spec) else { return }
        entry?.validation = validation
    }
}
