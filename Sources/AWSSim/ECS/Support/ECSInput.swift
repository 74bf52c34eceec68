import JSONValue

/// Typed reads of a request's members. aws-cli validates types before sending, but requests
/// can also arrive from `--cli-input-json` or a future HTTP face, so a member of the wrong JSON
/// type gets the `SerializationException` AWS's JSON protocol answers with, never a crash.
struct ECSInput {
    let json: JSON

    init(_ json: JSON) { self.json = json }

    subscript(key: String) -> JSON { json[key] }

    func has(_ key: String) -> Bool { !json[key].isNull }

    func string(_ key: String) throws(AWSServiceError) -> String? {
        let value = json[key]
        switch value {
        case .null: return nil
        case .string(let text): return text
        default: throw .serialization(value, expected: "String")
        }
    }

    /// A string member that must be present and non-empty.
    func requiredString(_ key: String) throws(AWSServiceError) -> String {
        guard let text = try string(key), !text.isEmpty else {
            throw .ecsInvalidParameter("\(key) can not be blank.")
        }
        return text
    }

    func int(_ key: String) throws(AWSServiceError) -> Int? {
        let value = json[key]
        switch value {
        case .null: return nil
        case .int(let number): return number
        case .double(let number) where number.rounded() == number && abs(number) < 2e9: return Int(number)
        default: throw .serialization(value, expected: "Integer")
        }
    }

    func bool(_ key: String) throws(AWSServiceError) -> Bool? {
        let value = json[key]
        switch value {
        case .null: return nil
        case .bool(let flag): return flag
        default: throw .serialization(value, expected: "Boolean")
        }
    }

    func strings(_ key: String) throws(AWSServiceError) -> [String]? {
        let value = json[key]
        switch value {
        case .null: return nil
        case .array(let items):
            var result: [String] = []
            for item in items {
                guard case .string(let text) = item else { throw .serialization(item, expected: "String") }
                result.append(text)
            }
            return result
        default: throw .serialization(value, expected: "List")
        }
    }

    func objects(_ key: String) throws(AWSServiceError) -> [JSON]? {
        let value = json[key]
        switch value {
        case .null: return nil
        case .array(let items):
            for item in items where item.object == nil { throw .serialization(item, expected: "Structure") }
            return items
        default: throw .serialization(value, expected: "List")
        }
    }

    func object(_ key: String) throws(AWSServiceError) -> JSON? {
        let value = json[key]
        switch value {
        case .null: return nil
        case .object: return value
        default: throw .serialization(value, expected: "Structure")
        }
    }

    /// An enum member checked against its allowed values, worded as AWS's validation layer does.
    func enumValue(_ key: String, allowed: [String]) throws(AWSServiceError) -> String? {
        guard let text = try string(key) else { return nil }
        guard allowed.contains(text) else {
            throw .ecsInvalidParameter(
                "1 validation error detected: Value '\(text)' at '\(key)' failed to satisfy constraint: Member must satisfy enum value set: [\(allowed.joined(separator: ", "))]")
        }
        return text
    }

    /// Tags as `[{key, value}]`, validated as ECS does.
    func tags(_ key: String = "tags") throws(AWSServiceError) -> [ECSTag] {
        guard let items = try objects(key) else { return [] }
        guard items.count <= 50 else {
            throw .ecsInvalidParameter("The tags parameter can contain at most 50 tags.")
        }
        var tags: [ECSTag] = []
        for item in items {
            let entry = ECSInput(item)
            guard let tagKey = try entry.string("key"), !tagKey.isEmpty, tagKey.count <= 128 else {
                throw .ecsInvalidParameter("Tag keys must be between 1 and 128 characters in length.")
            }
            let value = try entry.string("value") ?? ""
            guard value.count <= 256 else {
                throw .ecsInvalidParameter("Tag values must be between 0 and 256 characters in length.")
            }
            tags.removeAll { $0.key == tagKey }
            tags.append(ECSTag(key: tagKey, value: value))
        }
        return tags
    }
}

/// A resource tag.
struct ECSTag: Equatable {
    var key: String
    var value: String

    var json: JSON { ["key": .string(key), "value": .string(value)] }
}

extension Array where Element == ECSTag {
    var json: JSON { .array(map(\.json)) }
}
