import SimCore

/// IAM's naming rules: names of roles, users, policies and instance profiles, paths, and the
/// unique IDs IAM gives each entity (a four-letter prefix that says what it is).
enum IAMNames {
    /// `[\w+=,.@-]+`: letters, digits and `_+=,.@-`.
    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                || "_+=,.@-".unicodeScalars.contains(scalar))
        }
    }

    /// Checks a name member the way IAM's request validation does, naming the member as the
    /// query protocol does (`roleName`).
    static func validate(name: String, member: String, maxLength: Int) throws(AWSServiceError) {
        var violations: [String] = []
        if !isValidName(name) {
            violations.append("Value '\(name)' at '\(member)' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+")
        }
        if name.count > maxLength {
            violations.append("Value '\(name)' at '\(member)' failed to satisfy constraint: Member must have length less than or equal to \(maxLength)")
        }
        if !violations.isEmpty { throw .validation(violations) }
    }

    /// A path begins and ends with `/` and holds printable ASCII between.
    static func validate(path: String) throws(AWSServiceError) {
        let valid = path.hasPrefix("/") && path.hasSuffix("/") && path.count <= 512
            && path.unicodeScalars.allSatisfy { $0.value >= 0x21 && $0.value <= 0x7e }
        if !valid {
            throw AWSServiceError(
                code: "ValidationError",
                message: "The specified value for path is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters.")
        }
    }

    /// `AROA…` for roles, `AIDA…` users, `ANPA…` managed policies, `AIPA…` instance profiles:
    /// 21 characters of upper-case letters and digits.
    static func uniqueID(prefix: String, random: RandomStream) -> String {
        prefix + random.string(length: 17, alphabet: Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))
    }
}
