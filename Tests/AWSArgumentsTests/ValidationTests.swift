import AWSArguments
import JSONValue
import Testing

/// Goldens from aws-cli 2.27.0's botocore `ParamValidator` on seeded random inputs over real
/// shapes (Tools/oracle/validation_cases.py): every report line, in order.
@Suite struct ValidationTests {
    static let cases = Fixtures.cases("validation.jsonl")

    /// Rebuilds the exact Python value from the fixture's tagged form.
    static func value(_ tagged: JSON) -> PythonValue {
        let v = tagged["v"]
        switch tagged["t"].string {
        case "none": return .none
        case "bool": return .bool(v.bool ?? false)
        case "int":
            let text = v.string ?? "0"
            return Int(text).map(PythonValue.int) ?? .bigInt(text)
        case "float": return .float(Double(v.string ?? "") ?? .nan)
        case "str": return .str(v.string ?? "")
        case "bytes": return .bytes((v.array ?? []).compactMap { $0.int.map { UInt8(truncatingIfNeeded: $0) } })
        case "list": return .list((v.array ?? []).map(value))
        case let kind:
            var dict = PythonDict(ordered: kind == "odict")
            for pair in v.array ?? [] { dict[pair[0].string ?? ""] = value(pair[1]) }
            return .dict(dict)
        }
    }

    @Test func fixtureIsLoaded() { #expect(Self.cases.count > 500) }

    @Test(arguments: cases)
    func matchesBotocore(_ c: Case) {
        let model = Fixtures.model(c.json["service"].string ?? "")
        guard let shape = model.shape(c.json["shape"].string) else {
            Issue.record("missing shape")
            return
        }
        let input = Self.value(c.json["input"])
        if let error = c.json["error"].string {
            #expect(throws: ArgumentError(kind: .general, message: error)) {
                try ParamValidator.check(input, shape: shape, model: model)
            }
            return
        }
        let problems = ParamValidator.validate(input, shape: shape, model: model)
        #expect(problems.joined(separator: "\n") == c.json["report"].string)
    }
}
