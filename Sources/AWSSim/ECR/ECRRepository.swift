import ContainerImages
import JSONValue
import SimCore

/// One ECR repository: its settings, the images pushed to it, and the blobs (layers and
/// image configurations) uploaded for them.
struct ECRRepository {
    var name: String
    var createdAt: SimTime
    /// `MUTABLE` (a push may move a tag) or `IMMUTABLE`.
    var tagMutability: String
    var scanOnPush: Bool
    /// `AES256` unless KMS was asked for.
    var encryptionType: String
    var kmsKey: String?
    var tags: [ECRTag]
    /// Images in the order they were first pushed.
    var images: [ECRImage] = []
    /// Blobs by digest, as layer uploads left them.
    var blobs: [String: ECRBlob] = [:]
    var lifecyclePolicy: String?
    /// Which put of a policy the scheduled daily pass belongs to (a later put replaces it).
    var lifecycleID = 0
    var lifecycleEvaluatedAt: SimTime?
    /// The last preview asked for: its policy and when it started.
    var preview: (text: String, started: SimTime)?

    func arn(_ context: AWSContext) -> String { context.arn("ecr", "repository/\(name)") }

    func json(_ context: AWSContext) -> JSON {
        var encryption = JSONObject()
        encryption["encryptionType"] = .string(encryptionType)
        if let kmsKey { encryption["kmsKey"] = .string(kmsKey) }
        return [
            "repositoryArn": .string(arn(context)),
            "registryId": .string(context.accountID),
            "repositoryName": .string(name),
            "repositoryUri": .string("\(context.accountID).dkr.ecr.\(context.region).amazonaws.com/\(name)"),
            "createdAt": EpochJSON.millis(createdAt),
            "imageTagMutability": .string(tagMutability),
            "imageScanningConfiguration": ["scanOnPush": .bool(scanOnPush)],
            "encryptionConfiguration": .object(encryption),
        ]
    }

    /// The image a tag points to.
    func imageIndex(tag: String) -> Int? { images.firstIndex { $0.tags.contains(tag) } }

    func imageIndex(digest: String) -> Int? { images.firstIndex { $0.digest == digest } }
}

/// Something uploaded to a repository: a layer, or an image's configuration.
struct ECRBlob {
    var size: Int64
    /// For an image configuration pushed by Shipyard's Docker: what the image is made of,
    /// which says how its containers behave.
    var recipe: ImageRecipe?
}

/// A resource tag (`Key`/`Value`, capitalised as ECR spells them).
struct ECRTag: Equatable {
    var key: String
    var value: String

    var json: JSON { ["Key": .string(key), "Value": .string(value)] }
}

/// Repository names: lower-case path components of letters and digits joined by `.`, `_` or
/// `-`, between 2 and 256 characters.
enum ECRNames {
    static let pattern = "(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*"

    static func isValid(_ name: String) -> Bool {
        guard (2...256).contains(name.count) else { return false }
        return name.split(separator: "/", omittingEmptySubsequences: false).allSatisfy(isComponent)
    }

    private static func isComponent(_ component: Substring) -> Bool {
        var previousWasSeparator = true
        for character in component {
            if character.isASCII && (character.isLowercase || character.isNumber) {
                previousWasSeparator = false
            } else if ".-_".contains(character), !previousWasSeparator {
                previousWasSeparator = true
            } else {
                return false
            }
        }
        return !previousWasSeparator
    }
}
