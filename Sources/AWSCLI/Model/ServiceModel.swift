import JSONValue

/// What aws-cli knows about one service's API: each operation's CLI name, input and output
/// shapes, pagination and waiters. Read from `Resources/<service>.json`, which
/// `Tools/aws-models/generate.py` derives from the published service models.
struct ServiceModel {
    struct Shape {
        var name: String
        var type: String
        /// Structure members in model order: (member name, shape name).
        var members: [(name: String, shape: String)]
        var required: [String]
        var member: String?
        var key: String?
        var value: String?
        var enumValues: [String]

        func memberShape(_ name: String) -> String? { members.first { $0.name == name }?.shape }
    }

    struct Operation {
        var name: String
        var cliName: String
        var input: String?
        var output: String?
        var paginator: Paginator?
        /// Listed by name only: the generator kept no shapes for it (see generate.py).
        var omitted: Bool
    }

    struct Paginator {
        var inputToken: String
        var outputToken: String
        var limitKey: String?
        var resultKeys: [String]
    }

    struct Waiter {
        var name: String
        var operation: String
        var delay: Int
        var maxAttempts: Int
        var acceptors: [JSON]
    }

    var service: String
    var operations: [String: Operation]
    var shapes: [String: Shape]
    var waiters: [String: Waiter]

    init(json: JSON) {
        service = json["service"].string ?? ""
        var operations: [String: Operation] = [:]
        for (name, entry) in json["operations"].object?.pairs ?? [] {
            var paginator: Paginator?
            let p = entry["paginator"]
            if let inputToken = p["inputToken"].string, let outputToken = p["outputToken"].string {
                let resultKeys = p["resultKey"].array?.compactMap(\.string) ?? p["resultKey"].string.map { [$0] } ?? []
                paginator = Paginator(inputToken: inputToken, outputToken: outputToken, limitKey: p["limitKey"].string,
                                      resultKeys: resultKeys)
            }
            operations[name] = Operation(name: name, cliName: entry["cli"].string ?? name, input: entry["input"].string,
                                         output: entry["output"].string, paginator: paginator,
                                         omitted: entry["omitted"].bool ?? false)
        }
        self.operations = operations
        var shapes: [String: Shape] = [:]
        for (name, entry) in json["shapes"].object?.pairs ?? [] {
            let members = (entry["members"].array ?? []).compactMap { pair -> (String, String)? in
                guard let member = pair[0].string, let shape = pair[1].string else { return nil }
                return (member, shape)
            }
            shapes[name] = Shape(name: name, type: entry["type"].string ?? "string", members: members,
                                 required: (entry["required"].array ?? []).compactMap(\.string),
                                 member: entry["member"].string, key: entry["key"].string, value: entry["value"].string,
                                 enumValues: (entry["enum"].array ?? []).compactMap(\.string))
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

    func operation(cliName: String) -> Operation? { operations.values.first { $0.cliName == cliName } }

    /// CLI operation names in the order aws-cli lists them: by API name.
    var cliNames: [String] { operations.keys.sorted().compactMap { operations[$0]?.cliName } }

    func shape(_ name: String?) -> Shape? { name.flatMap { shapes[$0] } }
}

/// The services aws-cli in Shipyard can drive, and their models (parsed on first use).
final class ServiceCatalog {
    private var cache: [String: ServiceModel] = [:]

    static let embedded: [String: String] = [
        "ecs": ServiceModels.ecs, "ec2": ServiceModels.ec2, "iam": ServiceModels.iam, "sts": ServiceModels.sts,
        "autoscaling": ServiceModels.autoscaling, "logs": ServiceModels.logs, "cloudtrail": ServiceModels.cloudtrail,
        "ecr": ServiceModels.ecr, "eks": ServiceModels.eks,
    ]

    func model(_ service: String) -> ServiceModel? {
        if let cached = cache[service] { return cached }
        guard let text = Self.embedded[service], let json = try? JSONParser.parse(text)
        else { return nil }
        let model = ServiceModel(json: json)
        cache[service] = model
        return model
    }
}

/// The service models `Tools/aws-models/generate.py` writes, one file per service.
enum ServiceModels {}
