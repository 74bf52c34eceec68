import JSONValue
import KubeSim
import ToolIO
import YAMLCoding

/// Objects read from `-f`: files, directories (their .yaml, .yml and .json files), or `-`
/// for standard input; multi-document YAML and JSON alike.
struct Manifest {
    /// Where the object came from, as kubectl names it in errors ("deploy.yaml", "STDIN").
    var source: String
    var object: JSON

    /// The namespace the object goes to: its own, or the command's; none for cluster-scoped kinds.
    func namespace(as type: ResourceType, default requested: String) -> String {
        type.namespaced ? (object.namespace.isEmpty ? requested : object.namespace) : ""
    }
}

enum Manifests {
    static func read(_ paths: [String], recursive: Bool, context: CommandContext) throws(KubectlError) -> [Manifest] {
        var manifests: [Manifest] = []
        let fs = context.invocation.fileSystem
        for path in paths {
            if path == "-" {
                manifests += try parse(context.invocation.stdin ?? "", source: "STDIN")
                continue
            }
            if path.hasPrefix("http://") || path.hasPrefix("https://") {
                throw .message("Shipyard has no network: save the manifest to a file and use -f FILE")
            }
            guard fs.exists(path) else { throw .message("the path \"\(path)\" does not exist") }
            if fs.isDirectory(path) {
                for file in files(in: path, recursive: recursive, fs: fs) {
                    manifests += try parse(text(file, fs: fs), source: file)
                }
            } else {
                manifests += try parse(text(path, fs: fs), source: path)
            }
        }
        if manifests.isEmpty { throw .message("no objects passed to \(context.commandPath.split(separator: " ").last ?? "")") }
        return manifests
    }

    static func files(in directory: String, recursive: Bool, fs: FileSystem) -> [String] {
        var result: [String] = []
        for name in fs.list(directory) ?? [] {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            if fs.isDirectory(path) {
                if recursive { result += files(in: path, recursive: true, fs: fs) }
            } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml") || name.hasSuffix(".json") {
                result.append(path)
            }
        }
        return result
    }

    static func text(_ path: String, fs: FileSystem) throws(KubectlError) -> String {
        do {
            return try fs.readText(path)
        } catch {
            throw .message("open \(path): no such file or directory")
        }
    }

    static func parse(_ text: String, source: String) throws(KubectlError) -> [Manifest] {
        let documents: [JSON]
        do {
            documents = try KubeYAML.parseDocuments(text)
        } catch {
            throw .message("error parsing \(source): \(error.kubectlMessage)")
        }
        var manifests: [Manifest] = []
        for document in documents where !document.isNull {
            // A List holds its items.
            if document.kind == "List" || (document.kind.hasSuffix("List") && document["items"].array != nil) {
                for item in document["items"].array ?? [] { manifests.append(Manifest(source: source, object: item)) }
            } else {
                manifests.append(Manifest(source: source, object: document))
            }
        }
        return manifests
    }

    /// The resource type of a manifest, with kubectl's errors for missing or unknown kinds and,
    /// as its resource builder does for every `-f` command, for a namespace in the file that
    /// differs from one given with `-n`.
    static func type(of manifest: Manifest, context: CommandContext, in cluster: Cluster) throws(KubectlError)
        -> ResourceType
    {
        let type = try type(of: manifest, in: cluster)
        let namespace = manifest.object.namespace
        if type.namespaced, !namespace.isEmpty, context.flags.isSet("namespace"), namespace != context.namespace {
            throw .message("the namespace from the provided object \"\(namespace)\" does not match the namespace \"\(context.namespace)\". You must pass '--namespace=\(namespace)' to perform this operation.")
        }
        return type
    }

    private static func type(of manifest: Manifest, in cluster: Cluster) throws(KubectlError) -> ResourceType {
        let object = manifest.object
        guard let apiVersion = object["apiVersion"].string, !apiVersion.isEmpty else {
            throw .message("error validating \"\(manifest.source)\": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false")
        }
        guard let kind = object["kind"].string, !kind.isEmpty else {
            throw .message("error validating \"\(manifest.source)\": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false")
        }
        // The resource builder reads each object's metadata into ObjectMeta before anything else.
        if let problem = RequestDecoding.metadataError(object) {
            throw .message("unable to decode \"\(manifest.source)\": \(problem)")
        }
        guard let type = cluster.apiServer.catalog.type(kind: kind, apiVersion: apiVersion) else {
            throw unmapped(object, source: manifest.source)
        }
        return type
    }

    /// The resource builder's error for an object of a kind the server has not.
    static func unmapped(_ object: JSON, source: String) -> KubectlError {
        .verbatim("error: resource mapping not found for name: \"\(object.name)\" namespace: \"\(object.namespace)\" from \"\(source)\": no matches for kind \"\(object.kind)\" in version \"\(object["apiVersion"].string ?? "")\"\nensure CRDs are installed first")
    }

    /// `--validate`: strict (or true), warn, or ignore (or false), as the server's field
    /// validation of the request.
    static func validation(_ flags: FlagSet) throws(KubectlError) -> FieldValidation {
        switch flags.string("validate") {
        case "strict", "true", "1", "t", "T", "TRUE", "True": return .strict
        case "warn": return .warn
        case "ignore", "false", "0", "f", "F", "FALSE", "False": return .ignore
        case let other:
            throw .message("invalid - validate option \"\(other)\"; must be one of: strict (or true), warn, ignore (or false)")
        }
    }

    /// A manifest's object as the server decodes the request carrying it (fields the kind has
    /// not are gone, or refused), with the server's warnings printed as kubectl prints them.
    static func decoded(_ object: JSON, type: ResourceType, validation: FieldValidation, when verb: String,
                        source: String, cluster: Cluster, context: inout CommandContext) throws(KubectlError) -> JSON {
        do {
            let (decoded, warnings) = try cluster.apiServer.decodeBody(object, as: type, validation: validation)
            warn(warnings, context: &context)
            return decoded
        } catch {
            throw .server(error, when: verb, source: source)
        }
    }

    /// The server's warnings, as kubectl prints them.
    static func warn(_ warnings: [String], context: inout CommandContext) {
        for warning in warnings { context.err("Warning: \(warning)\n") }
    }
}
