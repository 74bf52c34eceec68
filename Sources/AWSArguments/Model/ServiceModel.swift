import JSONValue

/// What aws-cli knows about one service's API: each operation's CLI name, input and output
/// shapes with the traits argument processing and validation read, pagination and waiters.
/// Read from the compact JSON `Tools/aws-models/generate.py` derives from botocore's published
/// models (embedded by the AWSCLI target; plain files in this target's tests). A model without
/// a trait simply turns the corresponding check off, as botocore does.
public struct ServiceModel: Sendable {
    public struct Shape: Sendable {
        public var name: String
        public var type: String
        /// Structure members in model order: (member name, shape name).
        public var members: [(name: String, shape: String)]
        public var required: [String]
        public var member: String?
        public var key: String?
        public var value: String?
        public var enumValues: [String]
        /// botocore's `min` trait (string/list/map length, or numeric minimum), kept as the
        /// model wrote it because Python prints `1` and `0.0` differently in the error text.
        public var min: JSON?
        /// A structure that is a Smithy document: free-form JSON, never shorthand.
        public var isDocument: Bool
        /// A tagged union: exactly one member may be set.
        public var isUnion: Bool
        /// A streaming blob (aws-cli reads it from a file path).
        public var isStreaming: Bool
        /// Traits that live on a member reference rather than on the shape it points to.
        public var memberTraits: [String: MemberTraits]

        public init(name: String, type: String, members: [(name: String, shape: String)] = [],
                    required: [String] = [], member: String? = nil, key: String? = nil,
                    value: String? = nil, enumValues: [String] = [], min: JSON? = nil,
                    isDocument: Bool = false, isUnion: Bool = false, isStreaming: Bool = false,
                    memberTraits: [String: MemberTraits] = [:]) {
            self.name = name
            self.type = type
            self.members = members
            self.required = required
            self.member = member
            self.key = key
            self.value = value
            self.enumValues = enumValues
            self.min = min
            self.isDocument = isDocument
            self.isUnion = isUnion
            self.isStreaming = isStreaming
            self.memberTraits = memberTraits
        }

        public func memberShape(_ name: String) -> String? { members.first { $0.name == name }?.shape }
    }

    /// Member-level traits (botocore keeps these in the member's `serialization`/`metadata`).
    public struct MemberTraits: Sendable, Equatable {
        /// Bound into the endpoint host: botocore gives it an implicit minimum length of 1.
        public var hostLabel = false
        /// A JSON-valued header: aws-cli always reads it as JSON text.
        public var jsonValue = false
        public var location: String?
        /// botocore fills it with a UUID when absent, so aws-cli never makes it a required flag.
        public var idempotencyToken = false

        public init(hostLabel: Bool = false, jsonValue: Bool = false, location: String? = nil,
                    idempotencyToken: Bool = false) {
            self.hostLabel = hostLabel
            self.jsonValue = jsonValue
            self.location = location
            self.idempotencyToken = idempotencyToken
        }

        /// botocore's `is_json_value_header` (the shape must also be a string).
        public var isJSONValueHeader: Bool { jsonValue && location == "header" }
    }

    public struct Operation: Sendable {
        public var name: String
        public var cliName: String
        public var input: String?
        public var output: String?
        public var paginator: Paginator?
        /// Listed by name only: the generator kept no shapes for it (see generate.py).
        public var omitted: Bool

        public init(name: String, cliName: String, input: String? = nil, output: String? = nil,
                    paginator: Paginator? = nil, omitted: Bool = false) {
            self.name = name
            self.cliName = cliName
            self.input = input
            self.output = output
            self.paginator = paginator
            self.omitted = omitted
        }
    }

    /// botocore's paginator configuration. Tokens and result keys are JMESPath expressions
    /// (mostly plain member names; some are dotted paths or lists of them).
    public struct Paginator: Sendable {
        public var inputTokens: [String]
        public var outputTokens: [String]
        public var limitKey: String?
        public var resultKeys: [String]
        /// A boolean member that says whether another page exists (IAM's `IsTruncated`).
        public var moreResults: String?
        /// Members kept from the first page when pages are merged.
        public var nonAggregateKeys: [String]

        public init(inputTokens: [String], outputTokens: [String], limitKey: String? = nil, resultKeys: [String],
                    moreResults: String? = nil, nonAggregateKeys: [String] = []) {
            self.inputTokens = inputTokens
            self.outputTokens = outputTokens
            self.limitKey = limitKey
            self.resultKeys = resultKeys
            self.moreResults = moreResults
            self.nonAggregateKeys = nonAggregateKeys
        }
    }

    public struct Waiter: Sendable {
        public var name: String
        public var operation: String
        public var delay: Int
        public var maxAttempts: Int
        public var acceptors: [JSON]
    }

    public var service: String
    /// The host prefix of the service's endpoints (`ecs`, `api.ecr`).
    public var endpointPrefix: String
    public var operations: [String: Operation]
    public var shapes: [String: Shape]
    public var waiters: [String: Waiter]

    public init(service: String, operations: [String: Operation] = [:], shapes: [String: Shape],
                waiters: [String: Waiter] = [:]) {
        self.service = service
        endpointPrefix = service
        self.operations = operations
        self.shapes = shapes
        self.waiters = waiters
    }

    public init(json: JSON) {
        service = json["service"].string ?? ""
        endpointPrefix = json["endpointPrefix"].string ?? service
        var operations: [String: Operation] = [:]
        for (name, entry) in json["operations"].object?.pairs ?? [] {
            var paginator: Paginator?
            let p = entry["paginator"]
            let inputTokens = Self.strings(p["inputToken"])
            let outputTokens = Self.strings(p["outputToken"])
            if !inputTokens.isEmpty, inputTokens.count == outputTokens.count {
                paginator = Paginator(inputTokens: inputTokens, outputTokens: outputTokens, limitKey: p["limitKey"].string,
                                      resultKeys: Self.strings(p["resultKey"]), moreResults: p["moreResults"].string,
                                      nonAggregateKeys: Self.strings(p["nonAggregateKeys"]))
            }
            operations[name] = Operation(name: name, cliName: entry["cli"].string ?? name, input: entry["input"].string,
                                         output: entry["output"].string, paginator: paginator,
                                         omitted: entry["omitted"].bool ?? false)
        }
        self.operations = operations
        var shapes: [String: Shape] = [:]
        for (name, entry) in json["shapes"].object?.pairs ?? [] {
            var traits: [String: MemberTraits] = [:]
            let members = (entry["members"].array ?? []).compactMap { pair -> (String, String)? in
                guard let member = pair[0].string, let shape = pair[1].string else { return nil }
                let t = pair[2]
                if t.object != nil {
                    traits[member] = MemberTraits(hostLabel: t["hostLabel"].bool ?? false,
                                                  jsonValue: t["jsonvalue"].bool ?? false,
                                                  location: t["location"].string,
                                                  idempotencyToken: t["idempotencyToken"].bool ?? false)
                }
                return (member, shape)
            }
            let min = entry["min"]
            shapes[name] = Shape(name: name, type: entry["type"].string ?? "string", members: members,
                                 required: (entry["required"].array ?? []).compactMap(\.string),
                                 member: entry["member"].string, key: entry["key"].string, value: entry["value"].string,
                                 enumValues: (entry["enum"].array ?? []).compactMap(\.string),
                                 min: min.isNull ? nil : min, isDocument: entry["document"].bool ?? false,
                                 isUnion: entry["union"].bool ?? false, isStreaming: entry["streaming"].bool ?? false,
                                 memberTraits: traits)
        }
        self.shapes = shapes
        var waiters: [String: Waiter] = [:]
        for (cliName, entry) in json["waiters"].object?.pairs ?? [] {
            waiters[cliName] = Waiter(name: entry["name"].string ?? cliName, operation: entry["operation"].string ?? "",
                                      delay: entry["delay"].int ?? 15, maxAttempts: entry["maxAttempts"].int ?? 40,
                                      acceptors: entry["acceptors"].array ?? [])
        }
        self.waiters = waiters
    }

    /// A string or a list of strings, as botocore's paginator configuration writes them.
    private static func strings(_ value: JSON) -> [String] {
        value.array?.compactMap(\.string) ?? value.string.map { [$0] } ?? []
    }

    public func operation(cliName: String) -> Operation? { operations.values.first { $0.cliName == cliName } }

    /// CLI operation names in the order aws-cli lists them: by API name.
    public var cliNames: [String] { operations.keys.sorted().compactMap { operations[$0]?.cliName } }

    public func shape(_ name: String?) -> Shape? { name.flatMap { shapes[$0] } }
}
