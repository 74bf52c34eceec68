import KubeSim
import SimCore

/// The filters `crictl ps` and `crictl pods` take (cri-tools' listOptions).
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

    /// `crictl ps`'s flags.
    static let psSpec = CrictlFlags.Spec(
        booleans: ["all": "all", "a": "all", "quiet": "quiet", "q": "quiet", "latest": "latest", "l": "latest",
                   "no-trunc": "no-trunc", "verbose": "verbose", "v": "verbose"],
        valued: ["name": "name", "namespace": "namespace", "id": "id", "pod": "pod", "p": "pod", "state": "state",
                 "s": "state", "image": "image", "label": "label", "last": "last", "n": "last", "output": "output",
                 "o": "output"])
    /// `crictl pods`'s flags: no --all, --pod or --image.
    static let podsSpec = CrictlFlags.Spec(
        booleans: psSpec.booleans.filter { $0.value != "all" },
        valued: psSpec.valued.filter { !["pod", "image"].contains($0.value) })

    /// Reads a listing's flags. `--verbose` and `--output` are taken but the table is what
    /// Shipyard prints.
    static func parse(_ arguments: [String], _ spec: CrictlFlags.Spec) -> Result<CrictlListOptions, CrictlFlags.Failure> {
        let flags: CrictlFlags
        switch CrictlFlags.parse(arguments, spec) {
        case .success(let parsed): flags = parsed
        case .failure(let failure): return .failure(failure)
        }
        var options = CrictlListOptions()
        options.all = flags.bool("all")
        options.quiet = flags.bool("quiet")
        options.latest = flags.bool("latest")
        options.noTrunc = flags.bool("no-trunc")
        options.id = flags.string("id")
        options.podID = flags.string("pod")
        options.state = flags.string("state")
        options.image = flags.string("image")
        options.namePattern = flags.string("name")
        options.namespacePattern = flags.string("namespace")
        switch flags.int("last", fallback: 0) {
        case .success(let last): options.last = last
        case .failure(let failure): return .failure(failure)
        }
        for text in flags.strings("label") {
            let pair = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard pair.count == 2 else { return .failure(.badValue("incorrectly specified label: \(text)")) }
            options.labels.append((String(pair[0]), String(pair[1])))
        }
        return .success(options)
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
