import CYaml

/// Pulls events for one document out of libyaml.
///
/// The reader stops after the first document, as go-yaml's `Unmarshal` does (kubectl has
/// already cut the stream into documents by then).
enum LibYAMLReader {
    /// libyaml's own nesting cap (1000 by default) is lifted: go-yaml allows 10000 levels and
    /// reports its own message, which `Composer` reproduces.
    private static let liftNestingLimit: Void = { yaml_set_max_nest_level(Int32.max / 2) }()

    /// The events of the first document, or the go-yaml-style error that stopped them.
    static func events(_ text: String) -> Result<[YAMLEvent], YAMLError> {
        _ = liftNestingLimit
        var bytes = Array(text.utf8)
        if bytes.isEmpty { bytes = [UInt8(ascii: "\n")] }  // as go-yaml does for empty input
        return bytes.withUnsafeBufferPointer { buffer -> Result<[YAMLEvent], YAMLError> in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                return .failure(YAMLError(message: "yaml: failed to initialize YAML parser"))
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var events: [YAMLEvent] = []
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    return .failure(failure(parser).error)
                }
                let copied = copy(event)
                yaml_event_delete(&event)
                events.append(copied)
                if copied.kind == .documentEnd || copied.kind == .streamEnd { return .success(events) }
            }
        }
    }

    private static func failure(_ parser: yaml_parser_t) -> LibYAMLFailure {
        let problem = parser.problem.map { String(cString: $0) } ?? ""
        return LibYAMLFailure(
            problem: problem,
            isScanner: parser.error == YAML_SCANNER_ERROR,
            problemLine: parser.error == YAML_READER_ERROR ? 0 : Int(parser.problem_mark.line),
            contextLine: parser.error == YAML_READER_ERROR ? 0 : Int(parser.context_mark.line))
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private static func copy(_ event: yaml_event_t) -> YAMLEvent {
        let line = Int(event.start_mark.line)
        switch event.type {
        case YAML_STREAM_START_EVENT: return YAMLEvent(kind: .streamStart, line: line)
        case YAML_STREAM_END_EVENT: return YAMLEvent(kind: .streamEnd, line: line)
        case YAML_DOCUMENT_START_EVENT: return YAMLEvent(kind: .documentStart, line: line)
        case YAML_DOCUMENT_END_EVENT: return YAMLEvent(kind: .documentEnd, line: line)
        case YAML_ALIAS_EVENT:
            return YAMLEvent(kind: .alias, anchor: string(event.data.alias.anchor), line: line)
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            var value = ""
            if let pointer = scalar.value {
                // Scalars may contain NUL (from "\0" escapes), so copy by length.
                let buffer = UnsafeBufferPointer(start: pointer, count: Int(scalar.length))
                value = String(decoding: buffer, as: UTF8.self)
            }
            return YAMLEvent(
                kind: .scalar, anchor: string(scalar.anchor), tag: string(scalar.tag), value: value,
                plainImplicit: scalar.plain_implicit != 0, line: line)
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            return YAMLEvent(kind: .sequenceStart, anchor: string(start.anchor), tag: string(start.tag), line: line)
        case YAML_SEQUENCE_END_EVENT: return YAMLEvent(kind: .sequenceEnd, line: line)
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            return YAMLEvent(kind: .mappingStart, anchor: string(start.anchor), tag: string(start.tag), line: line)
        case YAML_MAPPING_END_EVENT: return YAMLEvent(kind: .mappingEnd, line: line)
        default: return YAMLEvent(kind: .streamEnd, line: line)
        }
    }
}
