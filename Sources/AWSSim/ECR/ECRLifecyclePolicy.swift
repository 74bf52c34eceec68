import JSONValue
import SimCore

/// A repository's lifecycle policy: rules, lowest `rulePriority` first, each selecting images
/// by tag (`tagged` with prefixes or patterns, `untagged`, `any`) and expiring them past a
/// count (`imageCountMoreThan`) or an age (`sinceImagePushed`, in days).
///
/// An image is expired by at most one rule: once a rule's tag selection matches it, rules of
/// lower priority no longer consider it.
struct ECRLifecyclePolicy {
    struct Rule {
        var priority: Int
        /// `tagged`, `untagged` or `any`.
        var tagStatus: String
        var tagPrefixes: [String]
        var tagPatterns: [String]
        /// `imageCountMoreThan` or `sinceImagePushed`.
        var countType: String
        var countNumber: Int

        /// Whether the rule's tag selection matches an image with `tags`. Several prefixes
        /// or patterns must all be matched, each by one of the tags.
        func selects(_ tags: [String]) -> Bool {
            switch tagStatus {
            case "untagged": return tags.isEmpty
            case "any": return true
            default:
                guard !tags.isEmpty else { return false }
                return tagPrefixes.allSatisfy { prefix in tags.contains { $0.hasPrefix(prefix) } }
                    && tagPatterns.allSatisfy { pattern in tags.contains { ECRLifecyclePolicy.matches($0, pattern: pattern) } }
            }
        }
    }

    var rules: [Rule]

    /// The policy in `text`, or ECR's reason for refusing it.
    static func parse(_ text: String) -> Result<ECRLifecyclePolicy, AWSServiceError> {
        guard let json = JSONParser.parseOrNil(text), let items = json["rules"].array, !items.isEmpty else {
            return .failure(.lifecycleValidation("Could not map policyString into LifecyclePolicy."))
        }
        var rules: [Rule] = []
        for item in items {
            let selection = item["selection"]
            guard let priority = item["rulePriority"].int, priority >= 1,
                let status = selection["tagStatus"].string?.lowercased(), ["tagged", "untagged", "any"].contains(status),
                let countType = selection["countType"].string, ["imageCountMoreThan", "sinceImagePushed"].contains(countType),
                let count = selection["countNumber"].int, count >= 1,
                item["action"]["type"].string?.lowercased() == "expire"
            else { return .failure(.lifecycleValidation("Could not map policyString into LifecyclePolicy.")) }
            let prefixes = (selection["tagPrefixList"].array ?? []).compactMap(\.string)
            let patterns = (selection["tagPatternList"].array ?? []).compactMap(\.string)
            if status == "tagged" && prefixes.isEmpty && patterns.isEmpty {
                return .failure(.lifecycleValidation("Must specify tagPrefixList or tagPatternList when tagStatus=TAGGED."))
            }
            if countType == "sinceImagePushed" && selection["countUnit"].string != "days" {
                return .failure(.lifecycleValidation("Could not map policyString into LifecyclePolicy."))
            }
            if rules.contains(where: { $0.priority == priority }) {
                return .failure(.lifecycleValidation("Rule priority must be unique."))
            }
            rules.append(Rule(priority: priority, tagStatus: status, tagPrefixes: prefixes, tagPatterns: patterns,
                              countType: countType, countNumber: count))
        }
        rules.sort { $0.priority < $1.priority }
        if let any = rules.firstIndex(where: { $0.tagStatus == "any" }), any != rules.count - 1 {
            return .failure(.lifecycleValidation("Rule for tagStatus=ANY must have the lowest priority per storage class"))
        }
        return .success(ECRLifecyclePolicy(rules: rules))
    }

    /// The images the policy expires now, with the priority of the rule that expires each.
    func expiring(_ images: [ECRImage], now: SimTime) -> [(image: ECRImage, priority: Int)] {
        var considered: Set<String> = []
        var expired: [(ECRImage, Int)] = []
        for rule in rules {
            let selected = images.filter { !considered.contains($0.digest) && rule.selects($0.tags) }
                .sorted { $0.pushedAt > $1.pushedAt }
            considered.formUnion(selected.map(\.digest))
            let doomed: [ECRImage]
            if rule.countType == "imageCountMoreThan" {
                doomed = Array(selected.dropFirst(rule.countNumber))
            } else {
                // A count past a million days (a learner's) reaches before any push.
                let cutoff = now - .hours(Int64(min(rule.countNumber, 1_000_000)) * 24)
                doomed = selected.filter { $0.pushedAt < cutoff }
            }
            expired += doomed.map { ($0, rule.priority) }
        }
        return expired
    }

    /// A `*` matches any run of characters; everything else matches itself.
    static func matches(_ tag: String, pattern: String) -> Bool {
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        guard parts.count > 1 else { return tag == pattern }
        guard tag.hasPrefix(parts[0]), let last = parts.last, tag.hasSuffix(last),
            tag.count >= parts[0].count + last.count
        else { return false }
        var rest = Substring(tag.dropFirst(parts[0].count).dropLast(last.count))
        for part in parts.dropFirst().dropLast() where !part.isEmpty {
            guard let range = rest.firstRange(of: part) else { return false }
            rest = rest[range.upperBound...]
        }
        return true
    }
}
