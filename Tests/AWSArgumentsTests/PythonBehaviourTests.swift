@testable import AWSArguments
import JSONValue
import Testing

/// Python 3.13 behaviours aws-cli's output depends on, checked against goldens from Python 3.13
/// and aws-cli 2.27.0's regexes (Tools/oracle/python_cases.py).
@Suite struct PythonBehaviourTests {
    static let all = Fixtures.lines("python.jsonl")
    static func of(_ kind: String) -> [Case] {
        all.filter { $0["kind"].string == kind }.enumerated().map { Case(index: $0.offset, json: $0.element) }
    }

    /// The shorthand regex classes and `str.isspace`, over every code point.
    @Test func characterClassesMatchPythonRegexes() {
        let predicates: [String: (Unicode.Scalar) -> Bool] = [
            "start": ShorthandCharacters.startsValue,
            "first": ShorthandCharacters.continuesFirstValue,
            "second": ShorthandCharacters.continuesSecondValue,
            "isspace": PythonText.isSpace,
        ]
        let classes = Self.all.filter { $0["kind"].string == "charclass" }
        #expect(classes.count == 4)
        for entry in classes {
            guard let name = entry["name"].string, let predicate = predicates[name] else { continue }
            var expected = [Bool](repeating: false, count: 0x110000)
            for range in entry["ranges"].array ?? [] {
                guard let lo = range[0].int, let hi = range[1].int else { continue }
                for cp in lo...hi { expected[cp] = true }
            }
            var mismatches: [Int] = []
            for cp in 0..<0x110000 {
                guard let scalar = Unicode.Scalar(UInt32(cp)) else { continue }  // surrogates
                if predicate(scalar) != expected[cp] { mismatches.append(cp) }
            }
            #expect(mismatches.isEmpty, "\(name): \(mismatches.prefix(10))")
        }
    }

    @Test(arguments: of("int"))
    func int(_ c: Case) {
        let input = c.json["input"].string ?? ""
        switch PythonNumbers.int(input) {
        case .success(let value): #expect(PythonRepr.repr(value) == c.json["result"].string)
        case .failure(let error): #expect(error.message == c.json["error"].string)
        }
    }

    @Test(arguments: of("float"))
    func float(_ c: Case) {
        let input = c.json["input"].string ?? ""
        switch PythonNumbers.float(input) {
        case .success(let value): #expect(PythonRepr.float(value) == c.json["result"].string)
        case .failure(let error): #expect(error.message == c.json["error"].string)
        }
    }

    @Test(arguments: of("repr"))
    func repr(_ c: Case) {
        #expect(PythonRepr.string(c.json["input"].string ?? "") == c.json["result"].string)
    }

    @Test(arguments: of("json"))
    func jsonLoads(_ c: Case) {
        let input = c.json["input"].string ?? ""
        switch PythonJSON.loads(input) {
        case .success(let value): #expect(PythonRepr.repr(value) == c.json["result"].string)
        case .failure(let error): #expect(error.description == c.json["error"].string)
        }
    }

    @Test(arguments: of("b64"))
    func base64Decode(_ c: Case) {
        let input = c.json["input"].string ?? ""
        switch Base64.pythonDecode(input) {
        case .success(let bytes): #expect(bytes.map { JSON.int(Int($0)) } == c.json["result"].array)
        case .failure(.nonASCII): #expect(c.json["error"].string == "string argument should contain only ASCII characters")
        case .failure(.invalid): #expect(c.json["error"].string == "binascii.Error")
        }
    }

    @Test func base64RoundTrips() {
        for n in 0..<40 {
            let bytes = (0..<n).map { UInt8(truncatingIfNeeded: $0 * 37 + 11) }
            #expect(Base64.pythonDecode(Base64.encode(bytes)) == .success(bytes))
        }
    }

    @Test func containerReprs() {
        let ordered = PythonValue.dict(PythonDict([("a", .int(1)), ("b", .list([.float(2.5), .none, .bool(true)]))], ordered: true))
        #expect(PythonRepr.repr(ordered) == "OrderedDict({'a': 1, 'b': [2.5, None, True]})")
        #expect(PythonRepr.repr(.dict(PythonDict(ordered: true))) == "OrderedDict()")
        #expect(PythonRepr.repr(.dict(PythonDict([("k", .str("it's"))]))) == "{'k': \"it's\"}")
        #expect(PythonRepr.repr(.bytes(Array("a'b\n\u{0}".utf8) + [0xFF])) == "b\"a'b\\n\\x00\\xff\"")
        #expect(PythonRepr.typeName(ordered) == "<class 'collections.OrderedDict'>")
    }
}
