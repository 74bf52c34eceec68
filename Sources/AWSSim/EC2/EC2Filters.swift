import JSONValue

/// `--filters Name=vpc-id,Values=vpc-1,vpc-2`: every filter must match (AND); any of a
/// filter's values may match (OR); values take `*` and `?` wildcards. Tags filter with
/// `tag:<key>`, `tag-key` and `tag-value`.
struct EC2Filter {
    var name: String
    var values: [String]

    static func parse(_ input: JSON) throws(AWSServiceError) -> [EC2Filter] {
        var filters: [EC2Filter] = []
        for entry in input["Filters"].array ?? [] {
            guard let name = entry["Name"].string else {
                throw AWSServiceError.ec2InvalidParameterValue("The filter 'null' is invalid")
            }
            filters.append(EC2Filter(name: name, values: (entry["Values"].array ?? []).compactMap(\.string)))
        }
        return filters
    }

    /// Whether a resource passes every filter. `attribute` returns the resource's values for a
    /// filter name, or nil for a name this resource type does not support (an error).
    static func matches(_ filters: [EC2Filter], tags: [EC2Tag], attribute: (String) -> [String]?) throws(AWSServiceError) -> Bool {
        for filter in filters {
            let actual: [String]
            if filter.name.hasPrefix("tag:") {
                let key = String(filter.name.dropFirst(4))
                actual = tags.filter { $0.key == key }.map(\.value)
            } else if filter.name == "tag-key" {
                actual = tags.map(\.key)
            } else if filter.name == "tag-value" {
                actual = tags.map(\.value)
            } else if let values = attribute(filter.name) {
                actual = values
            } else {
                throw AWSServiceError.ec2InvalidParameterValue("The filter '\(filter.name)' is invalid")
            }
            let hit = filter.values.contains { pattern in
                actual.contains { Wildcard.matches(pattern, $0, caseInsensitive: false) }
            }
            if !hit { return false }
        }
        return true
    }
}

extension Bool {
    /// How EC2 filters compare booleans.
    var filterValue: String { self ? "true" : "false" }
}
