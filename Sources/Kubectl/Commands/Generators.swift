import GoPorts
import JSONValue
import KubeSim
import SimCore
import ToolIO

/// The objects kubectl's `create`/`run` generators build, member for member in the Go types'
/// field order (maps, being Go maps, in sorted key order) — what `--dry-run=client -o json`
/// prints and what reaches the API server.
enum Generators {
    /// kubectl's container name for an image: the last path segment without tag or digest.
    static func containerName(for image: String) -> String {
        var name = String(image.split(separator: "/").last ?? Substring(image))
        if let colon = name.firstIndex(of: ":") { name = String(name[..<colon]) }
        if let at = name.firstIndex(of: "@") { name = String(name[..<at]) }
        return name.replacing("_", with: "-")
    }

    static func sortedMap(_ pairs: [(String, String)]) -> JSON {
        var seen: [String: String] = [:]
        for (key, value) in pairs { seen[key] = value }
        return .object(JSONObject(seen.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { ($0, JSON.string(seen[$0] ?? "")) }))
    }

    static func metadata(_ name: String, labels: JSON? = nil) -> JSON {
        var metadata = JSONObject()
        metadata["name"] = .string(name)
        metadata["creationTimestamp"] = .null
        if let labels { metadata["labels"] = labels }
        return .object(metadata)
    }

    static func container(name: String, image: String, command: [String] = [], port: Int? = nil) -> JSON {
        var container = JSONObject()
        container["name"] = .string(name)
        container["image"] = .string(image)
        if !command.isEmpty { container["command"] = .array(command.map(JSON.string)) }
        if let port { container["ports"] = [["containerPort": .int(port)]] }
        container["resources"] = .object(JSONObject())
        return .object(container)
    }

    static func deployment(name: String, images: [String], replicas: Int, port: Int, command: [String]) -> JSON {
        let labels = sortedMap([("app", name)])
        let containers = images.enumerated().map { index, image in
            container(name: containerName(for: image), image: image, command: images.count == 1 ? command : [],
                      port: index == 0 && port >= 0 ? port : nil)
        }
        return [
            "kind": "Deployment", "apiVersion": "apps/v1",
            "metadata": metadata(name, labels: labels),
            "spec": [
                "replicas": .int(replicas),
                "selector": ["matchLabels": labels],
                "template": ["metadata": metadata(name, labels: labels).removingName,
                             "spec": ["containers": .array(containers)]],
                "strategy": .object(JSONObject()),
            ],
            "status": .object(JSONObject()),
        ]
    }

    static func job(name: String, image: String, command: [String]) -> JSON {
        [
            "kind": "Job", "apiVersion": "batch/v1",
            "metadata": metadata(name),
            "spec": ["template": ["metadata": ["creationTimestamp": .null],
                                  "spec": ["containers": [container(name: name, image: image, command: command)],
                                           "restartPolicy": "Never"]]],
            "status": .object(JSONObject()),
        ]
    }

    static func jobFrom(cronJob: JSON, name: String) -> JSON {
        var metadata = JSONObject()
        metadata["name"] = .string(name)
        metadata["creationTimestamp"] = .null
        if let labels = cronJob["spec"]["jobTemplate"]["metadata"]["labels"].object { metadata["labels"] = .object(labels) }
        metadata["annotations"] = ["cronjob.kubernetes.io/instantiate": "manual"]
        metadata["ownerReferences"] = [["apiVersion": "batch/v1", "kind": "CronJob", "name": .string(cronJob.name),
                                        "uid": .string(cronJob.uid), "controller": true]]
        return ["kind": "Job", "apiVersion": "batch/v1", "metadata": .object(metadata),
                "spec": cronJob["spec"]["jobTemplate"]["spec"], "status": .object(JSONObject())]
    }

    static func cronJob(name: String, image: String, schedule: String, restart: String, command: [String]) -> JSON {
        [
            "kind": "CronJob", "apiVersion": "batch/v1",
            "metadata": metadata(name),
            "spec": [
                "schedule": .string(schedule),
                "jobTemplate": [
                    "metadata": metadata(name),
                    "spec": ["template": ["metadata": ["creationTimestamp": .null],
                                          "spec": ["containers": [container(name: name, image: image, command: command)],
                                                   "restartPolicy": .string(restart)]]],
                ],
            ],
            "status": .object(JSONObject()),
        ]
    }

    static func namespace(name: String) -> JSON {
        ["kind": "Namespace", "apiVersion": "v1", "metadata": metadata(name), "spec": .object(JSONObject()),
         "status": .object(JSONObject())]
    }

    /// Where a ConfigMap's or Secret's keys come from: `--from-file`, `--from-literal`, or
    /// `--from-env-file` (alone), whose lines without `=` take their value from the environment.
    struct KeySources {
        var literals: [String]
        var files: [String]
        var envFiles: [String] = []
        var environment: [String: String] = [:]
    }

    static func configMap(name: String, sources: KeySources, fs: FileSystem) throws(KubectlError) -> JSON {
        let data = try keyValues(sources, fs: fs) { key in
            "cannot add key \(GoStrconv.quote(key)), another key by that name already exists in Data for ConfigMap \(GoStrconv.quote(name))"
        }
        var object: JSON = ["kind": "ConfigMap", "apiVersion": "v1", "metadata": metadata(name)]
        if !data.isEmpty { object["data"] = sortedMap(data) }
        return object
    }

    static func secret(name: String, sources: KeySources, type: String, fs: FileSystem) throws(KubectlError) -> JSON {
        let data = try keyValues(sources, fs: fs) { key in
            "cannot add key \(key), another key by that name already exists"
        }.map { ($0.0, Base64.encode($0.1)) }
        var object: JSON = ["kind": "Secret", "apiVersion": "v1", "metadata": metadata(name)]
        if !data.isEmpty { object["data"] = sortedMap(data) }
        if !type.isEmpty { object["type"] = .string(type) }
        return object
    }

    /// `create secret docker-registry`: a `kubernetes.io/dockerconfigjson` Secret holding the
    /// `~/.docker/config.json` a node pulls with (`auths`, then per server the username,
    /// password, email and `auth`, each left out when empty), or the files given.
    static func dockerRegistrySecret(name: String, username: String, password: String, email: String, server: String,
                                     files: [String], fs: FileSystem) throws(KubectlError) -> JSON {
        var object: JSON = ["kind": "Secret", "apiVersion": "v1", "metadata": metadata(name)]
        if files.isEmpty {
            var entry = JSONObject()
            for (key, value) in [("username", username), ("password", password), ("email", email),
                                 ("auth", Base64.encode(username + ":" + password))] where !value.isEmpty {
                entry[key] = .string(value)
            }
            var auths = JSONObject()
            auths[server] = .object(entry)
            let config = JSONWriter.goCompact.write(["auths": .object(auths)])
            object["data"] = [".dockerconfigjson": .string(Base64.encode(config))]
        } else {
            let sources = files.map { $0.contains("=") ? $0 : ".dockerconfigjson=" + $0 }
            let data = try keyValues(literals: [], files: sources, fs: fs) { key in
                "cannot add key \(key), another key by that name already exists"
            }.map { ($0.0, Base64.encode($0.1)) }
            object["data"] = sortedMap(data)
        }
        object["type"] = "kubernetes.io/dockerconfigjson"
        return object
    }

    /// The object with `namespace` in its metadata, where Go's ObjectMeta puts it (after the
    /// name): what a generator makes when `-n` names the namespace (EnforceNamespace).
    static func inNamespace(_ object: JSON, _ namespace: String) -> JSON {
        guard let metadata = object["metadata"].object else { return object }
        var members: [JSONObject.Member] = []
        for member in metadata.entries where member.key != "namespace" {
            members.append(member)
            if member.key == "name" { members.append(JSONObject.Member(key: "namespace", value: .string(namespace))) }
        }
        var result = object
        result["metadata"] = .object(JSONObject(distinctMembers: members))
        return result
    }

    /// The keys of `sources`: its env files' alone (kubectl refuses them with the others), else
    /// its files' and literals'.
    static func keyValues(_ sources: KeySources, fs: FileSystem,
                          duplicate: (String) -> String) throws(KubectlError) -> [(String, String)] {
        guard !sources.envFiles.isEmpty else {
            return try keyValues(literals: sources.literals, files: sources.files, fs: fs, duplicate: duplicate)
        }
        guard sources.files.isEmpty, sources.literals.isEmpty else {
            throw .message("from-env-file cannot be combined with from-file or from-literal")
        }
        var result: [(String, String)] = []
        for path in sources.envFiles {
            guard fs.exists(path) else { throw .message("error reading \(path): no such file or directory") }
            guard !fs.isDirectory(path) else { throw .message("env config file cannot be a directory") }
            let text = (try? fs.readText(path)) ?? ""
            for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                // cmdutil.processEnvFileLine: a BOM on the first line, leading white space,
                // blank lines and comments go; `KEY` alone takes the environment's value.
                var line = Substring(raw)
                if number == 0, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
                line = line.drop { $0.isWhitespace }
                if line.hasSuffix("\r") { line = line.dropLast() }
                guard let first = line.first, first != "#" else { continue }
                let key = String(line.prefix { $0 != "=" })
                guard EnvVarName.isValid(key) else {
                    throw .message("\(GoStrconv.quote(key)) is not a valid key name: \(EnvVarName.message)")
                }
                let value = line.contains("=") ? String(line.drop { $0 != "=" }.dropFirst()) : sources.environment[key] ?? ""
                if result.contains(where: { $0.0 == key }) { throw .message(duplicate(key)) }
                result.append((key, value))
            }
        }
        return result
    }

    /// `--from-file=[key=]path`, then `--from-literal=key=value`, in that order as kubectl adds
    /// them; a key added twice is refused with `duplicate`'s message.
    static func keyValues(literals: [String], files: [String], fs: FileSystem,
                          duplicate: (String) -> String) throws(KubectlError) -> [(String, String)] {
        var result: [(String, String)] = []
        func add(_ key: String, _ value: String) throws(KubectlError) {
            if result.contains(where: { $0.0 == key }) { throw .message(duplicate(key)) }
            result.append((key, value))
        }
        for file in files {
            let parts = file.split(separator: "=", maxSplits: 1).map(String.init)
            let path = parts.count == 2 ? parts[1] : file
            let key = parts.count == 2 ? parts[0] : String(path.split(separator: "/").last ?? Substring(path))
            let text: String
            do {
                text = try fs.readText(path)
            } catch {
                throw .message("error reading \(path): no such file or directory")
            }
            try add(key, text)
        }
        for literal in literals {
            let parts = literal.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty else {
                throw .message("invalid literal source \(literal), expected key=value")
            }
            try add(parts[0], parts[1])
        }
        return result
    }
}

extension JSON {
    /// Metadata without its name: a pod template's metadata.
    var removingName: JSON {
        var copy = self
        copy.remove("name")
        return copy
    }
}
