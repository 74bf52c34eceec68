import JSONValue

/// ECR's events on the EventBridge default bus: "ECR Image Action" when an image push
/// completes and when an image is deleted, as the ECR User Guide's samples show them
/// (`source` `aws.ecr`, no resources, the detail's members in that order).
extension ECRBackend {
    static let imageActionType = "ECR Image Action"

    func imageAction(_ action: String, repository: String, digest: String, tag: String?) {
        var members: [(String, JSON)] = [("result", "SUCCESS"), ("repository-name", .string(repository)),
                                         ("image-digest", .string(digest)), ("action-type", .string(action))]
        if let tag { members.append(("image-tag", .string(tag))) }
        publishEvent?(Self.imageActionType, .object(JSONObject(members)))
    }
}
