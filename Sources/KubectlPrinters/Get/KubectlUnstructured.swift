import JSONValue

/// Numbers as kubectl holds them after reading the API server's JSON.
///
/// The API server writes every float the way Go does, so a whole float (`2.0`, `1e6`) arrives
/// as an integer literal (`2`, `1000000`) and kubectl decodes it as `int64`. That changes what
/// kubectl prints (`{.x}` gives `1000000`, not `1e+06`), which filters compare (`?(@.x > 1.5)`
/// fails on an integer) and how `--sort-by` orders. Whole floats beyond the int64 range, and
/// anything Go writes in exponent form (|x| ≥ 1e21), stay floats.
public enum KubectlUnstructured {
    public static func normalize(_ value: JSON) -> JSON {
        normalize(value, depth: 0)
    }

    private static func normalize(_ value: JSON, depth: Int) -> JSON {
        guard depth < GoFormat.maxDepth else { return value }
        switch value {
        case .double(let d):
            // -2^63 ≤ d < 2^63 and below 1e21: Go prints the digits, which fit an int64.
            if d.isFinite, d.rounded(.towardZero) == d, abs(d) < 1e21,
                d >= -9_223_372_036_854_775_808.0, d < 9_223_372_036_854_775_808.0
            {
                return .int(Int(d))
            }
            return value
        case .array(let items):
            return .array(items.map { normalize($0, depth: depth + 1) })
        case .object(let object):
            var copy = object
            for (key, member) in object.pairs {
                switch member {
                case .double, .array, .object: copy[key] = normalize(member, depth: depth + 1)
                default: break
                }
            }
            return .object(copy)
        default:
            return value
        }
    }
}
