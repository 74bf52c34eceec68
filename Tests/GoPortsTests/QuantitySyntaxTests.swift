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
}
