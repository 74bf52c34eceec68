import JSONValue
import KubeSim

/// The three-way merge behind `kubectl apply`: what the learner applied last time (the
/// last-applied annotation), what they apply now, and what is live. Fields they set are
/// made to match; fields they stopped setting are removed; everything else (defaults,
/// status, what controllers wrote) is left alone. Lists of named things — containers,
/// env, ports, volumes — merge by key as strategic merge patch does; other lists are
/// replaced whole.
enum ThreeWayMerge {
    /// The merged object, and whether it differs from `current` (false means "unchanged").
    static func merge(original: JSON?, modified: JSON, current: JSON) -> (result: JSON, changed: Bool) {
        merge(original, modified, current, path: [], depth: 0)
    }

    /// The merge key of a list, by where it sits (the API server's strategic merge keys).
    static func mergeKey(_ path: [String]) -> String? { Patch.mergeKey(path) }

    private static func merge(_ original: JSON?, _ modified: JSON, _ current: JSON?, path: [String],
                              depth: Int) -> (JSON, Bool) {
        guard depth < 64 else { return (modified, current != modified) }
        switch modified {
        case .object(let modifiedObject):
            guard let current, case .object(var result) = current else { return (modified, true) }
            var changed = false
            for (key, value) in modifiedObject.pairs {
                let (child, childChanged) = merge(original?[key].nonNull, value, result[key], path: path + [key],
                                                  depth: depth + 1)
                if childChanged {
                    result[key] = child
                    changed = true
                }
            }
            for (key, _) in original?.object?.pairs ?? [] where modifiedObject[key] == nil && result[key] != nil {
                result.removeValue(forKey: key)
                changed = true
            }
            return (.object(result), changed)
        case .array(let modifiedItems):
            guard let key = mergeKey(path), modifiedItems.allSatisfy({ $0[key] != .null }),
                let currentItems = current?.array
            else {
                return (modified, current != modified)
            }
            var changed = false
            var result: [JSON] = []
            var used: Set<Int> = []
            for item in modifiedItems {
                let id = item[key]
                let originalItem = original?.array?.first { $0[key] == id }
                if let index = currentItems.firstIndex(where: { $0[key] == id }) {
                    used.insert(index)
                    let (merged, itemChanged) = merge(originalItem, item, currentItems[index],
                                                      path: path + [String(index)], depth: depth + 1)
                    result.append(merged)
                    if itemChanged { changed = true }
                } else {
                    result.append(item)
                    changed = true
                }
            }
            // Items the learner removed go; items someone else added stay.
            for (index, item) in currentItems.enumerated() where !used.contains(index) {
                let wasApplied = original?.array?.contains { $0[key] == item[key] } ?? false
                if wasApplied { changed = true } else { result.append(item) }
            }
            if !changed, result.map({ $0[key] }) != currentItems.map({ $0[key] }) { changed = true }
            return (.array(result), changed)
        default:
            return (modified, current != modified)
        }
    }
}

extension JSON {
    /// nil for `.null`.
    var nonNull: JSON? { isNull ? nil : self }
}
