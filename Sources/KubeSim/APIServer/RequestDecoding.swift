import JSONValue
import SimCore

/// How the API server reads a JSON request body into the kind's Go types, and what kubectl's
/// resource builder says when a manifest's metadata will not decode.
///
/// The body goes through `encoding/json` (as forked in `sigs.k8s.io/json`, case-sensitive):
/// - a value of the wrong JSON type is a `*json.UnmarshalTypeError`, kept while decoding goes
///   on, so the first one in the body wins: `json: cannot unmarshal string into Go struct field
///   DeploymentSpec.spec.replicas of type int32` (the struct holding the field, the field's
///   path without list indexes, the Go type);
/// - a type with its own decoder (`IntOrString`, `Time`) that fails stops decoding at once;
/// - fields the kind does not have are listed afterwards, with list indexes, and the request's
///   field validation decides: Strict refuses (`strict decoding error: unknown field
///   "spec.replica"`), Warn warns, Ignore drops them quietly. They are never stored.
///
/// kubectl turns YAML into JSON through Go maps, so members arrive sorted by key; this walk
/// visits them in that order. Types come from the kind's OpenAPI schema, with the names Go
/// gives its named types where the schema has only `string` (`v1.PullPolicy`).
public enum RequestDecoding {
    /// What a decoded body held that the kind has no place for, and the body without it.
    struct Decoded {
        var object: JSON
        var unknownFields: [String]
    }

    enum Failure: Error {
        /// A `*json.UnmarshalTypeError` or a type's own decoder's error: the decode failed.
        case type(String)
    }

    /// The schema name of each kind the server has a document for, by `group/version/kind`.
    private static let schemaNames: [String: (document: String, schema: String)] = {
        var names: [String: (String, String)] = [:]
        for path in OpenAPIDocuments.paths {
            guard let schemas = OpenAPIDocuments.document(path)?["components"]["schemas"].object else { continue }
            for member in schemas.entries {
                for gvk in member.value["x-kubernetes-group-version-kind"].array ?? [] {
                    let key = "\(gvk["group"].string ?? "")/\(gvk["version"].string ?? "")/\(gvk["kind"].string ?? "")"
                    names[key] = (path, member.key)
                }
            }
        }
        return names
    }()

    /// Decodes `body` as the server decodes a request for `type`: the first type error, or the
    /// body without the fields the kind lacks (listed, for the caller's field validation).
    static func decode(_ body: JSON, as type: ResourceType) throws(Failure) -> Decoded {
        guard let (path, name) = schemaNames["\(type.group)/\(type.version)/\(type.kind)"],
            let schemas = OpenAPIDocuments.document(path)?["components"]["schemas"]
        else { return Decoded(object: body, unknownFields: []) }
        var walk = Walk(schemas: schemas)
        let object = try walk.value(body, .reference(name), structName: type.kind, fields: [], path: "")
        if let error = walk.firstTypeError { throw .type(error) }
        return Decoded(object: object, unknownFields: walk.unknownFields)
    }

    /// What kubectl's resource builder says of a manifest whose `metadata` does not decode into
    /// `ObjectMeta` (it reads every manifest's metadata before anything else), without the
    /// `unable to decode "FILE": ` it puts first.
    public static func metadataError(_ manifest: JSON) -> String? {
        guard let schemas = OpenAPIDocuments.document("api/v1")?["components"]["schemas"],
            let metadata = manifest.object?["metadata"]
        else { return nil }
        var walk = Walk(schemas: schemas)
        do {
            _ = try walk.value(metadata, .reference("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"),
                               structName: "metadataOnlyObject", fields: ["metadata"], path: "metadata")
        } catch {
            if case .type(let message) = error { return message }
        }
        return walk.firstTypeError
    }

    /// A place in the schema: a named schema, or one written inline under a property.
    private enum Node {
        case reference(String)
        case inline(JSON)
    }

    private struct Walk {
        let schemas: JSON
        var firstTypeError: String?
        var unknownFields: [String] = []

        init(schemas: JSON) { self.schemas = schemas }

        /// Visits `value` against `node`; returns it without unknown fields. `structName` and
        /// `fields` are the Go error context (the struct holding the current field and the
        /// field names down to it); `path` is the strict decoder's path, with list indexes.
        mutating func value(_ value: JSON, _ node: Node, structName: String, fields: [String], path: String,
                            namedType: String? = nil) throws(Failure) -> JSON {
            if value.isNull { return value }
            let schema: JSON
            var schemaName: String?
            switch node {
            case .reference(let name):
                schemaName = name
                schema = schemas[name]
            case .inline(let inline):
                if let name = Self.referencedName(inline) {
                    return try self.value(value, .reference(name), structName: structName, fields: fields, path: path,
                                          namedType: namedType)
                }
                schema = inline
            }
            let context = Context(structName: structName, fields: fields)
            if let schemaName, let custom = CustomDecoder(schemaName: schemaName) {
                if let error = custom.error(value, context) { throw .type(error) }
                return value
            }
            if let properties = schema["properties"].object {
                let name = schemaName.map(Self.structName) ?? structName
                guard let object = value.object else {
                    typeError(value, into: schemaName.map(Self.goName) ?? "struct", context)
                    return value
                }
                var decoded: [String: JSON] = [:]
                for member in object.entries.sorted(by: { $0.key < $1.key }) {
                    let place = path.isEmpty ? member.key : "\(path).\(member.key)"
                    guard let property = properties[member.key] else {
                        unknownFields.append("unknown field \"\(place)\"")
                        continue
                    }
                    decoded[member.key] = try self.value(
                        member.value, .inline(property), structName: name, fields: fields + [member.key], path: place,
                        namedType: GoNamedTypes.byField["\(name).\(member.key)"])
                }
                return Self.inOrder(object, decoded)
            }
            let goType = namedType ?? goType(of: schema)
            switch schema["type"].string {
            case "array":
                guard let items = value.array else {
                    typeError(value, into: goType, context)
                    return value
                }
                let element = goType.hasPrefix("[]") ? String(goType.dropFirst(2)) : nil
                var result: [JSON] = []
                result.reserveCapacity(items.count)
                for (index, item) in items.enumerated() {
                    result.append(try self.value(item, .inline(schema["items"]), structName: structName, fields: fields,
                                                 path: "\(path)[\(index)]", namedType: element))
                }
                return .array(result)
            case "object":
                guard let object = value.object else {
                    typeError(value, into: goType, context)
                    return value
                }
                let valueSchema = schema["additionalProperties"]
                guard valueSchema.object != nil else { return value }
                var decoded: [String: JSON] = [:]
                for member in object.entries.sorted(by: { $0.key < $1.key }) {
                    decoded[member.key] = try self.value(member.value, .inline(valueSchema), structName: structName,
                                                         fields: fields, path: "\(path).\(member.key)")
                }
                return Self.inOrder(object, decoded)
            default:
                if let found = Self.mismatch(value, scalar: schema) { typeError(found, into: goType, context) }
                return value
            }
        }

        /// The members of `object` that were decoded, in the order they came.
        static func inOrder(_ object: JSONObject, _ decoded: [String: JSON]) -> JSON {
            var result = JSONObject()
            result.reserveCapacity(decoded.count)
            for member in object.entries { if let value = decoded[member.key] { result[member.key] = value } }
            return .object(result)
        }

        /// Keeps the first `*json.UnmarshalTypeError`, as the decoder does.
        private mutating func typeError(_ value: JSON, into goType: String, _ context: Context) {
            typeError(Self.jsonKind(value), into: goType, context)
        }

        private mutating func typeError(_ found: String, into goType: String, _ context: Context) {
            guard firstTypeError == nil else { return }
            firstTypeError = context.message(found: found, goType: goType)
        }

        /// What a scalar of the wrong kind is called in the error, or nil when it fits.
        static func mismatch(_ value: JSON, scalar schema: JSON) -> String? {
            switch (schema["type"].string, value) {
            case ("string", .string), ("boolean", .bool), ("number", .int), ("number", .double):
                return nil
            case ("integer", .int(let number)):
                return schema["format"].string == "int32" && Int(exactly: Int32(truncatingIfNeeded: number)) != number
                    ? "number \(number)" : nil
            case ("integer", .double(let number)):
                if number.rounded() == number, abs(number) < 1e18 {
                    return mismatch(.int(Int(number)), scalar: schema)
                }
                return "number \(NumberFormat.go(number))"
            case ("string", _), ("boolean", _), ("number", _), ("integer", _):
                return jsonKind(value)
            default:
                return nil
            }
        }

        static func jsonKind(_ value: JSON) -> String {
            switch value {
            case .string: return "string"
            case .int, .double: return "number"
            case .bool: return "bool"
            case .array: return "array"
            case .object: return "object"
            case .null: return "null"
            }
        }

        /// The Go type a schema decodes into, as `reflect.Type.String()` writes it.
        func goType(of schema: JSON) -> String {
            if let name = Self.referencedName(schema) {
                return CustomDecoder(schemaName: name)?.goType ?? Self.goName(name)
            }
            switch schema["type"].string {
            case "string": return schema["format"].string == "byte" ? "[]uint8" : "string"
            case "boolean": return "bool"
            case "number": return "float64"
            case "integer":
                switch schema["format"].string {
                case "int32": return "int32"
                case "int64": return "int64"
                default: return "int"
                }
            case "array": return "[]" + goType(of: schema["items"])
            case "object":
                let values = schema["additionalProperties"]
                // Resource amounts are the named map type `ResourceList`.
                if Self.referencedName(values) == "io.k8s.apimachinery.pkg.api.resource.Quantity" { return "v1.ResourceList" }
                return values.object == nil ? "map[string]interface {}" : "map[string]" + goType(of: values)
            default: return "interface {}"
            }
        }

        /// `io.k8s.api.core.v1.Container` → `v1.Container`.
        static func goName(_ schemaName: String) -> String {
            let parts = schemaName.split(separator: ".")
            guard parts.count >= 2 else { return schemaName }
            return "\(parts[parts.count - 2]).\(parts[parts.count - 1])"
        }

        static func structName(_ schemaName: String) -> String {
            schemaName.split(separator: ".").last.map(String.init) ?? schemaName
        }

        /// The schema a property points to, through `$ref` or an `allOf` of one.
        static func referencedName(_ schema: JSON) -> String? {
            let reference = schema["$ref"].string ?? schema["allOf"][0]["$ref"].string
            return reference.map { String($0.split(separator: "/").last ?? "") }
        }
    }

    /// Where the decoder is when it meets a value: what `addErrorContext` puts in the error.
    private struct Context {
        var structName: String
        var fields: [String]

        func message(found: String, goType: String) -> String {
            guard !fields.isEmpty else { return "json: cannot unmarshal \(found) into Go value of type \(goType)" }
            return "json: cannot unmarshal \(found) into Go struct field \(structName).\(fields.joined(separator: ".")) of type \(goType)"
        }
    }

    /// Types that decode themselves. A quantity's own errors are the quantity check's
    /// (`QuantityFields`); what is left here is a value that is not even a string or a number.
    private enum CustomDecoder {
        case intOrString, time, opaque

        init?(schemaName: String) {
            switch schemaName {
            case "io.k8s.apimachinery.pkg.util.intstr.IntOrString": self = .intOrString
            case "io.k8s.apimachinery.pkg.apis.meta.v1.Time", "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime": self = .time
            case "io.k8s.apimachinery.pkg.api.resource.Quantity", "io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1",
                "io.k8s.apimachinery.pkg.runtime.RawExtension":
                self = .opaque
            default: return nil
            }
        }

        var goType: String {
            switch self {
            case .intOrString: return "intstr.IntOrString"
            case .time: return "v1.Time"
            case .opaque: return "interface {}"
            }
        }

        /// `IntOrString` reads a quoted value as a string and anything else as an int32;
        /// `Time` reads an RFC 3339 string. Their errors stop the decoder where it stands.
        func error(_ value: JSON, _ context: Context) -> String? {
            switch self {
            case .intOrString:
                if case .string = value { return nil }
                guard let found = Walk.mismatch(value, scalar: ["type": "integer", "format": "int32"]) else { return nil }
                return context.message(found: found, goType: "int32")
            case .time:
                guard case .string(let text) = value else {
                    return context.message(found: Walk.jsonKind(value), goType: "string")
                }
                if case .failure(let error) = GoTime.parseRFC3339(text) { return error.description }
                return nil
            case .opaque:
                return nil
            }
        }
    }
}

/// What the server does with fields a body has and its kind has not (the `fieldValidation`
/// of a request; kubectl's `--validate`).
public enum FieldValidation: Sendable {
    case strict, warn, ignore
}

extension APIServer {
    /// A client's JSON body for `type`, decoded as the server decodes it before a create or an
    /// update: the object to go on with (no unknown fields) and the warnings for the client.
    /// Objects the simulation's own components write are typed and skip this.
    public func decodeBody(_ body: JSON, as type: ResourceType, validation: FieldValidation) throws(APIError)
        -> (object: JSON, warnings: [String])
    {
        // A quantity's own error stops the decoder, whatever came before it.
        if let error = strategy(for: type).decodeError(body, type: type) { throw error }
        let decoded: RequestDecoding.Decoded
        do {
            decoded = try RequestDecoding.decode(body, as: type)
        } catch {
            switch error {
            case .type(let message): throw .cannotBeHandled(type, message)
            }
        }
        switch validation {
        case .strict where !decoded.unknownFields.isEmpty:
            throw .cannotBeHandled(type, "strict decoding error: " + decoded.unknownFields.joined(separator: ", "))
        case .warn:
            return (decoded.object, decoded.unknownFields)
        case .strict, .ignore:
            return (decoded.object, [])
        }
    }
}
