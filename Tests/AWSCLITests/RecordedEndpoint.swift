import AWSCLI
import AWSSim
import JSONValue

/// An endpoint that answers with the wire responses an oracle case recorded, in order, and
/// keeps the requests and sleeps it was asked for.
final class RecordedEndpoint: AWSEndpoint {
    private var responses: [JSON]
    private(set) var calls: [(operation: String, input: JSON)] = []
    private(set) var sleeps: [Int] = []

    init(responses: [JSON]) { self.responses = responses }

    var unused: Int { responses.count }

    func call(service: String, operation: String, input: JSON, region: String) throws(AWSServiceError) -> JSON {
        calls.append((operation, input))
        guard !responses.isEmpty else {
            throw AWSServiceError(code: "NoRecordedResponse", message: "the oracle recorded no response for \(operation)")
        }
        let response = responses.removeFirst()
        let status = response["status"].int ?? 200
        let body = response["body"]
        guard status < 300 else {
            // botocore's JSON 1.1 error parsing: `__type` after any `#`, `message` or `Message`.
            let type = body["__type"].string ?? ""
            let code = type.split(separator: "#").last.map(String.init) ?? type
            throw AWSServiceError(code: code, message: body["message"].string ?? body["Message"].string ?? "",
                                  httpStatus: status)
        }
        return body
    }

    func hasRegion(_ region: String) -> Bool { AWSCloud.knownRegions.contains(region) }

    var metadataRegion: String { "us-east-1" }

    func sleep(seconds: Int) { sleeps.append(seconds) }
}
