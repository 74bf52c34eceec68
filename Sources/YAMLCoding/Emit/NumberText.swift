/// How kubectl's YAML shows a number.
///
/// sigs.k8s.io/yaml does not encode numbers directly: it writes JSON with Go's `encoding/json`
/// and has go-yaml read that JSON back before encoding. So a float whose JSON text has no
/// fraction or exponent (`3`, `1000000`) comes out as an integer, and the rest are printed with
/// `FormatFloat('g')`, which uses exponent form from 1e+06 (`1.2345675e+06`, `1e-05`).
enum NumberText {
    static func yaml(_ d: Double) -> String {
        if d.isNaN { return ".nan" }
        if d.isInfinite { return d < 0 ? "-.inf" : ".inf" }
        let json = NumberFormat.go(d)
        if let i = GoNumbers.parseInt(json) { return String(i) }
        if let u = GoNumbers.parseUint(json) { return String(u) }
        return GoNumbers.formatG(d)
    }
}
