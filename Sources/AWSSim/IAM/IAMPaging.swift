import JSONValue

/// IAM's list pagination: `MaxItems` per page (default 100), an opaque `Marker` to continue,
/// and `IsTruncated` on every response.
enum IAMPaging {
    static func page(_ items: [JSON], key: String, input: JSON) throws(AWSServiceError) -> JSON {
        var start = 0
        if let marker = input["Marker"].string {
            guard let offset = Pagination.decode(marker), offset >= 0 else {
                throw AWSServiceError(code: "ValidationError", message: "Invalid Marker.")
            }
            start = offset
        }
        let limit = input["MaxItems"].int ?? 100
        guard (1...1000).contains(limit) else {
            throw .validation(["Value '\(limit)' at 'maxItems' failed to satisfy constraint: Member must have value \(limit < 1 ? "greater than or equal to 1" : "less than or equal to 1000")"])
        }
        start = min(start, items.count)
        let end = min(items.count, start + limit)
        var output = JSONObject()
        output[key] = .array(start < items.count ? Array(items[start..<end]) : [])
        output["IsTruncated"] = .bool(end < items.count)
        if end < items.count { output["Marker"] = .string(Pagination.encode(end)) }
        return .object(output)
    }
}
