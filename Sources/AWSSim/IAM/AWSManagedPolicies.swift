import SimCore

/// The AWS managed policies every account can attach (`arn:aws:iam::aws:policy/…`). They are
/// the same in every account, so their IDs are fixed, not drawn from the world's seed.
enum AWSManagedPolicies {
    struct Entry {
        var name: String
        var path: String
        var version: String
        var created: String
        var updated: String
        var description: String?
        var document: String

        var arn: String { "arn:aws:iam::aws:policy\(path)\(name)" }

        /// AWS's policy ID where known; otherwise a stable one derived from the name.
        var policyID: String {
            if let known = AWSManagedPolicies.knownIDs[name] { return known }
            let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
            var hash = fnv1a64(name)
            var id = "ANPA"
            for _ in 0..<17 {
                id.append(alphabet[Int(hash % 32)])
                hash = hash / 32 ^ fnv1a64(id)
            }
            return id
        }

        var createDate: SimTime { SimTime(rfc3339: created) ?? SimTime(seconds: 0) }
        var updateDate: SimTime { SimTime(rfc3339: updated) ?? SimTime(seconds: 0) }
    }

    static let knownIDs: [String: String] = ["AdministratorAccess": "ANPAIWMBCKSKIEE64ZLYK"]

    static let byARN: [String: Entry] = {
        var map: [String: Entry] = [:]
        for entry in catalogue { map[entry.arn] = entry }
        return map
    }()
}
