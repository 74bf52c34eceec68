/// How many terminal cells text occupies, needed to line up columns of
/// candidates that contain CJK characters or emoji.
///
/// A small approximation of wcwidth(3) that does not depend on the process
/// locale (so tests give the same answer everywhere): wide East Asian ranges
/// and emoji-presentation characters take two cells, combining marks and
/// controls none, everything else one.
enum DisplayWidth {
  static func of(_ text: String) -> Int {
    text.reduce(0) { $0 + of($1) }
  }

  static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if first.value < 0x20 || (0x7F..<0xA0).contains(first.value) { return 0 }
    switch first.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if isWide(first) || first.properties.isEmojiPresentation { return 2 }
    // A text-default emoji (e.g. ✔ U+2714) followed by VS16 renders as emoji.
    if first.properties.isEmoji, scalars.contains("\u{FE0F}") { return 2 }
    return 1
  }

  /// East Asian Wide and Fullwidth blocks (Unicode UAX #11), coarsely.
  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
    0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
    0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x2FFFD,
    0x30000...0x3FFFD,
  ]

  private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    wideRanges.contains { $0.contains(scalar.value) }
  }
}
