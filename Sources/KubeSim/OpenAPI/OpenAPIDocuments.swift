import JSONValue

/// The API server's `/openapi/v3/<group-version>` documents: the schemas of the kinds Shipyard
/// serves, with the Kubernetes API's field documentation, for `kubectl explain`.
///
/// Generated data (`OpenAPIDocuments+Generated.swift`, see `Tools/kube-openapi/README.md`);
/// each document is parsed the first time it is asked for.
public enum OpenAPIDocuments {
    /// The documents' paths, as the `/openapi/v3` index lists them (`api/v1`, `apis/apps/v1`).
    public static var paths: [String] { raw.keys.sorted() }

    static let parsed: [String: JSON] = {
        var documents: [String: JSON] = [:]
        for (path, text) in raw {
            if let document = try? JSONParser.parse(text) { documents[path] = document }
        }
        return documents
    }()

    /// The document for `api/v1` or `apis/<group>/<version>`, nil when Shipyard has none.
    public static func document(_ path: String) -> JSON? { parsed[path] }
}
