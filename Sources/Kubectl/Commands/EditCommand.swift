import GoPorts
import JSONValue
import KubeSim
import ToolIO
import YAMLCoding

/// `kubectl edit (TYPE NAME | TYPE/NAME | TYPE | -f FILE)`: the objects as YAML (JSON with
/// `-o json`) in a temporary file, opened in the learner's editor (`$KUBE_EDITOR`, else
/// `$EDITOR`, else `vi`). What comes back goes to the server object by object; a file with a
/// syntax error or an invalid object opens again with the reasons at its top, until it is
/// valid or comes back unchanged. kubectl's editor options (v1.32) are the reference.
enum EditCommand {
    static let command = Kubectl.Command(
        name: "edit", summary: "Edit a resource on the server",
        configure: { flags in
            flags.add("filename", "f", .stringSlice)
            flags.add("recursive", "R", .bool)
            flags.add("kustomize", "k", .string)
            OutputFormat.addFlags(to: &flags)
            flags.add("output-patch", nil, .bool)
            flags.add("windows-line-endings", nil, .bool)
            flags.add("field-manager", nil, .string, default: "kubectl-edit")
            flags.add("save-config", nil, .bool)
            flags.add("subresource", nil, .string)
            flags.add("validate", nil, .string, default: "strict", whenBare: "strict")
        },
        run: { context throws(KubectlError) in try run(&context) })

    /// What kubectl writes above the objects (not above JSON, which has no comments).
    static let header = """
        # Please edit the object below. Lines beginning with a '#' will be ignored,
        # and an empty file will abort the edit. If an error occurs while saving this file will be
        # reopened with the relevant failures.
        #

        """

    /// How many times a file with errors is reopened before Shipyard stops (see `run`).
    static let maxReopens = 20

    /// Why the file opens again: a line, and the causes under it.
    struct Reason {
        var head: String
        var causes: [String] = []
    }

    static func run(_ context: inout CommandContext) throws(KubectlError) {
        let flags = context.flags
        if flags.bool("output-patch") { throw .message("Shipyard does not print kubectl edit's patch (--output-patch).") }
        if !flags.string("subresource").isEmpty { throw .message("Shipyard does not edit subresources (--subresource).") }
        let validation = try Manifests.validation(flags)
        let cluster = try context.cluster()
        let originals = try targets(context, cluster: cluster)
        guard !originals.isEmpty else { throw .message("edit cancelled, no objects found") }
        // The editor's printer knows only these two, and says so when it first prints.
        let format = flags.string("output")
        guard ["", "yaml", "json"].contains(format) else {
            throw .message("unable to match a printer suitable for the output format \"\(format)\", allowed formats are: json,yaml")
        }
        let json = format == "json"
        var session = Session(context: context, json: json)
        var reasons: [Reason] = []
        var original = ""
        var edited = ""
        var containsError = false
        var reopened = 0
        while true {
            var text = json ? "" : header + reasons.map(\.commentText).joined()
            if containsError {
                text += manualStrip(edited)
            } else {
                text += document(originals.map(\.object), json: json)
                original = text
            }
            let before = edited
            edited = try session.edit(text, context: &context)
            // kubectl reopens the file for as long as the editor keeps changing it; a scripted
            // editor that changes it every time would never stop, so Shipyard gives up after
            // `maxReopens` passes, as if the file had come back unchanged.
            if containsError, stripComments(before) == stripComments(edited) || reopened >= maxReopens {
                throw session.preserving(.message("Edit cancelled, no valid changes were saved."), context: &context)
            }
            if containsError { reopened += 1 }
            session.forgetPrevious()
            if stripComments(original) == stripComments(edited) {
                session.discard()
                context.err("Edit cancelled, no changes made.\n")
                return
            }
            guard hasLines(edited) else {
                session.discard()
                context.err("Edit cancelled, saved file was empty.\n")
                return
            }
            let manifests: [Manifest]
            do {
                manifests = try decode(edited, cluster: cluster)
            } catch {
                containsError = true
                reasons = [Reason(head: "The edited file had a syntax error: \(error.text)")]
                continue
            }
            containsError = false
            for manifest in manifests {
                let namespace = manifest.object.namespace
                if !namespace.isEmpty, namespace != context.namespace {
                    throw session.preserving(.message("the namespace from the provided object \"\(namespace)\" does not match the namespace \"\(context.namespace)\". You must pass '--namespace=\(namespace)' to perform this operation."), context: &context)
                }
            }
            let saved = try save(manifests, originals: originals, validation: validation, json: json, format: format,
                                 session: session, cluster: cluster, context: &context)
            reasons = saved.reasons
            let (retryable, notFound) = (saved.retryable, saved.notFound)
            if retryable > 0 {
                context.err("You can run `kubectl replace -f \(session.path)` to try this update again.\n")
                context.output.status = 1
                return
            }
            if notFound > 0 {
                context.err("The edits you made on deleted resources have been saved to \(GoStrconv.quote(session.path))\n")
                context.output.status = 1
                return
            }
            guard !reasons.isEmpty else {
                session.discard()
                return
            }
            containsError = true
        }
    }

    /// The edited file's objects as the resource builder reads them: YAML (or JSON) documents
    /// that are objects of a kind the server has; anything else is what kubectl calls the
    /// file's syntax error.
    static func decode(_ text: String, cluster: Cluster) throws(KubectlError) -> [Manifest] {
        let manifests = try Manifests.parse(text, source: "edited-file")
        for manifest in manifests {
            let object = manifest.object
            guard object.object != nil else {
                let found = object.array != nil ? "array" : object.string != nil ? "string" : object.bool != nil ? "bool" : "number"
                throw .message("unable to decode \"edited-file\": json: cannot unmarshal \(found) into Go value of type unstructured.detector")
            }
            let (kind, apiVersion) = (object.kind, object["apiVersion"].string ?? "")
            if !kind.isEmpty, !apiVersion.isEmpty, cluster.apiServer.catalog.type(kind: kind, apiVersion: apiVersion) == nil {
                throw Manifests.unmapped(object, source: "edited-file")
            }
        }
        return manifests
    }

    /// What sending the edited objects gave: reasons to reopen the file (invalid objects), and
    /// how many failed otherwise (a conflict) or were gone.
    struct Saved {
        var reasons: [Reason] = []
        var retryable = 0
        var notFound = 0
    }

    /// Sends each edited object that changed, matched to its original by uid, and prints it
    /// (`deployment.apps/web edited`) or kubectl's error for it.
    static func save(_ manifests: [Manifest], originals: [ObjectTargets.Target], validation: FieldValidation, json: Bool,
                     format: String, session: Session, cluster: Cluster,
                     context: inout CommandContext) throws(KubectlError) -> Saved {
        var saved = Saved()
        for manifest in manifests {
            guard let match = originals.first(where: { $0.object.uid == manifest.object.uid }) else {
                throw session.preserving(.message("no original object found for \(manifest.object.kind) \"\(manifest.object.name)\""), context: &context)
            }
            if ObjectPrinter.sorted(manifest.object) == ObjectPrinter.sorted(match.object) {
                context.out("\(match.type.qualifiedSingular)/\(match.object.name) skipped\n")
                continue
            }
            guard manifest.object["apiVersion"] == match.object["apiVersion"], manifest.object.kind == match.object.kind,
                manifest.object.name == match.object.name
            else {
                throw session.preserving(.message("At least one of apiVersion, kind and name was changed"), context: &context)
            }
            do throws(APIError) {
                let updated = try save(manifest.object, as: match.type, validation: validation, cluster: cluster,
                                       context: &context)
                let printed: OutputFormat = json ? .json : (format == "yaml" ? .yaml : .table(wide: false))
                CreateCommand.report(updated, type: match.type, verb: "edited", dryRun: .none, format: printed,
                                     context: &context)
            } catch {
                let resource = match.type.qualifiedResource
                let name = GoStrconv.quote(match.object.name)
                switch error.reason {
                case "Invalid":
                    context.err("error: \(resource) \(name) is invalid\n")
                    saved.reasons.append(Reason(head: "\(resource) \(name) was not valid",
                                                causes: error.details?.causes.map(\.description) ?? []))
                case "NotFound":
                    context.err("error: \(resource) \(name) could not be found on the server\n")
                    saved.notFound += 1
                default:
                    context.err("error: \(resource) \(name) could not be patched: \(error.message)\n")
                    saved.retryable += 1
                }
            }
        }
        return saved
    }

    /// The objects named, each read afresh from the server; a type alone means all of its
    /// objects in the namespace.
    static func targets(_ context: CommandContext, cluster: Cluster) throws(KubectlError) -> [ObjectTargets.Target] {
        let filenames = context.flags.strings("filename")
        if filenames.isEmpty, !context.arguments.isEmpty {
            let selection = try ResourceSelection.parse(context.arguments, cluster: cluster, context: context)
            if !selection.byName {
                return selection.groups.flatMap { group in
                    cluster.apiServer.list(group.type, namespace: context.namespace).map {
                        ObjectTargets.Target(type: group.type, object: $0)
                    }
                }
            }
        }
        return try ObjectTargets.resolve(context, cluster: cluster, allowSelector: false, filenames: filenames)
    }

    /// The file's text: one object, or a List of several (with an empty `metadata`, as
    /// kubectl builds it), keys sorted as the printers sort them.
    static func document(_ objects: [JSON], json: Bool) -> String {
        let document: JSON = objects.count == 1
            ? objects[0] : ["kind": "List", "apiVersion": "v1", "metadata": .object(JSONObject()), "items": .array(objects)]
        return json ? JSONWriter.kubectl.write(ObjectPrinter.sorted(document)) + "\n" : KubectlYAML.render(document)
    }

    /// Writes one edited object: decoded as the server decodes a request, the last-applied
    /// annotation refreshed with `--save-config`, and stored in place of the live one — unless
    /// only its status changed, which the main resource ignores (kubectl's PATCH is then a
    /// no-op the server does not store, though kubectl still says `edited`).
    static func save(_ object: JSON, as type: ResourceType, validation: FieldValidation, cluster: Cluster,
                     context: inout CommandContext) throws(APIError) -> JSON {
        var object = object
        if context.flags.bool("save-config") {
            object = Apply.withLastApplied(object, namespace: context.namespace, type: type)
        }
        let (decoded, warnings) = try cluster.apiServer.decodeBody(object, as: type, validation: validation)
        Manifests.warn(warnings, context: &context)
        func withoutStatus(_ object: JSON) -> JSON {
            var rest = object
            rest.remove("status")
            return rest
        }
        if let live = cluster.apiServer.object(type, namespace: decoded.namespace, name: decoded.name),
            withoutStatus(live) == withoutStatus(decoded)
        {
            return live
        }
        return try cluster.apiServer.update(type, decoded)
    }

    /// cmdutil.StripComments: the first document as JSON when it parses, so a change of
    /// layout alone is no change; else the text without its comment lines.
    static func stripComments(_ text: String) -> String {
        if let document = try? KubeYAML.parseDocuments(text).first {
            return JSONWriter.goCompact.write(ObjectPrinter.sorted(document))
        }
        return manualStrip(text)
    }

    /// cmdutil.ManualStrip: the lines that are not comments (`#!` is kept).
    static func manualStrip(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
            let trimmed = trimSpace(line)
            return !trimmed.hasPrefix("#") || trimmed.hasPrefix("#!")
        }.joined(separator: "\n")
    }

    /// Whether any line holds more than white space and comments.
    static func hasLines(_ text: String) -> Bool {
        text.split(separator: "\n").contains { line in
            let trimmed = trimSpace(line)
            return !trimmed.isEmpty && !trimmed.hasPrefix("#")
        }
    }

    /// Go's `bytes.TrimSpace`: the line without the white space around it.
    private static func trimSpace(_ line: Substring) -> Substring {
        var trimmed = line
        while trimmed.first?.isWhitespace == true { trimmed = trimmed.dropFirst() }
        while trimmed.last?.isWhitespace == true { trimmed = trimmed.dropLast() }
        return trimmed
    }
}

extension EditCommand.Reason {
    /// As kubectl's edit header writes a reason: `# head:`, `# * cause` lines, then `#`.
    var commentText: String {
        var text = "# \(Self.commented(head))\(causes.isEmpty ? "" : ":")\n"
        for cause in causes { text += "# * \(Self.commented(cause))\n" }
        return text + "#\n"
    }

    /// hashOnLineBreak: a `# ` after each line break not already followed by `#`.
    static func commented(_ text: String) -> String {
        var result = ""
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if character == "\n", let next = characters.first, next != "#" {
                result += "\n# "
            } else {
                result.append(character)
            }
        }
        return result
    }
}
