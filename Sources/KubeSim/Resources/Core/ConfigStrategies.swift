import GoPorts
import JSONValue
import SimCore

/// ConfigMaps, Secrets and ServiceAccounts: stored as given, printed with their counts.
final class ConfigMapStrategy: ResourceStrategy {
    var table: TableConvertor {
        TableConvertor(
            columns: [ColumnDefinition("Name", format: "name"), ColumnDefinition("Data", type: "integer"),
                      ColumnDefinition("Age")],
            cells: { cm, context in
                [.string(cm.name), .int((cm["data"].object?.count ?? 0) + (cm["binaryData"].object?.count ?? 0)),
                 .string(HumanDuration.age(of: cm.creationTimestamp, now: context.now))]
            })
    }
}

final class SecretStrategy: ResourceStrategy {
    func applyDefaults(_ secret: inout JSON, context: StrategyContext) {
        if secret["type"].isNull { secret["type"] = "Opaque" }
        // stringData is write-only: merged into data, base64-encoded.
        if let stringData = secret["stringData"].object {
            for (key, value) in stringData.pairs {
                secret["data"][key] = .string(Base64Text.encode(value.string ?? ""))
            }
            secret.remove("stringData")
        }
    }

    var table: TableConvertor {
        TableConvertor(
            columns: [ColumnDefinition("Name", format: "name"), ColumnDefinition("Type"),
                      ColumnDefinition("Data", type: "integer"), ColumnDefinition("Age")],
            cells: { secret, context in
                [.string(secret.name), .string(secret["type"].string ?? "Opaque"), .int(secret["data"].object?.count ?? 0),
                 .string(HumanDuration.age(of: secret.creationTimestamp, now: context.now))]
            })
    }
}

final class ServiceAccountStrategy: ResourceStrategy {
    var table: TableConvertor {
        TableConvertor(
            columns: [ColumnDefinition("Name", format: "name"), ColumnDefinition("Secrets", type: "integer"),
                      ColumnDefinition("Age")],
            cells: { sa, context in
                [.string(sa.name), .int(sa["secrets"].array?.count ?? 0),
                 .string(HumanDuration.age(of: sa.creationTimestamp, now: context.now))]
            })
    }
}

final class LeaseStrategy: ResourceStrategy {
    var table: TableConvertor {
        TableConvertor(
            columns: [ColumnDefinition("Name", format: "name"), ColumnDefinition("Holder"), ColumnDefinition("Age")],
            cells: { lease, context in
                [.string(lease.name), .string(lease["spec"]["holderIdentity"].string ?? ""),
                 .string(HumanDuration.age(of: lease.creationTimestamp, now: context.now))]
            })
    }
}

final class ControllerRevisionStrategy: ResourceStrategy {
    var table: TableConvertor {
        TableConvertor(
            columns: [ColumnDefinition("Name", format: "name"), ColumnDefinition("Controller"),
                      ColumnDefinition("Revision", type: "integer"), ColumnDefinition("Age")],
            cells: { revision, context in
                let owner = revision.controllerReference
                let controller = owner.map { "\($0.kind.lowercased()).\($0.apiVersion.split(separator: "/").first ?? "")/\($0.name)" } ?? "<none>"
                return [.string(revision.name), .string(controller), .int(revision["revision"].int ?? 0),
                        .string(HumanDuration.age(of: revision.creationTimestamp, now: context.now))]
            })
    }
}

/// Base64 for Secret data, without importing SimCore's helper into every call site.
enum Base64Text {
    static func encode(_ text: String) -> String { SimCore.Base64.encode(Array(text.utf8)) }
}
