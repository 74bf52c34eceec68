import AWSArguments
import Foundation
import Testing
import JSONValue

/// Reads the oracle fixtures (JSON Lines written by Tools/oracle/*.py) and the generated models.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func text(_ relativePath: String) -> String {
        let url = directory.appendingPathComponent(relativePath)
        guard let data = try? Data(contentsOf: url) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    /// One JSON value per line.
    static func lines(_ name: String) -> [JSON] {
        text("oracle/" + name).split(separator: "\n").compactMap { JSONParser.parseOrNil(String($0)) }
    }

    nonisolated(unsafe) private static var models: [String: ServiceModel] = [:]
    private static let lock = NSLock()

    static func model(_ service: String) -> ServiceModel {
        lock.lock()
        defer { lock.unlock() }
        if let cached = models[service] { return cached }
        let json = JSONParser.parseOrNil(text("models/\(service).json")) ?? .null
        let model = ServiceModel(json: json)
        models[service] = model
        return model
    }

    /// Order-preserving text form for comparing JSON values (JSON's `==` ignores key order).
    static func canonical(_ value: JSON) -> String { JSONWriter(dialect: .python).write(value) }
}

/// Test cases are listed by index so a failure names its input.
struct Case: CustomTestStringConvertible, Sendable {
    let index: Int
    let json: JSON
    var testDescription: String { "#\(index) \(json["input"].string ?? json["name"].string ?? "")" }
}

extension Fixtures {
    static func cases(_ name: String) -> [Case] {
        lines(name).enumerated().map { Case(index: $0.offset, json: $0.element) }
    }
}
