import JSONValue

/// The three patch types the API server takes (`kubectl patch --type`, `kubectl run
/// --overrides`): a JSON merge patch (RFC 7386), a strategic merge patch (lists of named
/// things merge by their key; `null` deletes; `$patch: delete|replace` directives) and a JSON
/// patch (RFC 6902 operations).
public enum Patch {
    public enum PatchType: String, Sendable, CaseIterable {
        case json, merge, strategic
    }

    /// Why a JSON patch could not be applied, in the words of the library the server uses.
    public struct Failure: Error, Equatable, Sendable {
        public var message: String
    }

    public static func apply(_ type: PatchType, _ patch: JSON, to target: JSON) throws(Failure) -> JSON {
        switch type {
        case .merge: return merge(patch, into: target, depth: 0)
        case .strategic: return strategic(patch, into: target, path: [], depth: 0)
        case .json: return try jsonPatch(patch, to: target)
        }
    }

    /// The merge key of a list in a strategic merge patch, by where the list sits (the
    /// `patchMergeKey` tags of the core types).
    public static func mergeKey(_ path: [String]) -> String? {
        guard let last = path.last else { return nil }
        let parent = path.dropLast().last(where: { Int($0) == nil })
        switch last {
        case "containers", "initContainers", "ephemeralContainers", "volumes", "imagePullSecrets", "env": return "name"
        case "volumeMounts": return "mountPath"
        case "ports": return ["containers", "initContainers", "ephemeralContainers"].contains(parent ?? "") ? "containerPort" : "port"
        case "ownerReferences": return "uid"
        case "conditions": return "type"
        case "hostAliases": return "ip"
        case "topologySpreadConstraints": return "topologyKey"
        default: return nil
        }
    }

    private static let maxDepth = 64

    // MARK: JSON merge patch

    private static func merge(_ patch: JSON, into target: JSON, depth: Int) -> JSON {
        guard case .object(let members) = patch, depth < maxDepth else { return patch }
        var result = target.object ?? JSONObject()
        for member in members.entries {
            if member.value.isNull {
                result.removeValue(forKey: member.key)
            } else {
                result[member.key] = merge(member.value, into: result[member.key] ?? .null, depth: depth + 1)
            }
        }
        return .object(result)
    }

    // MARK: Strategic merge patch

    private static func strategic(_ patch: JSON, into target: JSON, path: [String], depth: Int) -> JSON {
        guard depth < maxDepth else { return patch }
        switch patch {
        case .object(let members):
            if members["$patch"]?.string == "replace" {
                var replaced = members
                replaced.removeValue(forKey: "$patch")
                return .object(replaced)
            }
            var result = target.object ?? JSONObject()
            for member in members.entries where !member.key.hasPrefix("$") {
                if member.value.isNull {
                    result.removeValue(forKey: member.key)
                } else {
                    result[member.key] = strategic(member.value, into: result[member.key] ?? .null,
                                                   path: path + [member.key], depth: depth + 1)
                }
            }
            return .object(result)
        case .array(let items):
            guard let key = mergeKey(path), var result = target.array else { return stripDirectives(patch) }
            for item in items {
                let id = item[key]
                let existing = id.isNull ? nil : result.firstIndex { $0[key] == id }
                if item["$patch"].string == "delete" {
                    if let existing { result.remove(at: existing) }
                } else if let existing {
                    result[existing] = strategic(item, into: result[existing], path: path + [String(existing)],
                                                 depth: depth + 1)
                } else {
                    result.append(stripDirectives(item))
                }
            }
            return .array(result)
        default:
            return patch
        }
    }

    private static func stripDirectives(_ value: JSON) -> JSON {
        switch value {
        case .object(var members):
            for key in members.keys where key.hasPrefix("$") { members.removeValue(forKey: key) }
            return .object(members)
        case .array(let items):
            return .array(items.map(stripDirectives))
        default:
            return value
        }
    }

    // MARK: JSON patch

    private static func jsonPatch(_ patch: JSON, to target: JSON) throws(Failure) -> JSON {
        guard let operations = patch.array else {
            throw Failure(message: "json: cannot unmarshal object into Go value of type jsonpatch.Patch")
        }
        var document = target
        for operation in operations {
            guard let op = operation["op"].string else { throw Failure(message: "Unexpected kind: unknown") }
            guard let path = operation["path"].string else { throw Failure(message: "operation missing path field") }
            let pointer = try Pointer(path)
            switch op {
            case "add":
                guard let value = operation.object?["value"] else { throw Failure(message: "add operation does not apply: doc is missing path: \"\(path)\": missing value") }
                try pointer.add(value, to: &document)
            case "remove":
                _ = try pointer.remove(from: &document)
            case "replace":
                guard let value = operation.object?["value"] else { throw Failure(message: "replace operation does not apply: doc is missing path: \(path): missing value") }
                _ = try pointer.remove(from: &document, verb: "replace")
                try pointer.add(value, to: &document)
            case "move", "copy":
                guard let from = operation["from"].string else { throw Failure(message: "\(op) operation missing from field") }
                let source = try Pointer(from)
                let value = op == "move" ? try source.remove(from: &document, verb: "move") : try source.get(document)
                try pointer.add(value, to: &document)
            case "test":
                guard try pointer.get(document) == (operation.object?["value"] ?? .null) else {
                    throw Failure(message: "testing value \(path) failed: test failed")
                }
            default:
                throw Failure(message: "Unexpected kind: \(op)")
            }
        }
        return document
    }

    /// An RFC 6901 JSON pointer (`/spec/containers/0/image`, `~1` for `/`, `~0` for `~`).
    private struct Pointer {
        let text: String
        let tokens: [String]

        init(_ text: String) throws(Failure) {
            self.text = text
            if text.isEmpty {
                tokens = []
                return
            }
            guard text.hasPrefix("/") else { throw Failure(message: "JSON pointer must be empty or start with a \"/") }
            tokens = text.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
                String($0).replacing("~1", with: "/").replacing("~0", with: "~")
            }
        }

        func get(_ document: JSON) throws(Failure) -> JSON {
            var current = document
            for token in tokens {
                switch current {
                case .object(let members):
                    guard let next = members[token] else { throw missing("get") }
                    current = next
                case .array(let items):
                    guard let index = Int(token), items.indices.contains(index) else { throw missing("get") }
                    current = items[index]
                default:
                    throw missing("get")
                }
            }
            return current
        }

        func add(_ value: JSON, to document: inout JSON) throws(Failure) {
            guard let last = tokens.last else {
                document = value
                return
            }
            try change(&document, tokens.dropLast()[...], verb: "add") { container throws(Failure) in
                switch container {
                case .object(var members):
                    members[last] = value
                    container = .object(members)
                case .array(var items):
                    if last == "-" {
                        items.append(value)
                    } else {
                        guard let index = Int(last), index >= 0, index <= items.count else { throw missing("add") }
                        items.insert(value, at: index)
                    }
                    container = .array(items)
                default:
                    throw missing("add")
                }
            }
        }

        func remove(from document: inout JSON, verb: String = "remove") throws(Failure) -> JSON {
            guard let last = tokens.last else { throw missing(verb) }
            var removed = JSON.null
            try change(&document, tokens.dropLast()[...], verb: verb) { container throws(Failure) in
                switch container {
                case .object(var members):
                    guard let value = members.removeValue(forKey: last) else { throw missing(verb) }
                    removed = value
                    container = .object(members)
                case .array(var items):
                    guard let index = Int(last), items.indices.contains(index) else { throw missing(verb) }
                    removed = items.remove(at: index)
                    container = .array(items)
                default:
                    throw missing(verb)
                }
            }
            return removed
        }

        /// Walks to the container `path` names and lets `body` change it in place.
        private func change(_ value: inout JSON, _ path: ArraySlice<String>, verb: String,
                            _ body: (inout JSON) throws(Failure) -> Void) throws(Failure) {
            guard let first = path.first else {
                try body(&value)
                return
            }
            switch value {
            case .object(var members):
                guard var child = members[first] else { throw missing(verb) }
                try change(&child, path.dropFirst(), verb: verb, body)
                members[first] = child
                value = .object(members)
            case .array(var items):
                guard let index = Int(first), items.indices.contains(index) else { throw missing(verb) }
                try change(&items[index], path.dropFirst(), verb: verb, body)
                value = .array(items)
            default:
                throw missing(verb)
            }
        }

        private func missing(_ verb: String) -> Failure {
            Failure(message: "\(verb) operation does not apply: doc is missing path: \"\(text)\": missing value")
        }
    }
}
