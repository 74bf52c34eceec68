import JSONValue

/// Name and label checks every object goes through, worded as the API server words them.
enum ObjectMetaValidation {
    static func validate(_ object: JSON, type: ResourceType) -> [FieldError] {
        let name = object.name
        if name.isEmpty {
            return [FieldError("metadata.name", .required, "name or generateName is required")]
        }
        var errors: [FieldError] = []
        let problems: [String]
        switch type.kind {
        case "Namespace": problems = NameRules.dns1123Label(name)
        case "Service": problems = NameRules.dns1035Label(name)
        default: problems = NameRules.dns1123Subdomain(name)
        }
        for problem in problems {
            errors.append(FieldError("metadata.name", .invalid(value: "\"\(name)\""), problem))
        }
        // Label values are checked in key order, as the errors are listed; valid ones (nearly
        // all) need no sorting.
        let labels = object["metadata"]["labels"].object?.entries ?? []
        if labels.allSatisfy({ ($0.value.string).map { NameRules.labelValue($0).isEmpty } ?? true }) { return errors }
        for value in object.labels.sorted(by: { $0.key < $1.key }).map(\.value) {
            for problem in NameRules.labelValue(value) {
                errors.append(FieldError("metadata.labels", .invalid(value: "\"\(value)\""), problem))
            }
        }
        return errors
    }
}

/// Kubernetes' name formats and their error texts.
public enum NameRules {
    static let subdomainMessage =
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
    static let labelMessage =
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
    static let dns1035Message =
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')"
    static let labelValueMessage =
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"

    private static func isLowerAlnum(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57)
    }

    /// Bytes, not Characters: these run on every object the API server stores.
    private static func isLabel<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        guard let first = bytes.first, isLowerAlnum(first) else { return false }
        var last = first
        for byte in bytes {
            guard isLowerAlnum(byte) || byte == 45 else { return false }
            last = byte
        }
        return isLowerAlnum(last)
    }

    /// Labels joined by dots, in one pass over the bytes.
    private static func isSubdomain(_ name: String) -> Bool {
        var atLabelStart = true
        var last: UInt8 = 0
        for byte in name.utf8 {
            if byte == 46 {
                guard !atLabelStart, isLowerAlnum(last) else { return false }
                atLabelStart = true
                continue
            }
            guard isLowerAlnum(byte) || (!atLabelStart && byte == 45) else { return false }
            atLabelStart = false
            last = byte
        }
        return !atLabelStart && isLowerAlnum(last)
    }

    public static func dns1123Subdomain(_ name: String) -> [String] {
        var problems: [String] = []
        if name.utf8.count > 253 { problems.append("must be no more than 253 characters") }
        if !isSubdomain(name) { problems.append(subdomainMessage) }
        return problems
    }

    public static func dns1123Label(_ name: String) -> [String] {
        var problems: [String] = []
        if name.utf8.count > 63 { problems.append("must be no more than 63 characters") }
        if !isLabel(name.utf8) { problems.append(labelMessage) }
        return problems
    }

    public static func dns1035Label(_ name: String) -> [String] {
        var problems: [String] = []
        if name.utf8.count > 63 { problems.append("must be no more than 63 characters") }
        let startsAlpha = name.first.map { $0.isASCII && $0.isLowercase } ?? false
        if !isLabel(name.utf8) || !startsAlpha { problems.append(dns1035Message) }
        return problems
    }

    public static func labelValue(_ value: String) -> [String] {
        var problems: [String] = []
        if value.utf8.count > 63 { problems.append("must be no more than 63 characters") }
        guard !value.isEmpty else { return problems }
        // Bytes: anything outside ASCII fails as it would character by character.
        func alnum(_ byte: UInt8) -> Bool {
            (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
        }
        let bytes = value.utf8
        let ok = bytes.first.map(alnum) == true && bytes.last.map(alnum) == true
            && bytes.allSatisfy { alnum($0) || $0 == 45 || $0 == 95 || $0 == 46 }
        if !ok { problems.append(labelValueMessage) }
        return problems
    }
}
