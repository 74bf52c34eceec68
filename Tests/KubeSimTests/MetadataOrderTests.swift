import JSONValue
import Testing
@testable import KubeSim

/// Stored metadata reads in ObjectMeta's field order, whatever order a writer gave it.
@Suite struct MetadataOrderTests {
    @Test func knownFieldsComeFirstInOrderAndOthersKeepTheirs() {
        let metadata = JSONObject([("labels", ["app": "web"]), ("zeta", 1), ("name", "web"), ("alpha", 2),
                                   ("uid", "u1"), ("namespace", "default")])
        #expect(MetadataOrder.normalize(metadata).keys == ["name", "namespace", "uid", "labels", "zeta", "alpha"])
    }

    @Test func orderedMetadataIsReturnedAsItIs() {
        let metadata = JSONObject([("name", "web"), ("namespace", "default"), ("resourceVersion", "7"), ("extra", true)])
        let normalized = MetadataOrder.normalize(metadata)
        #expect(normalized.keys == metadata.keys)
        #expect(normalized == metadata)
    }

    @Test func everyKnownFieldHasItsRankAndOthersComeAfter() {
        for (index, field) in MetadataOrder.fields.enumerated() { #expect(MetadataOrder.rank(field) == index) }
        for other in ["", "nam", "names", "Name", "uid ", "creationTimestamps", "deletionTimestamq"] {
            #expect(MetadataOrder.rank(other) == MetadataOrder.fields.count)
        }
    }
}
