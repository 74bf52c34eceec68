/// An error a service returns, as the wire carries it: a code (`ClusterNotFoundException`),
/// a message, and the HTTP status. aws-cli renders it in one place.
public struct AWSServiceError: Error, Equatable, Sendable {
    public var code: String
    public var message: String
    public var httpStatus: Int

    public init(code: String, message: String, httpStatus: Int = 400) {
        self.code = code
        self.message = message
        self.httpStatus = httpStatus
    }
}
