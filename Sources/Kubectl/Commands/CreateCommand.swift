import JSONValue
import ToolIO
import KubeSim

/// `kubectl create -f FILE` and the generators `create deployment|job|cronjob|namespace|
/// configmap|secret generic|secret docker-registry|service|serviceaccount|ingress`, which build objects exactly as kubectl does.
enum CreateCommand {
    static let command = Kubectl.Command(
        name: "create", summary: "Create a resource from a file or from stdin",
        configure: { flags in
            CommandContext.addRecordFlag(&flags)
            flags.add("filename", "f", .stringSlice)
            flags.add("recursive", "R", .bool)
            flags.add("dry-run", nil, .string, default: "none", whenBare: "unchanged")
            OutputFormat.addFlags(to: &flags)
            flags.add("image", nil, .stringArray)
            flags.add("replicas", "r", .int, default: "1")
            flags.add("port", nil, .int, default: "-1")
            flags.add("schedule", nil, .string)
            flags.add("restart", nil, .string)
            flags.add("from", nil, .string)
            flags.add("from-literal", nil, .stringArray)
            flags.add("from-file", nil, .stringArray)
            flags.add("from-env-file", nil, .stringSlice)
            flags.add("type", nil, .string)
            flags.add("docker-username", nil, .string)
            flags.add("docker-password", nil, .string)
            flags.add("docker-email", nil, .string)
            flags.add("docker-server", nil, .string, default: "https://index.docker.io/v1/")
            flags.add("save-config", nil, .bool)
            flags.add("validate", nil, .string, default: "strict", whenBare: "strict")
            flags.add("tcp", nil, .stringSlice)
            flags.add("node-port", nil, .int, default: "0")
            flags.add("clusterip", nil, .string)
            flags.add("external-name", nil, .string)
            flags.add("class", nil, .string)
            flags.add("rule", nil, .stringArray)
            flags.add("default-backend", nil, .string)
            flags.add("annotation", nil, .stringArray)
        },
        run: { context throws(KubectlError) in try run(&context) },
        subcommands: Kubectl.SimulatedSubcommands(
            ["deployment", "job", "cronjob", "namespace", "configmap", "secret generic", "secret docker-registry", "service",
             "serviceaccount", "ingress"]
        ) { path in
            path.first == "secret"
                ? .message("Shipyard simulates `kubectl create secret generic` and `docker-registry`; `tls` is not simulated yet")
                : .message("Shipyard simulates `kubectl create` for deployment, job, cronjob, namespace, configmap, secret generic and docker-registry, service, serviceaccount and ingress (and -f); `create \(path[0])` is not simulated yet")
        })

    static func run(_ context: inout CommandContext) throws(KubectlError) {
        let flags = context.flags
        let dryRun = try DryRun.parse(&context)
        let format = try OutputFormat.parse(flags)
        if !flags.strings("filename").isEmpty {
            let cluster = try context.cluster()
            let validation = try Manifests.validation(flags)
            let manifests = try Manifests.read(flags.strings("filename"), recursive: flags.bool("recursive"), context: context)
            var failed = false
            for manifest in manifests {
                do {
                    let type = try Manifests.type(of: manifest, context: context, in: cluster)
                    var object = manifest.object
                    // kubectl's resource builder fills in the namespace of namespaced objects
                    // read from files, which a client-side dry run then prints.
                    if dryRun == .client, type.namespaced, object.namespace.isEmpty {
                        object["metadata"]["namespace"] = .string(context.namespace)
                    }
                    if flags.bool("save-config") { object = Apply.withLastApplied(object, namespace: context.namespace, type: type) }
                    object = context.recorded(object)
                    if dryRun != .client {
                        object = try Manifests.decoded(object, type: type, validation: validation, when: "creating",
                                                       source: manifest.source, cluster: cluster, context: &context)
                    }
                    let created = try create(type, object, context: context, cluster: cluster, dryRun: dryRun, source: manifest.source)
                    report(created, type: type, verb: "created", dryRun: dryRun, format: format, context: &context)
                } catch {
                    context.err(error.rendered)
                    failed = true
                }
            }
            if failed { context.output.status = 1 }
            return
        }
        guard let kind = context.arguments.first else {
            throw .verbatim("error: must specify one of -f and -k")
        }
        // `--record` belongs to `create -f`; the generators do not have it.
        if flags.isSet("record") {
            context.output = ToolOutput()  // nor its deprecation notice
            throw .flag("unknown flag: --record", command: KubectlCommandTree.path("create", context.arguments[...]))
        }
        let subcommand = context.arguments.count > 1 ? context.arguments[1] : nil
        let extra = flags.afterDash ?? []
        var object: JSON
        let type: ResourceType
        switch kind {
        case "deployment", "deploy":
            try context.requireFlags(["image"])
            let name = try context.singleName(after: 1, command: "kubectl create deployment")
            object = Generators.deployment(name: name, images: flags.strings("image"), replicas: flags.int("replicas"),
                                           port: flags.int("port"), command: extra)
            type = .deployment
        case "job":
            let name = try context.singleName(after: 1, command: "kubectl create job")
            if flags.isSet("from") {
                let from = try cronJobTemplate(flags.string("from"), context: context)
                object = Generators.jobFrom(cronJob: from, name: name)
            } else {
                guard let image = flags.strings("image").first else {
                    throw .message("either --image or --from must be specified")
                }
                object = Generators.job(name: name, image: image, command: extra)
            }
            type = .job
        case "cronjob", "cj":
            try context.requireFlags(["image", "schedule"])
            let name = try context.singleName(after: 1, command: "kubectl create cronjob")
            object = Generators.cronJob(name: name, image: flags.strings("image").first ?? "", schedule: flags.string("schedule"),
                                        restart: flags.isSet("restart") ? flags.string("restart") : "OnFailure", command: extra)
            type = .cronJob
        case "namespace", "ns":
            object = Generators.namespace(name: try context.singleName(after: 1, command: "kubectl create namespace"))
            type = .namespace
        case "configmap", "cm":
            let name = try context.singleName(after: 1, command: "kubectl create configmap")
            object = try Generators.configMap(name: name, sources: keySources(context), fs: context.invocation.fileSystem)
            type = .configMap
        case "secret" where subcommand == "docker-registry":
            let name = try context.singleName(after: 2, command: "kubectl create secret docker-registry")
            let (username, password, server) = (flags.string("docker-username"), flags.string("docker-password"),
                                                flags.string("docker-server"))
            if flags.strings("from-file").isEmpty, username.isEmpty || password.isEmpty || server.isEmpty {
                throw .message("either --from-file or the combination of --docker-username, --docker-password and --docker-server is required")
            }
            object = try Generators.dockerRegistrySecret(name: name, username: username, password: password,
                                                         email: flags.string("docker-email"), server: server,
                                                         files: flags.strings("from-file"), fs: context.invocation.fileSystem)
            type = .secret
        case "secret":
            guard subcommand == "generic" else {
                guard subcommand != nil else {
                    throw .message("Shipyard simulates `kubectl create secret generic` and `docker-registry`; `tls` is not simulated yet")
                }
                throw .usage("unknown command \"\(context.arguments.dropFirst().joined(separator: " "))\"",
                             command: "kubectl create secret")
            }
            let name = try context.singleName(after: 2, command: "kubectl create secret generic")
            object = try Generators.secret(name: name, sources: keySources(context), type: flags.string("type"),
                                           fs: context.invocation.fileSystem)
            type = .secret
        case "service", "svc":
            let types = ["clusterip": "ClusterIP", "nodeport": "NodePort", "loadbalancer": "LoadBalancer",
                         "externalname": "ExternalName"]
            guard let subcommand else {
                throw .message("Shipyard simulates `kubectl create service clusterip|nodeport|loadbalancer|externalname NAME`")
            }
            guard let serviceType = types[subcommand] else {
                throw .usage("unknown command \"\(context.arguments.dropFirst().joined(separator: " "))\"",
                             command: "kubectl create service")
            }
            if serviceType == "ExternalName" { try context.requireFlags(["external-name"]) }
            let serviceName = try context.singleName(after: 2, command: "kubectl create service \(subcommand)")
            object = try Generators.service(name: serviceName, type: serviceType, tcp: flags.strings("tcp"),
                                            nodePort: flags.int("node-port"), clusterIP: flags.string("clusterip"),
                                            externalName: flags.string("external-name"))
            type = .service
        case "ingress", "ing":
            let names = context.arguments.dropFirst()
            guard names.count == 1, let name = names.first else {
                throw .usage("exactly one NAME is required, got \(names.count)", command: "kubectl create ingress")
            }
            let request = Generators.IngressRequest(
                name: name, className: flags.string("class"), rules: flags.strings("rule"),
                defaultBackend: flags.string("default-backend"), annotations: flags.strings("annotation"))
            try Generators.validateIngress(request)
            object = try Generators.ingress(request)
            type = .ingress
        case "serviceaccount", "sa":
            let name = try context.singleName(after: 1, command: "kubectl create serviceaccount")
            object = ["kind": "ServiceAccount", "apiVersion": "v1",
                      "metadata": ["name": .string(name), "creationTimestamp": .null]]
            type = .serviceAccount
        default:
            // Not a subcommand: create's own run refuses the arguments.
            throw .usage("Unexpected args: [\(context.arguments.joined(separator: " "))]", command: "kubectl create")
        }
        if type.namespaced, context.flags.isSet("namespace"), !context.flags.string("namespace").isEmpty {
            object = Generators.inNamespace(object, context.namespace)
        }
        // --save-config: the generated object itself, in its Go field order, as the annotation
        // (kubectl's service generators never read the flag).
        if flags.bool("save-config"), type != .service {
            object["metadata"]["annotations"][Apply.annotation] = .string(JSONWriter.goCompact.write(object) + "\n")
        }
        if dryRun == .client {
            if case .table = format {
                context.out("\(type.qualifiedSingular)/\(object.name) created (dry run)\n")
            } else if format == .name {
                context.out("\(type.qualifiedSingular)/\(object.name)\n")
            } else {
                ObjectPrinter.print([object], single: true, format: format, keyOrder: false, context: &context)
            }
            return
        }
        let cluster = try context.cluster()
        let created: JSON
        do {
            created = try create(type, object, context: context, cluster: cluster, dryRun: dryRun, source: nil)
        } catch .server(let error) {
            guard let failure = failurePrefix(type, serviceType: object["spec"]["type"].string ?? "") else {
                throw .server(error)
            }
            throw .message(failure + wrappedMessage(error, type: type))
        }
        report(created, type: type, verb: "created", dryRun: dryRun, format: format, context: &context)
    }

    /// The generators wrap what the server says in their own words (`failed to create
    /// deployment: …`), so it prints as a plain error; `create namespace` passes it on as it is.
    static func failurePrefix(_ type: ResourceType, serviceType: String) -> String? {
        switch type {
        case .namespace: return nil
        case .secret: return "failed to create secret "
        case .service: return "failed to create \(serviceType) service: "
        default: return "failed to create \(type.singular): "
        }
    }

    /// The server's message as Go's error string has it: an Invalid one names the kind with its
    /// group (`Deployment.apps "web" is invalid: …`).
    static func wrappedMessage(_ error: APIError, type: ResourceType) -> String {
        guard error.reason == "Invalid", let details = error.details, !type.group.isEmpty,
            error.message.hasPrefix("\(details.kind) \"")
        else { return error.message }
        return "\(details.kind).\(type.group)" + error.message.dropFirst(details.kind.count)
    }

    static func create(_ type: ResourceType, _ object: JSON, context: CommandContext, cluster: Cluster, dryRun: DryRun,
                       source: String?) throws(KubectlError) -> JSON {
        do {
            let namespace = type.namespaced ? (object.namespace.isEmpty ? context.namespace : object.namespace) : nil
            if dryRun == .client { return object }
            return try cluster.apiServer.create(type, object, namespace: namespace, dryRun: dryRun == .server)
        } catch {
            if let source { throw .server(error, when: "creating", source: source) }
            throw .server(error)
        }
    }

    /// What a writing command prints of `object`: `-o name|yaml|json|jsonpath`, else the verb.
    /// `keyOrder: false` keeps a typed object's own field order in JSON.
    /// The keys a ConfigMap or Secret generator reads, from the flags.
    static func keySources(_ context: CommandContext) -> Generators.KeySources {
        Generators.KeySources(literals: context.flags.strings("from-literal"), files: context.flags.strings("from-file"),
                              envFiles: context.flags.strings("from-env-file"),
                              environment: context.invocation.environment)
    }

    static func report(_ object: JSON, type: ResourceType, verb: String, dryRun: DryRun, format: OutputFormat,
                       keyOrder: Bool = true, context: inout CommandContext) {
        switch format {
        case .name: context.out("\(type.qualifiedSingular)/\(object.name)\n")
        case .json, .yaml, .template:
            ObjectPrinter.print([object], single: true, format: format, keyOrder: keyOrder, context: &context)
        case .table: context.out("\(type.qualifiedSingular)/\(object.name) \(verb)\(dryRun.suffix)\n")
        }
    }

    static func cronJobTemplate(_ from: String, context: CommandContext) throws(KubectlError) -> JSON {
        let parts = from.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2, ["cronjob", "cronjobs", "cj", "cronjob.batch"].contains(parts[0]) else {
            throw .message("from must be an existing cronjob")
        }
        do {
            return try context.cluster().apiServer.get(.cronJob, namespace: context.namespace, name: parts[1])
        } catch let error as KubectlError {
            throw error
        } catch let error as APIError {
            throw .server(error)
        } catch {
            throw .message("\(error)")
        }
    }
}
