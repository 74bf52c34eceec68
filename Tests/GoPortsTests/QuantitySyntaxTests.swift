import GoPorts
import Testing

/// Which strings apimachinery's ParseQuantity accepts, and its errors for the rest.
@Suite struct QuantitySyntaxTests {
    /// A bare suffix is a zero (`Gi`), as Go's scanner reads it.
    @Test(arguments: ["0", "1", "100m", "0.5", ".5", "1.", "1.G", "128Mi", "2Gi", "1e3", "1E-2", "+5", "-1Gi", "5n",
                      "1.5Ki", "-", "1e400", "99999999999999999999999Gi", "Gi"])
    func accepted(_ text: String) {
        #expect(QuantitySyntax.error(text) == nil)
    }

    @Test(arguments: ["", "abc", "128mb", "1.5.5", "1Zi", "10 Gi", "1KI", "1Ki5x"])
    func malformed(_ text: String) {
        #expect(QuantitySyntax.error(text) == QuantitySyntax.formatWrong)
    }

    @Test(arguments: ["128mi", "1ki", "1k5", "1mm", "1e", "1e+", "1Gi2", "--1"])
    func unknownSuffixes(_ text: String) {
        #expect(QuantitySyntax.error(text) == QuantitySyntax.suffixWrong)
    }

    /// The shortcut for plain quantities never accepts what the scanner would refuse.
    @Test func plainQuantitiesAreTheScannersToo() {
        for text in ["8", "32Gi", "110", "100m", "5E", "7Ei", "1e", "1i", "1mi", "1Ki5", "Gi", "", " 1", "1 ", "01k", "1KI"] {
            if QuantitySyntax.isPlain(text) {
                guard case .success = QuantitySyntax.parse(text) else {
                    Issue.record("\(text) is plain but not a quantity")
                    continue
                }
            }
        }
        #expect(["8", "32Gi", "110", "100m", "5E", "7Ei"].allSatisfy(QuantitySyntax.isPlain))
        #expect(!["1e", "1i", "1mi", "Gi", "", " 1", "1.5"].contains(where: QuantitySyntax.isPlain))
    }
}
