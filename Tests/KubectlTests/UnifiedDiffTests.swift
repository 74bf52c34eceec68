import Foundation
import Testing
@testable import Kubectl

/// `kubectl diff`'s hunks against GNU diff's own for the same pairs of texts
/// (`Fixtures/unified_diff_goldens.json`, recorded by Tools/gnu-diff).
@Suite struct UnifiedDiffTests {
    struct Case: Decodable {
        var name: String
        var old: String
        var new: String
        var hunks: String
    }

    static let cases: [Case] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/unified_diff_goldens.json")
        guard let data = try? Data(contentsOf: url) else { return [] }
        return (try? JSONDecoder().decode([Case].self, from: data)) ?? []
    }()

    @Test func fixturesAreThere() {
        #expect(Self.cases.count >= 20)
    }

    @Test(arguments: cases.map(\.name))
    func hunksAreGNUDiffs(_ name: String) throws {
        let test = try #require(Self.cases.first { $0.name == name })
        #expect(UnifiedDiff.hunks(test.old, test.new) == test.hunks)
    }
}
