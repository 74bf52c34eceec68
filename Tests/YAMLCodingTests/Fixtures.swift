import Foundation
import JSONValue

/// Loads the golden files recorded from the real kubectl (see Tools/kubectl-yaml/).
enum Fixtures {
    static func load(_ name: String) -> JSON {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"),
            let data = try? Data(contentsOf: url),
            let text = String(data: data, encoding: .utf8),
            let json = JSONParser.parseOrNil(text)
        else { return .null }
        return json
    }

    /// Where two texts first differ, for readable failure messages.
    static func firstDifference(_ a: String, _ b: String) -> String {
        let la = a.split(separator: "\n", omittingEmptySubsequences: false)
        let lb = b.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(la.count, lb.count) {
            let x = i < la.count ? String(la[i]) : "<none>"
            let y = i < lb.count ? String(lb[i]) : "<none>"
            if x != y { return "line \(i + 1):\n  got:  \(x.debugDescription)\n  want: \(y.debugDescription)" }
        }
        return "identical"
    }
}
