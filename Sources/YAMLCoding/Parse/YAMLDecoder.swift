/// One document's text to `JSON`: libyaml events → node tree → go-yaml/sigs.k8s.io decoding.
enum YAMLDecoder {
    /// nil for an empty document (also one holding only comments, or `null`), which kubectl skips.
    static func decode(_ text: String) throws(YAMLError) -> JSON? {
        let events: [YAMLEvent]
        switch LibYAMLReader.events(text) {
        case .success(let e): events = e
        case .failure(let error): throw error
        }
        let tree = try Composer.compose(events)
        guard let value = try TreeDecoder.decode(tree) else { return nil }
        if case .null = value { return nil }
        return value
    }
}
