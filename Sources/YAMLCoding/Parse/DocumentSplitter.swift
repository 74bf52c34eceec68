/// Cuts a manifest stream into documents the way kubectl v1.32's `YAMLReader` does, before any
/// YAML parsing.
///
/// Lines are read with Go's `bufio.ReadLine`, which drops the line ending (so CRLF becomes LF)
/// and every line gets a `\\n`. A line starting with `---` ends the current document; after the
/// dashes only spaces or a `#` comment may follow, anything else is an error (`invalid Yaml
/// document separator: foo`). A `---` with nothing collected yet stays in the next document,
/// where YAML reads it as a document start. Line numbers in later errors count from the start
/// of each document, because go-yaml only ever sees one document.
enum DocumentSplitter {
    enum Piece {
        case document(String)
        case error(YAMLError)
    }

    static func split(_ text: String) -> [Piece] {
        var pieces: [Piece] = []
        var buffer = ""
        for line in lines(text) {
            if line.unicodeScalars.starts(with: "---".unicodeScalars) {
                let trimmed = trimSpace(Substring(line.unicodeScalars.dropFirst(3)))
                if let first = trimmed.first, first != "#" {
                    pieces.append(.error(YAMLError(
                        message: "invalid Yaml document separator: \(trimmed)", isConversionError: false)))
                    return pieces
                }
                if !buffer.isEmpty {
                    pieces.append(.document(buffer))
                    buffer = ""
                    continue
                }
            }
            buffer += line
            buffer += "\n"
        }
        if !buffer.isEmpty { pieces.append(.document(buffer)) }
        return pieces
    }

    /// Lines without their endings (`\\n` or `\\r\\n`); a final line without a newline counts.
    private static func lines(_ text: String) -> [Substring] {
        var result: [Substring] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            // Split on LF only; CR-LF pairs are one Character in Swift, so work on scalars.
            let scalars = rest.unicodeScalars
            if let newline = scalars.firstIndex(of: "\n") {
                var end = newline
                if end > scalars.startIndex, scalars[scalars.index(before: end)] == "\r" {
                    end = scalars.index(before: end)
                }
                result.append(Substring(scalars[scalars.startIndex..<end]))
                rest = Substring(scalars[scalars.index(after: newline)...])
            } else {
                result.append(rest)
                break
            }
        }
        return result
    }

    /// Go's `strings.TrimSpace`: Unicode white space at both ends.
    private static func trimSpace(_ s: Substring) -> Substring {
        let scalars = s.unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return Substring(scalars[start...last])
    }
}
