import Testing
@testable import KubeSim

/// The API server's name rules, checked against the regular expressions its messages quote.
@Suite struct NameRulesTests {
    static let names = ["web", "web-1", "web.example.com", "a", "0", "a-b.c-d", "", ".", "a.", ".a", "a..b", "-a", "a-",
                        "a.-b", "a-.b", "Web", "café", "web_1", "a b", "web-7c5ddbdf54-x8kq2", "1.2.3"]

    @Test(arguments: names) func subdomainsFollowTheRegex(name: String) throws {
        let label = "[a-z0-9]([-a-z0-9]*[a-z0-9])?"
        let regex = try Regex("^\(label)(\\.\(label))*$")
        let expected = (try regex.wholeMatch(in: name)) != nil && name.allSatisfy(\.isASCII)
        #expect(NameRules.dns1123Subdomain(name).isEmpty == expected)
    }

    @Test(arguments: names) func labelsFollowTheRegex(name: String) throws {
        let regex = try Regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
        let expected = (try regex.wholeMatch(in: name)) != nil && name.allSatisfy(\.isASCII)
        #expect(NameRules.dns1123Label(name).isEmpty == expected)
    }

    @Test func tooLongNamesSayBoth() {
        #expect(NameRules.dns1123Subdomain(String(repeating: "a", count: 254))
            == ["must be no more than 253 characters"])
        #expect(NameRules.dns1123Label(String(repeating: "a", count: 64)) == ["must be no more than 63 characters"])
    }
}
