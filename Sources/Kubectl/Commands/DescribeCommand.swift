import JSONValue
import KubeSim
import KubectlDescribe
import SimCore

/// `kubectl describe TYPE [NAME_PREFIX] | TYPE/NAME | -f FILE [-l SELECTOR] [-A]`: each object
/// with its related objects and events, as kubectl's describers print them.
enum DescribeCommand {
    static let command = Kubectl.Command(
        name: "describe", summary: "Show details of a specific resource or group of resources",
        configure: { flags in
            flags.add("selector", "l", .string)
            flags.add("all-namespaces", "A", .bool)
            flags.add("show-events", nil, .bool, default: "true")
            flags.add("filename", "f", .stringSlice)
            flags.add("recursive", "R", .bool)
            flags.add("chunk-size", nil, .int, default: "500")
        },
        run: { context throws(KubectlError) in try run(&context) })

    static func run(_ context: inout CommandContext) throws(KubectlError) {
        let flags = context.flags
        let filenames = flags.strings("filename")
        if context.arguments.isEmpty && filenames.isEmpty {
            throw .message("You must specify the type of resource to describe. Use \"kubectl api-resources\" for a complete list of supported resources.")
        }
        let cluster = try context.cluster()
        let server = cluster.apiServer
        let allNamespaces = flags.bool("all-namespaces")
        let namespace = context.namespace

        var objects: [JSON] = []
        var errors: [KubectlError] = []
        if !filenames.isEmpty {
            objects = try ObjectTargets.resolve(context, cluster: cluster, filenames: filenames).map(\.object)
        } else {
            let selection = try ResourceSelection.parse(context.arguments, cluster: cluster, context: context)
            let labelSelector: LabelSelector
            do {
                labelSelector = try LabelSelector.parse(flags.string("selector"))
            } catch {
                throw .message("unable to parse requirement: \(error.message)")
            }
            for group in selection.groups {
                let scope = allNamespaces ? nil : namespace
                if group.names.isEmpty {
                    objects += server.list(group.type, namespace: scope, labelSelector: labelSelector)
                    continue
                }
                for name in group.names {
                    if let object = server.object(group.type, namespace: group.type.namespaced ? namespace : "", name: name) {
                        objects.append(object)
                    } else {
                        errors.append(.server(.notFound(group.type, name)))
                    }
                }
            }
            // `describe TYPE NAME` that finds nothing describes every object whose name starts
            // with NAME, each text followed by a newline.
            if errors.count == 1, objects.isEmpty, context.arguments.count == 2, !context.arguments[0].contains("/"),
                let group = selection.groups.first, let prefix = group.names.first
            {
                let matching = server.list(group.type, namespace: allNamespaces ? nil : namespace, labelSelector: labelSelector)
                    .filter { $0.name.hasPrefix(prefix) }
                if !matching.isEmpty {
                    for object in matching { context.out(describe(object, server: server) + "\n") }
                    return
                }
            }
            if objects.isEmpty && errors.isEmpty {
                let namespaced = selection.groups.contains { $0.type.namespaced }
                context.err(allNamespaces || !namespaced
                    ? "No resources found\n" : "No resources found in \(namespace) namespace.\n")
                return
            }
        }

        let texts = objects.map { describe($0, server: server, showEvents: flags.bool("show-events")) }
        context.out(texts.joined(separator: "\n\n"))
        for error in errors { context.err(error.rendered) }
        if !errors.isEmpty { context.output.status = 1 }
    }

    static func describe(_ object: JSON, server: APIServer, showEvents: Bool = true) -> String {
        let now = KubeTime(seconds: Int(server.now.seconds))
        // kubectl searches by the object's reference; the name narrows the list on the server.
        let byName = FieldSelector(requirements: [.init(field: "involvedObject.name", value: object.name)])
        let events = showEvents
            ? server.list(.event, namespace: object.namespace.isEmpty ? nil : object.namespace, fieldSelector: byName)
                .filter { Describe.eventMatches($0, object: object) }
            : []
        let inputs = DescribeInputs(
            object: object, events: events,
            related: { resource, namespace, labels, fields in
                related(resource, namespace: namespace, labels: labels, fields: fields, server: server)
            },
            age: { Describe.age(of: $0, now: now) },
            showEvents: showEvents)
        return Describe.render(inputs)
    }

    /// The lists a describer asks for (`replicasets` of a Deployment, a node's pods and lease, …).
    static func related(_ resource: String, namespace: String?, labels: String?, fields: String?,
                        server: APIServer) -> [JSON] {
        guard let type = server.catalog.resolve(resource),
            let labelSelector = try? LabelSelector.parse(labels ?? ""),
            let fieldSelector = try? FieldSelector.parse(fields ?? "")
        else { return [] }
        return server.list(type, namespace: namespace, labelSelector: labelSelector, fieldSelector: fieldSelector)
    }
}
