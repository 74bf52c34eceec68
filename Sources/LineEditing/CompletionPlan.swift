/// What a Tab press should do, decided without touching the terminal so the
/// rules can be unit-tested.
enum CompletionAction: Equatable {
  /// Nothing to offer: ring the bell.
  case beep
  /// Replace the typed word with this text.
  case replaceWord(with: String)
  /// Several candidates and nothing more to insert: show them.
  case list([String])
}

enum CompletionPlanner {
  /// Decides the Tab behaviour, bash style.
  ///
  /// - One candidate: complete it, adding a space unless it ends in `/` or `=`
  ///   (a directory or `--flag=` usually continues without a break).
  /// - Several: insert their longest common prefix if it is longer than what
  ///   was typed; otherwise list them (so the user can see the choices).
  ///
  /// - Parameters:
  ///   - typedWord: the text of the word from its start to the cursor.
  ///   - candidates: the completer's candidates; duplicates are ignored.
  static func action(typedWord: String, candidates: [String]) -> CompletionAction {
    let unique = uniqued(candidates)
    guard let first = unique.first else { return .beep }
    if unique.count == 1 {
      let closesWord = !(first.hasSuffix("/") || first.hasSuffix("="))
      return .replaceWord(with: closesWord ? first + " " : first)
    }
    let prefix = longestCommonPrefix(unique)
    if prefix.count > typedWord.count {
      return .replaceWord(with: prefix)
    }
    return .list(unique)
  }

  /// The longest string every element starts with, compared by `Character`
  /// so a multi-scalar grapheme (é as e + ◌́, flags, emoji) is never split.
  static func longestCommonPrefix(_ strings: [String]) -> String {
    guard let first = strings.first else { return "" }
    var prefix = first[...]
    for string in strings.dropFirst() {
      var end = prefix.startIndex
      var other = string.startIndex
      while end < prefix.endIndex, other < string.endIndex, prefix[end] == string[other] {
        end = prefix.index(after: end)
        other = string.index(after: other)
      }
      prefix = prefix[..<end]
      if prefix.isEmpty { break }
    }
    return String(prefix)
  }

  /// Removes repeated candidates, keeping the completer's order.
  static func uniqued(_ strings: [String]) -> [String] {
    var seen = Set<String>()
    return strings.filter { seen.insert($0).inserted }
  }

  /// The word being completed: the bytes of `lineBeforeCursor` from
  /// `wordStart` on, or nil if the offset is out of range or splits a
  /// UTF-8 sequence (a completer bug; the editor then just beeps).
  static func typedWord(in lineBeforeCursor: String, wordStart: Int) -> String? {
    let utf8 = lineBeforeCursor.utf8
    guard wordStart >= 0, wordStart <= utf8.count else { return nil }
    let start = utf8.index(utf8.startIndex, offsetBy: wordStart)
    return String(utf8[start...])
  }
}
