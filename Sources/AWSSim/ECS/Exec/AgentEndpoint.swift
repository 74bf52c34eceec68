import ContainerImages
import JSONValue
import SimCore

/// The ECS agent's HTTP endpoint at 169.254.170.2, as a container reaches it: task role
/// credentials at `/v2/credentials/<id>` and task metadata v4 at `/v4/<endpoint id>` (the
/// container) and `/v4/<endpoint id>/task`. Responses are the agent's (Go's `encoding/json`,
/// compact); anything else is gorilla/mux's `404 page not found`.
extension ECSBackend {
    func agentResponse(path rawPath: String, task: ECSTask) -> ContainerExecContext.HTTPResponse {
        let path = String(rawPath.prefix { $0 != "?" && $0 != "#" })
        let notFound = ContainerExecContext.HTTPResponse(status: 404, body: "404 page not found\n")
        if path.hasPrefix("/v2/credentials/") {
            return credentialsResponse(id: String(path.dropFirst("/v2/credentials/".count)), task: task)
        }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 3, parts[0].isEmpty, parts[1] == "v4", !parts[2].isEmpty else { return notFound }
        let endpointID = parts[2]
        let suffix = parts.dropFirst(3).joined(separator: "/")
        let container = task.containers.first { $0.metadataEndpointID == endpointID }
        switch suffix {
        case "":
            guard let container else {
                return json(404, .string("V4 container metadata handler: unable to get container ID from request: unable to get docker ID from v3 endpoint ID: \(endpointID)"))
            }
            return json(200, containerMetadata(task, container: container))
        case "task", "taskWithTags":
            guard container != nil else {
                return json(404, .string("V4 task metadata handler: unable to get task arn from request: unable to get task Arn from v3 endpoint ID: \(endpointID)"))
            }
            return json(200, taskMetadata(task, withTags: suffix == "taskWithTags"))
        default:
            return notFound
        }
    }

    private func json(_ status: Int, _ value: JSON) -> ContainerExecContext.HTTPResponse {
        .init(status: status, body: JSONWriter.goCompact.write(value))
    }

    /// `CredentialsHandlerImpl`: the role's credentials, or the agent's error object (its Go
    /// struct's `HTTPErrorCode` has no JSON tag, so it goes out too).
    private func credentialsResponse(id: String, task: ECSTask) -> ContainerExecContext.HTTPResponse {
        guard !id.isEmpty else {
            return json(400, ["code": "NoIdInRequest", "message": "CredentialsV2Request: No Credential ID in the request",
                              "HTTPErrorCode": 400])
        }
        guard id == task.credentialsID, let session = taskRoleCredentials(task) else {
            return json(400, ["code": "InvalidIdInRequest", "message": "CredentialsV2Request: Credentials not found",
                              "HTTPErrorCode": 400])
        }
        var object = JSONObject()
        object["RoleArn"] = .string(session.roleArn)
        object["AccessKeyId"] = .string(session.accessKeyID)
        object["SecretAccessKey"] = .string(session.secretAccessKey)
        object["Token"] = .string(session.sessionToken)
        object["Expiration"] = .string(session.expiration.rfc3339)
        return json(200, .object(object))
    }
}
