/// apimachinery's IsEnvVarName: what an environment variable may be called.
public enum EnvVarName {
    /// `[-._a-zA-Z][-._a-zA-Z0-9]*`.
    public static func isValid(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first else { return false }
        func allowed(_ scalar: Unicode.Scalar, digits: Bool) -> Bool {
            scalar.isASCII && (scalar.properties.isAlphabetic || "-._".unicodeScalars.contains(scalar)
                || (digits && ("0"..."9").contains(scalar)))
        }
        return allowed(first, digits: false) && name.unicodeScalars.dropFirst().allSatisfy { allowed($0, digits: true) }
    }

    /// Its error message.
    public static let message = "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')"
}
