import JSONValue
import SimCore

/// Server-side pagination as AWS list operations do it: `maxResults` per page and an opaque
/// `nextToken` to continue from (EventBridge's `Limit` and `NextToken`).
enum Pagination {
    static func page(_ items: [JSON], key: String, input: JSON, defaultLimit: Int = 100,
                     tokenKey: String = "nextToken", limitKey: String = "maxResults") -> JSON {
        // A forged token must not index outside the list.
        let start = min(max(input[tokenKey].string.flatMap(decode) ?? 0, 0), items.count)
        let limit = max(1, min(input[limitKey].int ?? defaultLimit, defaultLimit))
        let end = min(items.count, start + limit)
        var output = JSONObject()
        output[key] = .array(start < items.count ? Array(items[start..<end]) : [])
        if end < items.count { output[tokenKey] = .string(encode(end)) }
        return .object(output)
    }

    /// Tokens look opaque, as real ones do, but only encode an offset.
    static func encode(_ offset: Int) -> String {
        let text = "{\"offset\":\(offset)}"
        return Base64.encode(Array(text.utf8))
    }

    static func decode(_ token: String) -> Int? {
        guard let bytes = Base64.decode(token), let text = String(validating: bytes, as: UTF8.self),
            let json = try? JSONParser.parse(text)
        else { return nil }
        return json["offset"].int
    }
}
