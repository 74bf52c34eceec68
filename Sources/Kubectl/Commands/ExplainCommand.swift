import JSONValue
import KubeSim

/// `kubectl explain TYPE[.field…] [--recursive] [--api-version=G/V]`: field documentation from
/// the API server's OpenAPI v3 documents.
enum ExplainCommand {
    static let command = Kubectl.Command(
        name: "explain", summary: "Get documentation for a resource",
        configure: { flags in
            flags.add("recursive", nil, .bool)
            flags.add("api-version", nil, .string)
            flags.add("output", "o", .string, default: "plaintext")
        },
        run: { context throws(KubectlError) in try run(&context) })

    static func run(_ context: inout CommandContext) throws(KubectlError) {
        let arguments = context.arguments
        guard !arguments.isEmpty else {
            throw .message("You must specify the type of resource to explain. Use \"kubectl api-resources\" for a complete list of supported resources.")
        }
        guard arguments.count == 1 else { throw .message("We accept only this format: explain RESOURCE") }
        let format = context.flags.string("output")
        guard format == "plaintext" else {
            if format == "plaintext-openapiv2" {
                throw .message("Shipyard renders explain from OpenAPI v3 only; use -o plaintext (the default)")
            }
            throw .message("unrecognized format: \(format)")
        }
        let cluster = try context.cluster()
        var text = arguments[0]
        if text.hasSuffix(".") { text.removeLast() }
        let segments = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let typed = segments.first, !typed.isEmpty, segments.dropFirst().allSatisfy({ !$0.isEmpty }) else {
            throw .message("invalid jsonpath syntax, first node must be field node")
        }
        // What discovery lists (metrics-server's kinds too), matched as kubectl does: the longest
        // prefix naming a resource, so `deployments.apps.spec` and `nodes.metrics.k8s.io` are
        // group-qualified and `pods.spec` is pods and a field.
        let served = ResourceCatalog(types: cluster.apiServer.catalog.types
            + (cluster.metricsServer.isInstalled ? MetricsServer.resourceTypes : []))
        var resolved: (type: ResourceType, fields: [String])?
        for count in stride(from: segments.count, to: 0, by: -1) {
            if let type = served.resolve(segments[..<count].joined(separator: ".")) {
                resolved = (type, Array(segments[count...]))
                break
            }
        }
        guard let resolved else { throw .message("the server doesn't have a resource type \"\(typed)\"") }
        var type = resolved.type
        let fields = resolved.fields
        if context.flags.isSet("api-version") {
            let apiVersion = context.flags.string("api-version")
            let parts = apiVersion.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard parts.count <= 2, !(parts.last ?? "").isEmpty else {
                throw .message("unexpected GroupVersion string: \(apiVersion)")
            }
            type.group = parts.count == 2 ? parts[0] : ""
            type.version = parts.last ?? type.version
        }
        let path = type.group.isEmpty ? "api/\(type.version)" : "apis/\(type.group)/\(type.version)"
        guard let document = OpenAPIDocuments.document(path) else {
            // Every built-in group-version has a document (a test checks it); metrics-server's
            // metrics.k8s.io/v1beta1 has none in Shipyard.
            if served.types.contains(where: { $0.apiVersion == type.apiVersion }) {
                let covered = OpenAPIDocuments.paths.map { $0.split(separator: "/").dropFirst().joined(separator: "/") }
                throw .message("Shipyard has no field documentation for \(type.qualifiedResource) (\(type.apiVersion)); explain covers the kinds of "
                    + covered.dropLast().joined(separator: ", ") + " and " + (covered.last ?? ""))
            }
            throw .message("couldn't find resource for \"\(type.group)/\(type.version), Resource=\(type.resource)\"")
        }
        do {
            let output = try ExplainRenderer(document: document).render(
                group: type.group, version: type.version, resource: type.resource, fieldPath: fields,
                recursive: context.flags.bool("recursive"))
            context.out(output)
        } catch {
            throw .message(error.message)
        }
    }
}
