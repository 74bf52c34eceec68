import GoPorts
import JSONValue
import SimCore

/// One column of a server-side table, as `metav1.TableColumnDefinition` describes it.
public struct ColumnDefinition: Sendable {
    public var name: String
    public var type: String
    public var format: String
    /// 0 for default columns; 1 for those only `-o wide` shows.
    public var priority: Int
    public var description: String

    public init(_ name: String, type: String = "string", format: String = "", priority: Int = 0,
                description: String = "") {
        self.name = name
        self.type = type
        self.format = format
        self.priority = priority
        self.description = description
    }

    public var json: JSON {
        ["name": .string(name), "type": .string(type), "format": .string(format),
         "description": .string(description), "priority": .int(priority)]
    }
}

/// What the cells of a row may consult besides the object.
public struct TableContext: Sendable {
    public let now: SimTime
}

/// Turns objects into a `meta.k8s.io/v1` Table: the API server, not kubectl, decides columns.
public struct TableConvertor: Sendable {
    public var columns: [ColumnDefinition]
    public var cells: @Sendable (JSON, TableContext) -> [JSON]

    public init(columns: [ColumnDefinition], cells: @escaping @Sendable (JSON, TableContext) -> [JSON]) {
        self.columns = columns
        self.cells = cells
    }

    /// NAME and AGE: what kinds without a printer of their own show.
    public static let nameAndAge = TableConvertor(
        columns: [ColumnDefinition("Name", format: "name"), ColumnDefinition("Age")],
        cells: { object, context in
            [.string(object.name), .string(HumanDuration.age(of: object.creationTimestamp, now: context.now))]
        })

    /// The Table object for `objects`.
    public func table(_ objects: [JSON], context: TableContext, resourceVersion: String) -> JSON {
        ["kind": "Table", "apiVersion": "meta.k8s.io/v1",
         "metadata": ["resourceVersion": .string(resourceVersion)],
         "columnDefinitions": .array(columns.map(\.json)), "rows": .array(rows(objects, context: context))]
    }

    /// Below this many rows, a table is made on one thread.
    static let rowsForTwoThreads = 8192

    /// The rows of `objects`, in order. A row is its object's alone, so a big table's rows
    /// are made half on each of two threads.
    func rows(_ objects: [JSON], context: TableContext) -> [JSON] {
        let halves = inHalves(of: objects.count, from: Self.rowsForTwoThreads) { range in
            objects[range].map { row($0, context: context) }
        }
        return Array(halves.joined())
    }

    /// One row: its cells and the object's name, namespace, labels and creation time.
    func row(_ object: JSON, context: TableContext) -> JSON {
        // Built member by member, with keys known to differ: a table may have 150,000 rows.
        let source = object["metadata"]
        var members: [JSONObject.Member] = []
        members.reserveCapacity(4)
        members.append(.init(key: "name", value: .string(source["name"].string ?? "")))
        if let namespace = source["namespace"].string, !namespace.isEmpty {
            members.append(.init(key: "namespace", value: .string(namespace)))
        }
        if case .object = source["labels"] { members.append(.init(key: "labels", value: source["labels"])) }
        if case .string = source["creationTimestamp"] {
            members.append(.init(key: "creationTimestamp", value: source["creationTimestamp"]))
        }
        let partial = JSONObject(distinctMembers: [
            .init(key: "kind", value: "PartialObjectMetadata"), .init(key: "apiVersion", value: "meta.k8s.io/v1"),
            .init(key: "metadata", value: .object(JSONObject(distinctMembers: members))),
        ])
        return .object(JSONObject(distinctMembers: [.init(key: "cells", value: .array(cells(object, context))),
                                                    .init(key: "object", value: .object(partial))]))
    }
}
