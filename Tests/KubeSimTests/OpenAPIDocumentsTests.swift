import JSONValue
import Testing
@testable import KubeSim

/// The generated documents behind `kubectl explain` (Tools/kube-openapi): one for every
/// group-version the simulated API server serves, each finding every kind it serves.
@Suite struct OpenAPIDocumentsTests {
    @Test func everyServedKindHasADocumentListingIt() throws {
        for type in ResourceCatalog.kubernetes.types {
            let path = type.group.isEmpty ? "api/\(type.version)" : "apis/\(type.group)/\(type.version)"
            let document = try #require(OpenAPIDocuments.document(path), "no document for \(path)")
            let prefix = type.group.isEmpty ? "/api" : "/apis/\(type.group)"
            let listPath = type.namespaced ? "\(prefix)/\(type.version)/namespaces/{namespace}/\(type.resource)"
                : "\(prefix)/\(type.version)/\(type.resource)"
            let gvk = document["paths"][listPath]["get"]["x-kubernetes-group-version-kind"]
            #expect(gvk["kind"].string == type.kind, "\(listPath)")
            let declared = (document["components"]["schemas"].object?.sortedPairs ?? []).contains { _, schema in
                (schema["x-kubernetes-group-version-kind"].array ?? []).contains { $0["kind"].string == type.kind && $0["group"].string == type.group }
            }
            #expect(declared, "no schema declares \(type.kind)")
        }
        #expect(Set(OpenAPIDocuments.paths).count == Set(ResourceCatalog.kubernetes.types.map(\.apiVersion)).count)
    }

    @Test func enumsCarryTheirValuesAndParagraph() throws {
        let document = try #require(OpenAPIDocuments.document("apis/storage.k8s.io/v1"))
        let mode = document["components"]["schemas"]["io.k8s.api.storage.v1.StorageClass"]["properties"]["volumeBindingMode"]
        #expect(mode["enum"] == .array([.string("Immediate"), .string("WaitForFirstConsumer")]))
        #expect(mode["description"].string?.contains("\n\nPossible enum values:\n - `\"Immediate\"` indicates that") == true)
    }
}
