import JSONValue

/// EC2's list pagination: `MaxResults` (5 to 1000) and an opaque `NextToken`.
enum EC2Paging {
    static func page(_ items: [JSON], key: String, input: JSON, maxLimit: Int = 1000) throws(AWSServiceError) -> JSON {
        var start = 0
        if let token = input["NextToken"].string {
            guard let offset = Pagination.decode(token), offset >= 0 else {
                throw AWSServiceError.ec2InvalidParameterValue("Invalid value '\(token)' for nextToken.")
            }
            start = offset
        }
        var limit = items.count
        if let requested = input["MaxResults"].int {
            guard (5...maxLimit).contains(requested) else {
                throw AWSServiceError.ec2InvalidParameterValue("Value ( \(requested) ) for parameter maxResults is invalid. Parameter must be between 5 and \(maxLimit).")
            }
            limit = requested
        }
        start = min(start, items.count)
        let end = min(items.count, start + max(limit, 0))
        var output = JSONObject()
        output[key] = .array(start < items.count ? Array(items[start..<end]) : [])
        if end < items.count { output["NextToken"] = .string(Pagination.encode(end)) }
        return .object(output)
    }
}
