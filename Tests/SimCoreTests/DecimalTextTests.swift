import Testing
import SimCore

@Suite struct DecimalTextTests {
    @Test(arguments: [Int64(0), 7, 10, 1_450_664, -42, Int64.max, Int64.min])
    func matchesTheStandardLibrary(_ value: Int64) {
        #expect(value.decimalText == String(value))
    }
}
