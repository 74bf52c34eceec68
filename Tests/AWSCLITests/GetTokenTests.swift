import AWSSim
import JSONValue
import SimCore
import Testing
import ToolIO

@testable import AWSCLI

/// `aws eks get-token --role-arn`: aws-cli assumes the role (session `EKSGetTokenAuth`) before
/// anything else and presigns GetCallerIdentity with the session's credentials, the session
/// token quoted as botocore quotes it.
@Suite struct GetTokenTests {
    /// An endpoint answering AssumeRole with one session's credentials.
    final class STSEndpoint: AWSEndpoint {
        var calls: [(operation: String, input: JSON)] = []
        func call(service: String, operation: String, input: JSON, region: String) throws(AWSServiceError) -> JSON {
            calls.append((operation, input))
            return ["Credentials": ["AccessKeyId": "ASIAEXAMPLE", "SecretAccessKey": "secret",
                                    "SessionToken": "FwoGZXIvYXdzEXAMPLE+/=", "Expiration": "2026-01-01T01:00:00Z"]]
        }
        func hasRegion(_ region: String) -> Bool { true }
        var metadataRegion: String { "us-east-1" }
        func sleep(seconds: Int) {}
    }

    /// The URL inside a `k8s-aws-v1.` token.
    static func url(inToken token: String) -> String? {
        var base64 = String(token.dropFirst("k8s-aws-v1.".count).map { $0 == "-" ? "+" : $0 == "_" ? "/" : $0 })
        while base64.count % 4 != 0 { base64 += "=" }
        return Base64.decode(base64).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func signsAsTheRoleSession() throws {
        let endpoint = STSEndpoint()
        let output = AWSCommand(endpoint: endpoint).run(Invocation(
            arguments: ["eks", "get-token", "--cluster-name", "demo", "--role-arn", "arn:aws:iam::123456789012:role/eks-admin",
                        "--query", "status.token", "--output", "text"],
            fileSystem: InMemoryFileSystem()))
        #expect(output.status == 0)
        #expect(endpoint.calls.map(\.operation) == ["AssumeRole"])
        #expect(endpoint.calls.first?.input == ["RoleArn": "arn:aws:iam::123456789012:role/eks-admin",
                                               "RoleSessionName": "EKSGetTokenAuth"])
        let url = try #require(Self.url(inToken: output.stdout.trimmingCharacters(in: .newlines)))
        #expect(url.contains("&X-Amz-Credential=ASIAEXAMPLE%2F19700101%2Fus-east-1%2Fsts%2Faws4_request&"))
        // botocore's own presigned URL for these credentials carries the token so, after the
        // signed headers and before the signature.
        #expect(url.contains("&X-Amz-SignedHeaders=host%3Bx-k8s-aws-id&X-Amz-Security-Token=FwoGZXIvYXdzEXAMPLE%2B%2F%3D&X-Amz-Signature="))
    }

    @Test func withoutARoleNothingIsCalled() {
        let endpoint = STSEndpoint()
        let output = AWSCommand(endpoint: endpoint).run(Invocation(arguments: ["eks", "get-token", "--cluster-name", "demo"],
                                                                   fileSystem: InMemoryFileSystem()))
        #expect(output.status == 0)
        #expect(endpoint.calls.isEmpty)
        #expect(!output.stdout.contains("X-Amz-Security-Token"))
    }
}
