import JSONValue
import KubeSim
import KubectlPrinters
import SimCore

/// `kubectl get`: tables from the server, or objects as JSON, YAML or names.
enum GetCommand {
    static let command = Kubectl.Command(
        name: "get", summary: "Display one or many resources",
        configure: { flags in
            OutputFormat.addFlags(to: &flags)
            flags.add("selector", "l", .string)
            flags.add("sort-by", nil, .string)
            flags.add("field-selector", nil, .string)
            flags.add("all-namespaces", "A", .bool)
            flags.add("show-labels", nil, .bool)
            flags.add("label-columns", "L", .stringSlice)
            flags.add("no-headers", nil, .bool)
            flags.add("show-kind", nil, .bool)
            flags.add("ignore-not-found", nil, .bool)
            flags.add("chunk-size", nil, .int, default: "500")
            flags.add("watch", "w", .bool)
            flags.add("watch-only", nil, .bool)
            flags.add("output-watch-events", nil, .bool)
            flags.add("filename", "f", .stringSlice)
        },
        run: { context throws(KubectlError) in try run(&context) })

    static func run(_ context: inout CommandContext) throws(KubectlError) {
        let flags = context.flags
        let files = flags.strings("filename")
        if !files.isEmpty, !context.arguments.isEmpty {
            throw .message("when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well")
        }
        guard !context.arguments.isEmpty || !files.isEmpty else {
            throw .verbatim("""
                You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.

                error: Required resource not specified.
                Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).
                See 'kubectl get -h' for help and examples
                """)
        }
        let cluster = try context.cluster()
        let server = cluster.apiServer
        let selection = files.isEmpty
            ? try ResourceSelection.parse(context.arguments, cluster: cluster, context: context)
            : try ResourceSelection.fromFiles(files, cluster: cluster, context: context)
        let allNamespaces = flags.bool("all-namespaces")
        if allNamespaces && selection.byName {
            throw .message("a resource cannot be retrieved by name across all namespaces")
        }
        let format = try OutputFormat.parse(flags, tables: true)
        if flags.bool("show-labels"), !["", "wide"].contains(flags.string("output")) {
            throw .message("--show-labels option cannot be used with \(flags.string("output")) printer")
        }
        if flags.bool("output-watch-events"), !flags.bool("watch"), !flags.bool("watch-only") {
            throw .message("--output-watch-events option can only be used with --watch or --watch-only")
        }
        let labelSelector: LabelSelector
        do {
            labelSelector = try LabelSelector.parse(flags.string("selector"))
        } catch {
            throw .message("unable to parse requirement: \(error.message)")
        }
        let fieldSelector: FieldSelector
        do {
            fieldSelector = try FieldSelector.parse(flags.string("field-selector"))
        } catch {
            throw .message(error.message)
        }
        let namespace = context.namespace
        if !allNamespaces, server.object(.namespace, namespace: "", name: namespace) == nil,
            selection.groups.contains(where: \.type.namespaced)
        {
            // Listing in a namespace that does not exist is simply empty, as on a real server.
        }

        let watching = flags.bool("watch") || flags.bool("watch-only")
        if watching, selection.groups.count > 1 {
            throw .message("watch is only supported on individual resources and resource collections, but \(selection.groups.count) resources were found")
        }
        var collected: [(ResourceType, [JSON])] = []
        var errors: [KubectlError] = []
        for group in selection.groups {
            for requirement in fieldSelector.requirements
            where !FieldSelector.supportedFields(kind: group.type.kind).contains(requirement.field) {
                throw .server(.badRequest("Unable to find \"\(group.type.group.isEmpty ? "/" : group.type.group + "/")\(group.type.version), Resource=\(group.type.resource)\" that match label selector \"\(flags.string("selector"))\", field selector \"\(flags.string("field-selector"))\": field label not supported: \(requirement.field)"))
            }
            if group.names.isEmpty {
                let objects = server.list(group.type, namespace: allNamespaces ? nil : namespace,
                                          labelSelector: labelSelector, fieldSelector: fieldSelector)
                collected.append((group.type, objects))
            } else {
                var objects: [JSON] = []
                for name in group.names {
                    do {
                        objects.append(try server.get(group.type, namespace: group.namespace ?? namespace, name: name))
                    } catch {
                        if !flags.bool("ignore-not-found") { errors.append(.server(error)) }
                    }
                }
                collected.append((group.type, objects))
            }
        }

        let sortBy = flags.string("sort-by")
        if !sortBy.isEmpty, !watching, !(selection.byName && collected.map(\.1.count).reduce(0, +) <= 1) {
            switch format {
            case .template: break  // the template printer sorts after compiling its template
            case .table, .json, .yaml, .name:
                var mode = KubectlSort.Mode.list
                if case .table = format { mode = .table }
                for index in collected.indices {
                    switch KubectlSort.sorted(collected[index].1, by: sortBy, mode: mode) {
                    case .success(let sorted): collected[index].1 = sorted
                    case .failure(let error):
                        context.err(error.kubectlStderr(timestamp: cluster.apiServer.now.klog,
                                                        namespace: allNamespaces ? nil : namespace))
                        context.output.status = error.exitCode
                        return
                    }
                }
            }
        }
        let total = collected.map(\.1.count).reduce(0, +)
        let watchEvents = watching && flags.bool("output-watch-events")
        var watchPrinter: TablePrinter?
        var objectPrinter = WatchObjectPrinter(format: format, events: watchEvents)
        switch format {
        case .table(let wide):
            var printed = false
            for (type, objects) in collected where !objects.isEmpty || watching {
                if printed { context.out("\n") }
                let showKind = selection.multipleTypes || flags.bool("show-kind")
                var printer = TablePrinter(
                    wide: wide, withNamespace: allNamespaces && type.namespaced, noHeaders: flags.bool("no-headers"),
                    showLabels: flags.bool("show-labels"), labelColumns: flags.strings("label-columns"),
                    namePrefix: showKind ? type.qualifiedSingular + "/" : nil,
                    eventColumn: watchEvents ? .added : nil)
                if !flags.bool("watch-only"), !objects.isEmpty || !watching {
                    context.out(printer.print(server.table(type, objects)))
                    printed = true
                }
                printer.noHeaders = printed || printer.noHeaders
                watchPrinter = printer
            }
        case .name:
            for (type, objects) in collected {
                for object in objects { context.out("\(type.qualifiedSingular)/\(object.name)\n") }
            }
        case .json where watching, .yaml where watching:
            // A watch prints the objects it starts from one by one, as it prints changes.
            if !flags.bool("watch-only") {
                for object in collected.flatMap(\.1) { objectPrinter.print(object, as: .added, context: &context) }
            }
        case .json, .yaml, .template:
            let objects = collected.flatMap(\.1)
            let single = selection.byName && !selection.multipleTypes && objects.count == 1 && errors.isEmpty
                && selection.groups.first?.names.count == 1
            if total > 0 || !selection.byName {
                ObjectPrinter.print(objects, single: single, format: format, sortBy: sortBy, context: &context)
            }
        }
        for error in errors { context.err(error.rendered) }
        if !errors.isEmpty { context.output.status = 1 }
        if watching, let group = selection.groups.first {
            if total == 0, !flags.bool("watch-only") {
                context.err(allNamespaces || !group.type.namespaced
                    ? "No resources found\n" : "No resources found in \(namespace) namespace.\n")
            }
            Watch.follow(group: group, namespace: allNamespaces ? nil : namespace, labelSelector: labelSelector,
                         fieldSelector: fieldSelector, printer: watchPrinter, objectPrinter: objectPrinter,
                         cluster: cluster, context: &context)
            return
        }
        if total == 0 && errors.isEmpty && !selection.byName {
            if case .table = format {
                let namespaced = selection.groups.contains { $0.type.namespaced }
                context.err(allNamespaces || !namespaced
                    ? "No resources found\n" : "No resources found in \(namespace) namespace.\n")
            }
        }
    }
}
