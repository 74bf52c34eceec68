import Testing

@testable import LineEditing

@Suite struct CompletionPlannerTests {
  @Test func noCandidatesBeeps() {
    #expect(CompletionPlanner.action(typedWord: "zz", candidates: []) == .beep)
  }

  @Test func singleCandidateCompletesWithSpace() {
    #expect(CompletionPlanner.action(typedWord: "des", candidates: ["describe"]) == .replaceWord(with: "describe "))
  }

  @Test(arguments: ["deploy/", "--output="])
  func singleCandidateEndingInSlashOrEqualsGetsNoSpace(candidate: String) {
    #expect(CompletionPlanner.action(typedWord: "", candidates: [candidate]) == .replaceWord(with: candidate))
  }

  @Test func duplicatesCountAsOneCandidate() {
    #expect(CompletionPlanner.action(typedWord: "g", candidates: ["get", "get"]) == .replaceWord(with: "get "))
  }

  @Test func severalCandidatesInsertCommonPrefix() {
    #expect(
      CompletionPlanner.action(typedWord: "k", candidates: ["kubectl", "kubectl-foo"]) == .replaceWord(with: "kubectl"))
  }

  @Test func severalCandidatesWithNothingToAddAreListed() {
    #expect(
      CompletionPlanner.action(typedWord: "kubectl", candidates: ["kubectl", "kubectl-foo"])
        == .list(["kubectl", "kubectl-foo"]))
    #expect(CompletionPlanner.action(typedWord: "", candidates: ["get", "describe"]) == .list(["get", "describe"]))
  }

  @Test func prefixMayChangeTypedText() {
    // A case-insensitive completer: the typed word is replaced, not appended to.
    #expect(CompletionPlanner.action(typedWord: "GE", candidates: ["get", "get-pods"]) == .replaceWord(with: "get"))
  }

  @Test func commonPrefixOfMultibyteText() {
    #expect(CompletionPlanner.longestCommonPrefix(["日本語", "日本"]) == "日本")
    #expect(CompletionPlanner.longestCommonPrefix(["café/a", "café/b"]) == "café/")
    #expect(CompletionPlanner.longestCommonPrefix(["🚀x", "🚀y"]) == "🚀")
    #expect(CompletionPlanner.longestCommonPrefix(["abc"]) == "abc")
    #expect(CompletionPlanner.longestCommonPrefix([]) == "")
    #expect(CompletionPlanner.longestCommonPrefix(["abc", "xyz"]) == "")
  }

  @Test func commonPrefixNeverSplitsAGraphemeCluster() {
    // The flags 🇯🇵 and 🇯🇲 share their first scalar but no character.
    #expect(CompletionPlanner.longestCommonPrefix(["🇯🇵", "🇯🇲"]) == "")
    // e + combining acute vs plain e.
    #expect(CompletionPlanner.longestCommonPrefix(["e\u{301}x", "ey"]) == "")
  }

  @Test func typedWordUsesUTF8Offsets() {
    let line = "get é日"  // "get " is 4 bytes
    #expect(CompletionPlanner.typedWord(in: line, wordStart: 4) == "é日")
    #expect(CompletionPlanner.typedWord(in: line, wordStart: 0) == line)
    #expect(CompletionPlanner.typedWord(in: line, wordStart: line.utf8.count) == "")
  }

  @Test(arguments: [-1, 5, 100])
  func typedWordRejectsBadOffsets(offset: Int) {
    // 5 is inside the two bytes of é.
    #expect(CompletionPlanner.typedWord(in: "get é日", wordStart: offset) == nil)
  }
}
