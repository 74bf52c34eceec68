import GoPorts
import JSONValue
import KubeSim

/// `kubectl api-resources`, `api-versions` and `cluster-info`: what the cluster serves.
enum DiscoveryCommands {
    static let apiResources = Kubectl.Command(
        name: "api-resources", summary: "Print the supported API resources on the server",
        configure: { flags in
            flags.add("namespaced", nil, .bool, default: "true")
            flags.add("api-group", nil, .string)
            flags.add("output", "o", .string)
            flags.add("no-headers", nil, .bool)
            flags.add("sort-by", nil, .string)
            flags.add("verbs", nil, .stringSlice)
        },
        run: { context throws(KubectlError) in
            let output = context.flags.string("output")
            guard ["", "wide", "name"].contains(output) else { throw .message("--output \(output) is not available") }
            let cluster = try context.cluster()
            let served = cluster.apiServer.catalog.types
                + (cluster.metricsServer.isInstalled ? MetricsServer.resourceTypes : [])
            var types = served.sorted {
                ($0.group, $0.resource) < ($1.group, $1.resource)
            }
            if context.flags.isSet("namespaced") {
                let namespaced = context.flags.bool("namespaced")
                types = types.filter { $0.namespaced == namespaced }
            }
            if context.flags.isSet("api-group") { types = types.filter { $0.group == context.flags.string("api-group") } }
            if output == "name" {
                for type in types { context.out((type.group.isEmpty ? type.resource : "\(type.resource).\(type.group)") + "\n") }
                return
            }
            var rows: [[String]] = context.flags.bool("no-headers") ? [] : [["NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND"] + (output == "wide" ? ["VERBS", "CATEGORIES"] : [])]
            for type in types {
                var row = [type.resource, type.shortNames.joined(separator: ","), type.apiVersion,
                           type.namespaced ? "true" : "false", type.kind]
                if output == "wide" { row += ["[" + type.verbs.joined(separator: " ") + "]", type.categories.joined(separator: ",")] }
                rows.append(row)
            }
            var writer = TabWriter()
            context.out(writer.format(rows))
        })

    static let apiVersions = Kubectl.Command(
        name: "api-versions", summary: "Print the supported API versions on the server, in the form of \"group/version\"",
        configure: { _ in },
        run: { context throws(KubectlError) in
            let cluster = try context.cluster()
            var versions = Set(cluster.apiServer.catalog.types.map(\.apiVersion))
            if cluster.metricsServer.isInstalled { versions.insert("\(MetricsServer.group)/\(MetricsServer.version)") }
            versions.formUnion(["admissionregistration.k8s.io/v1", "apiextensions.k8s.io/v1", "apiregistration.k8s.io/v1",
                                "authentication.k8s.io/v1", "authorization.k8s.io/v1", "certificates.k8s.io/v1",
                                "events.k8s.io/v1", "flowcontrol.apiserver.k8s.io/v1", "node.k8s.io/v1",
                                "rbac.authorization.k8s.io/v1", "scheduling.k8s.io/v1"])
            for version in versions.sorted() { context.out(version + "\n") }
        })

    static let clusterInfo = Kubectl.Command(
        name: "cluster-info", summary: "Display cluster information",
        configure: { _ in },
        run: { context throws(KubectlError) in
            if context.arguments.first == "dump" {
                throw .message("Shipyard does not simulate cluster-info dump; use kubectl get and describe")
            }
            let cluster = try context.cluster()
            let endpoint = cluster.endpoint
            // kubectl colours these lines whether or not it writes to a terminal.
            context.out("\u{1B}[0;32mKubernetes control plane\u{1B}[0m is running at \u{1B}[0;33m\(endpoint)\u{1B}[0m\n")
            if cluster.apiServer.object(.service, namespace: "kube-system", name: "kube-dns") != nil {
                context.out("\u{1B}[0;32mCoreDNS\u{1B}[0m is running at \u{1B}[0;33m\(endpoint)/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\u{1B}[0m\n")
            }
            context.out("\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n")
        })
}
