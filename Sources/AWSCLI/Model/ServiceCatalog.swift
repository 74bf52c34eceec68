import AWSArguments
import JSONValue

/// The services aws-cli in Shipyard knows the API of, and their models (parsed on first use).
/// The model reader itself is `AWSArguments.ServiceModel`.
final class ServiceCatalog {
    private var cache: [String: ServiceModel] = [:]

    static let embedded: [String: String] = [
        "ecs": ServiceModels.ecs, "ec2": ServiceModels.ec2, "iam": ServiceModels.iam, "sts": ServiceModels.sts,
        "autoscaling": ServiceModels.autoscaling, "logs": ServiceModels.logs, "cloudtrail": ServiceModels.cloudtrail,
        "ecr": ServiceModels.ecr, "eks": ServiceModels.eks, "cloudwatch": ServiceModels.cloudwatch,
        "events": ServiceModels.events,
    ]

    /// The `aws` commands Shipyard handles: the services above and `configure`.
    static let simulatedCommands = ["autoscaling", "cloudtrail", "cloudwatch", "configure", "ec2", "ecr", "ecs", "eks", "events", "iam", "logs", "sts"]

    /// Commands aws-cli adds to a service's operations (`awscli/customizations`), in the order
    /// it adds them, and operations it removes, for aws-cli 2.27.0.
    static let customizations: [String: (added: [String], removed: [String])] = [
        "ecs": (["deploy", "wait"], []),
        "ec2": (["wait"], ["import-instance", "import-volume"]),
        "iam": (["wizard", "wait"], []),
        "logs": (["tail"], []),
        "cloudtrail": (["validate-logs", "verify-query-results"], []),
        "cloudwatch": (["wait"], []),
        "ecr": (["get-login-password", "wait"], []),
        "eks": (["update-kubeconfig", "get-token", "wait"], []),
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
