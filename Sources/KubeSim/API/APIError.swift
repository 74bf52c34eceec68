/// A failed API call, carrying what a `metav1.Status` carries.
///
/// The simulator raises these with the API server's own wording; kubectl renders them in one
/// place (`Error from server (NotFound): pods "web" not found`).
public struct APIError: Error, Equatable, Sendable {
    /// `NotFound`, `AlreadyExists`, `Invalid`, `BadRequest`, `Conflict`, `Forbidden`, `MethodNotAllowed`.
    public var reason: String
    public var code: Int
    public var message: String
    /// For `Invalid`: the kind and name, and one cause per field (Status `details`).
    public var details: Details?

    public struct Details: Equatable, Sendable {
        public var kind: String
        public var name: String
        public var causes: [FieldError]
    }

    public init(reason: String, code: Int, message: String, details: Details? = nil) {
        self.reason = reason
        self.code = code
        self.message = message
        self.details = details
    }

    public static func notFound(_ type: ResourceType, _ name: String) -> APIError {
        APIError(reason: "NotFound", code: 404, message: "\(type.qualifiedResource) \"\(name)\" not found")
    }

    public static func namespaceNotFound(_ namespace: String) -> APIError {
        APIError(reason: "NotFound", code: 404, message: "namespaces \"\(namespace)\" not found")
    }

    public static func alreadyExists(_ type: ResourceType, _ name: String) -> APIError {
        APIError(reason: "AlreadyExists", code: 409, message: "\(type.qualifiedResource) \"\(name)\" already exists")
    }

    public static func badRequest(_ message: String) -> APIError {
        APIError(reason: "BadRequest", code: 400, message: message)
    }

    /// A body the server could not decode into the kind's Go type.
    static func cannotBeHandled(_ type: ResourceType, _ message: String) -> APIError {
        let version = type.apiVersion.split(separator: "/").last.map(String.init) ?? type.apiVersion
        return .badRequest("\(type.kind) in version \"\(version)\" cannot be handled as a \(type.kind): \(message)")
    }

    public static func conflict(_ message: String) -> APIError {
        APIError(reason: "Conflict", code: 409, message: message)
    }

    public static func forbidden(_ message: String) -> APIError {
        APIError(reason: "Forbidden", code: 403, message: message)
    }

    public static func methodNotAllowed(_ message: String) -> APIError {
        APIError(reason: "MethodNotAllowed", code: 405, message: message)
    }

    /// A 422 that names no object (a JSON patch the server could not apply): kubectl says
    /// `The request is invalid: <message>`.
    public static func invalidRequest(_ message: String) -> APIError {
        APIError(reason: "Invalid", code: 422, message: message)
    }

    /// `The Deployment "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0`.
    public static func invalid(kind: String, name: String, causes: [FieldError]) -> APIError {
        let detail = causes.map(\.description)
        let joined = detail.count == 1 ? detail[0] : "[" + detail.joined(separator: ", ") + "]"
        return APIError(reason: "Invalid", code: 422, message: "\(kind) \"\(name)\" is invalid: \(joined)",
                        details: Details(kind: kind, name: name, causes: causes))
    }

}

/// One validation failure, worded as Kubernetes' `field.Error`.
public struct FieldError: Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case required
        case invalid(value: String)
        case unsupported(value: String, supported: [String])
        case duplicate(value: String)
        case forbidden
        case notFound(value: String)
        case tooLong(value: String, max: Int)
    }

    public var path: String
    public var kind: Kind
    public var detail: String

    public init(_ path: String, _ kind: Kind, _ detail: String = "") {
        self.path = path
        self.kind = kind
        self.detail = detail
    }

    public var description: String {
        switch kind {
        case .required:
            return "\(path): Required value" + (detail.isEmpty ? "" : ": \(detail)")
        case .invalid(let value):
            return "\(path): Invalid value: \(value)" + (detail.isEmpty ? "" : ": \(detail)")
        case .unsupported(let value, let supported):
            return "\(path): Unsupported value: \(value): supported values: "
                + supported.map { "\"\($0)\"" }.joined(separator: ", ")
        case .duplicate(let value):
            return "\(path): Duplicate value: \(value)"
        case .forbidden:
            return "\(path): Forbidden: \(detail)"
        case .notFound(let value):
            return "\(path): Not found: \(value)"
        case .tooLong(let value, let max):
            return "\(path): Too long: may not be more than \(max) bytes" + (value.isEmpty ? "" : "")
        }
    }
}
