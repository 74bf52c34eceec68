import KubeSim
import SimCore

/// The filters `crictl ps` and `crictl pods` take (cri-tools' listOptions), read from their
/// arguments as urfave/cli reads them: `--name web`, `--name=web`, `-n 2`, and short flags
/// run together (`-aq`).
struct CrictlListOptions {
    var all = false
    var quiet = false
    var latest = false
    var last = 0
    var noTrunc = false
    var id = ""
    var podID = ""
    var state = ""
    var image = ""
    /// Patterns as given; one that is not a regular expression matches nothing, as in crictl.
    var namePattern = ""
    var namespacePattern = ""
    var labels: [(key: String, value: String)] = []

    /// Why the arguments were refused, as crictl says it.
    enum Failure: Error {
        case undefinedFlag(String)
        case missingValue(String)
        case badLabel(String)
        case badNumber(String, String)
    }

    private static let valueFlags: [String: String] = [
        "name": "name", "namespace": "namespace", "id": "id", "pod": "pod", "p": "pod", "state": "state",
        "s": "state", "image": "image", "label": "label", "last": "last", "n": "last", "output": "output", "o": "output",
    ]
    private static let boolFlags: [String: String] = [
        "all": "all", "a": "all", "quiet": "quiet", "q": "quiet", "latest": "latest", "l": "latest",
        "no-trunc": "no-trunc", "verbose": "verbose", "v": "verbose",
    ]

    /// Reads the flags after the subcommand; `allowed` names the long flags it takes.
    static func parse(_ arguments: [String], allowed: Set<String>) -> Result<CrictlListOptions, Failure> {
        var options = CrictlListOptions()
        var rest = arguments[...]
        func value(_ flag: String, inline: String?) -> String? {
            if let inline { return inline }
            guard let next = rest.first else { return nil }
            rest = rest.dropFirst()
            return next
        }
        while let argument = rest.first {
            rest = rest.dropFirst()
            guard argument.hasPrefix("-"), argument.count > 1 else { continue }
            let body = argument.drop { $0 == "-" }
            let parts = body.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            let inline = parts.count > 1 ? String(parts[1]) : nil
            // Short flags run together: `-aq`.
            if !argument.hasPrefix("--"), name.count > 1, inline == nil,
                name.allSatisfy({ boolFlags[String($0)] != nil })
            {
                for flag in name { options.set(boolFlags[String(flag)] ?? "") }
                continue
            }
            if let long = boolFlags[name], allowed.contains(long) {
                options.set(long)
            } else if let long = valueFlags[name], allowed.contains(long) {
                guard let text = value(name, inline: inline) else { return .failure(.missingValue(name)) }
                if let failure = options.set(long, text) { return .failure(failure) }
            } else {
                return .failure(.undefinedFlag("-" + name))
            }
        }
        return .success(options)
    }

    private mutating func set(_ flag: String) {
        switch flag {
        case "all": all = true
        case "quiet": quiet = true
        case "latest": latest = true
        case "no-trunc": noTrunc = true
        default: break  // --verbose: the table is what Shipyard prints
        }
    }

    private mutating func set(_ flag: String, _ text: String) -> Failure? {
        switch flag {
        case "id": id = text
        case "pod": podID = text
        case "state": state = text
        case "image": image = text
        case "output": break  // -o table is the only layout Shipyard prints
        case "last":
            guard let number = Int(text) else { return .badNumber("last", text) }
            last = number
        case "label":
            let pair = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard pair.count == 2 else { return .badLabel(text) }
            labels.append((String(pair[0]), String(pair[1])))
        case "name": namePattern = text
        case "namespace": namespacePattern = text
        default: break
        }
        return nil
    }

    /// crictl's matchesRegex: no pattern matches everything, a match may be anywhere, and a
    /// pattern that does not compile matches nothing.
    static func matches(_ pattern: String, _ text: String) -> Bool {
        guard !pattern.isEmpty else { return true }
        guard let regex = try? Regex(pattern) else { return false }
        return (try? regex.firstMatch(in: text)) != nil
    }

    /// containerd finds an ID by a prefix that is unique among `ids`; anything else names none.
    static func resolve(_ prefix: String, among ids: [String]) -> String? {
        let found = ids.filter { $0.hasPrefix(prefix) }
        return found.count == 1 ? found[0] : nil
    }

    /// How many of the newest to keep: N with --last N, else one with --latest, else all.
    func keep(_ count: Int) -> Int {
        if last > 0 { return min(last, count) }
        if latest { return min(1, count) }
        return count
    }
}
