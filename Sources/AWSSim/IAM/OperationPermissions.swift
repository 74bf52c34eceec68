import JSONValue

/// What IAM authorizes each operation Shipyard serves against: its action, the resources
/// (ARN templates filled from the request) and condition keys, and any further actions it
/// needs (`iam:PassRole` for a task role). Data in Resources/operation-permissions.json,
/// with its sources and guesses in Resources/README.md.
struct OperationPermissions: Sendable {
    /// How a service's wire protocol words a denial (Core/AccessDenied.swift renders it).
    enum WireProtocol: String, Sendable {
        case json, query, ec2
    }

    /// One action the caller must be allowed, on every resource listed.
    struct Check: Sendable {
        var action: String
        var resources: [ResourceTemplate]
        /// What the check is against when no template expands: `*` for the operation's own
        /// action; nil for a further action that only applies when the request names its
        /// resource (no role passed, no `iam:PassRole`).
        var fallback: String?
    }

    struct Operation: Sendable {
        /// `sts:GetCallerIdentity`: allowed even under an explicit deny.
        var noPermissionRequired = false
        var checks: [Check] = []
        var context: [(key: String, value: ResourceTemplate)] = []
        /// What the message names instead of the resource (`policy path /` for ListPolicies).
        var messageResource: ResourceTemplate?
    }

    struct Service: Sendable {
        var wire: WireProtocol
        /// ECS says `on resource: *`; EC2, Auto Scaling and CloudTrail leave the phrase out.
        var wildcardResourceInMessage: Bool
        /// Whether the message says why (`because no identity-based policy allows …`); STS's
        /// AssumeRole refusals stop after the resource.
        var statesReason: Bool
        /// EC2 operations whose denial carries no encoded authorization message, by prefix.
        var noEncodedMessageFor: [String]
        var idPrefixes: [(prefix: String, arn: String)]
        var operations: [String: Operation]
    }

    /// A check with its templates filled in for one request.
    struct ResolvedCheck: Equatable {
        var action: String
        var resources: [String]
    }

    let services: [String: Service]

    static let shared: OperationPermissions = {
        let text = String(decoding: PackageResources.operation_permissions_json, as: UTF8.self)
        return OperationPermissions(json: (try? JSONParser.parse(text)) ?? [:])
    }()

    init(json: JSON) {
        var services: [String: Service] = [:]
        for (name, value) in json.object?.pairs ?? [] {
            var operations: [String: Operation] = [:]
            for (operation, spec) in value["operations"].object?.pairs ?? [] {
                operations[operation] = Self.operation(spec, action: "\(name):\(operation)")
            }
            services[name] = Service(
                wire: value["protocol"].string.flatMap(WireProtocol.init(rawValue:)) ?? .json,
                wildcardResourceInMessage: value["wildcardResourceInMessage"].bool ?? true,
                statesReason: value["statesReason"].bool ?? true,
                noEncodedMessageFor: (value["noEncodedMessageFor"].array ?? []).compactMap(\.string),
                idPrefixes: (value["resourceTypesByIdPrefix"].object?.pairs ?? []).compactMap { pair in
                    pair.value.string.map { (pair.key, $0) }
                },
                operations: operations)
        }
        self.services = services
    }

    private static func operation(_ spec: JSON, action: String) -> Operation {
        var operation = Operation()
        operation.noPermissionRequired = spec["noPermissionRequired"].bool ?? false
        operation.checks = [Check(action: spec["action"].string ?? action, resources: templates(spec["resources"]),
                                  fallback: "*")]
        for also in spec["also"].array ?? [] {
            guard let action = also["action"].string else { continue }
            operation.checks.append(Check(action: action, resources: templates(also["resources"]), fallback: nil))
        }
        operation.context = (spec["context"].object?.pairs ?? []).compactMap { pair in
            pair.value.string.map { (pair.key, ResourceTemplate(text: $0)) }
        }
        operation.messageResource = spec["messageResource"].string.map(ResourceTemplate.init(text:))
        return operation
    }

    private static func templates(_ list: JSON) -> [ResourceTemplate] {
        (list.array ?? []).compactMap(\.string).map(ResourceTemplate.init(text:))
    }
}

extension OperationPermissions.Operation {
    /// The actions and resources one request is authorized against, in the order IAM checks them.
    func checks(in environment: ResourceTemplate.Environment) -> [OperationPermissions.ResolvedCheck] {
        checks.compactMap { check in
            var resources: [String] = []
            for template in check.resources {
                for resource in template.expand(in: environment) where !resources.contains(resource) {
                    resources.append(resource)
                }
            }
            if resources.isEmpty {
                guard let fallback = check.fallback else { return nil }
                resources = [fallback]
            }
            return OperationPermissions.ResolvedCheck(action: check.action, resources: resources)
        }
    }

    /// The operation's condition keys for one request (`ecs:cluster`); keys without a value are left out.
    func conditionContext(in environment: ResourceTemplate.Environment) -> [String: [String]] {
        var context: [String: [String]] = [:]
        for (key, template) in self.context {
            let values = template.expand(in: environment)
            if !values.isEmpty { context[key] = values }
        }
        return context
    }
}
