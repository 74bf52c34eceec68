import Foundation
import JSONValue
import Testing

/// The real kubectl's outputs, recorded by Tools/oracle/make_fixtures.py into Fixtures/.
enum OracleFixtures {
    struct Case: Sendable, CustomTestStringConvertible {
        var index: Int
        var json: JSON

        var namespace: String { json["ns"].string ?? "" }
        var name: String? { json["name"].string }
        /// Nil for kubectl's default table output.
        var output: String? { json["output"].string }
        var template: String { json["template"].string ?? "" }
        var sortBy: String { json["sortBy"].string ?? "" }
        var noHeaders: Bool { json["noHeaders"].bool ?? false }
        var allowMissing: Bool { json["allowMissing"].bool ?? true }
        var files: [String: String] {
            var files: [String: String] = [:]
            for (path, contents) in json["files"].object?.pairs ?? [] { files[path] = contents.string }
            return files
        }
        var stdout: String { json["stdout"].string ?? "" }
        var stderr: String { json["stderr"].string ?? "" }
        var exitCode: Int32 { Int32(json["exitCode"].int ?? -1) }
        var unordered: Bool { json["unordered"].bool ?? false }

        var testDescription: String {
            var text = "#\(index) get \(name.map { "pod \($0)" } ?? "pods") -n \(namespace)"
            if let output { text += " -o \(output)" }
            if !template.isEmpty { text += " --template \(template)" }
            if !sortBy.isEmpty { text += " --sort-by \(sortBy)" }
            if noHeaders { text += " --no-headers" }
            if !allowMissing { text += " --allow-missing-template-keys=false" }
            return text
        }
    }

    static let directory: String = {
        var path = #filePath
        while let last = path.last, last != "/" { path.removeLast() }
        return path + "Fixtures/"
    }()

    static func load(_ file: String) -> JSON {
        guard let text = try? String(contentsOfFile: directory + file, encoding: .utf8),
            let json = JSONParser.parseOrNil(text)
        else { return .null }
        return json
    }

    static let objects: JSON = load("objects.json")
    static let document: JSON = load("cases.json")

    static let cases: [Case] = (document["cases"].array ?? []).enumerated().map { Case(index: $0, json: $1) }

    static func cases(where predicate: (Case) -> Bool) -> [Case] { cases.filter(predicate) }
}
