import Testing

@testable import LineEditing

@Suite struct ScreenRowsTests {
  @Test func shortLineHasNothingBelow() {
    #expect(ScreenRows.below(prompt: "$ ", beforeCursor: "get", afterCursor: " pods", columns: 80) == 0)
  }

  @Test func cursorOnFirstOfThreeRows() {
    // 2 + 3 + 200 = 205 cells over 80 columns: rows 0, 1, 2.
    let after = String(repeating: "x", count: 200)
    #expect(ScreenRows.below(prompt: "$ ", beforeCursor: "get", afterCursor: after, columns: 80) == 2)
  }

  @Test func cursorAtEndIsOnTheLastRow() {
    let before = String(repeating: "x", count: 200)
    #expect(ScreenRows.below(prompt: "$ ", beforeCursor: before, afterCursor: "", columns: 80) == 0)
  }

  @Test func textEndingAtTheMarginAddsNoRow() {
    // 2 + 8 cells fill a 10-column row exactly.
    #expect(ScreenRows.below(prompt: "$ ", beforeCursor: "ab", afterCursor: "cdefgh", columns: 10) == 0)
    #expect(ScreenRows.below(prompt: "$ ", beforeCursor: "ab", afterCursor: "cdefghi", columns: 10) == 1)
  }

  @Test func wideCharacterThatDoesNotFitWraps() {
    // 2 + 7 cells, then 日 needs 2 but only 1 is left: it starts row 1.
    #expect(ScreenRows.below(prompt: "$ ", beforeCursor: "a", afterCursor: "bcdefg日", columns: 10) == 1)
    // 2 + 6 cells leave exactly 2 for 日.
    #expect(ScreenRows.below(prompt: "$ ", beforeCursor: "a", afterCursor: "bcdef日", columns: 10) == 0)
  }

  @Test func invisiblePromptSequencesTakeNoSpace() {
    let prompt = "\u{1}\u{1b}[32m\u{1}ctx\u{1}\u{1b}[0m\u{1}> "
    #expect(ScreenRows.visiblePart(ofPrompt: prompt) == "ctx> ")
    // Visible prompt is 5 cells; 5 + 5 = 10 fits one 10-column row.
    #expect(ScreenRows.below(prompt: prompt, beforeCursor: "", afterCursor: "abcde", columns: 10) == 0)
  }
}
