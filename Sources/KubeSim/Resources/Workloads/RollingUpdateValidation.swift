import JSONValue

/// The API server's checks of a rolling update's maxSurge and maxUnavailable together (each
/// an int or a percentage): a Deployment needs one of them above 0; a DaemonSet exactly one.
enum RollingUpdateValidation {
    static func deployment(_ rollingUpdate: JSON, path: String) -> [FieldError] {
        guard value(rollingUpdate["maxUnavailable"]) == 0, value(rollingUpdate["maxSurge"]) == 0 else { return [] }
        return [FieldError("\(path).maxUnavailable", .invalid(value: rendered(rollingUpdate["maxUnavailable"])),
                           "may not be 0 when `maxSurge` is 0")]
    }

    static func daemonSet(_ rollingUpdate: JSON, path: String) -> [FieldError] {
        switch (value(rollingUpdate["maxUnavailable"]) != 0, value(rollingUpdate["maxSurge"]) != 0) {
        case (true, true):
            return [FieldError("\(path).maxSurge", .invalid(value: rendered(rollingUpdate["maxSurge"])),
                               "may not be set when maxUnavailable is non-zero")]
        case (false, false):
            return [FieldError("\(path).maxUnavailable", .required, "cannot be 0 when maxSurge is 0")]
        default:
            return []
        }
    }

    /// The number in `5` or `"5%"`; 0 for anything else (`getIntOrPercentValue`).
    private static func value(_ field: JSON) -> Int {
        if let number = field.int { return number }
        guard let text = field.string, text.hasSuffix("%") else { return 0 }
        return Int(text.dropLast()) ?? 0
    }

    private static func rendered(_ field: JSON) -> String {
        field.string.map { "\"\($0)\"" } ?? String(field.int ?? 0)
    }
}
