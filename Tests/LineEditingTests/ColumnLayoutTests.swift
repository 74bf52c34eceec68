import Testing

@testable import LineEditing

@Suite struct ColumnLayoutTests {
  let words = ["kubectl", "kubectl-foo", "get", "get-pods", "describe"]

  @Test func fitsOnOneRowWhenWide() {
    #expect(
      ColumnLayout.rows(words, width: 80) == [
        "kubectl      kubectl-foo  get          get-pods     describe"
      ])
  }

  @Test func fillsColumnsTopToBottom() {
    // Column width 13; width 40 fits 3 columns -> 2 rows.
    #expect(
      ColumnLayout.rows(words, width: 40) == [
        "kubectl      get          describe",
        "kubectl-foo  get-pods",
      ])
  }

  @Test func rowsStayNarrowerThanTheTerminal() {
    let items = (1...30).map { "pod-\($0)" }
    for width in [20, 41, 50, 79, 80, 120] {
      for row in ColumnLayout.rows(items, width: width) {
        #expect(DisplayWidth.of(row) < width, "width \(width): \(row)")
      }
    }
  }

  @Test func exactFitUsesAllColumns() {
    // Two 3-wide items need 3 + 2 + 3 = 8 cells; width 9 keeps one spare.
    #expect(ColumnLayout.rows(["aaa", "bbb"], width: 9) == ["aaa  bbb"])
    #expect(ColumnLayout.rows(["aaa", "bbb"], width: 8) == ["aaa", "bbb"])
  }

  @Test func itemsWiderThanTheTerminalGetOneColumn() {
    let long = String(repeating: "x", count: 50)
    #expect(ColumnLayout.rows([long, "y"], width: 20) == [long, "y"])
  }

  @Test func padsByDisplayWidthNotCharacterCount() {
    #expect(
      ColumnLayout.rows(["日本語", "abc", "x", "y"], width: 20) == [
        "日本語  x",
        "abc     y",
      ])
  }

  @Test func emptyListHasNoRows() {
    #expect(ColumnLayout.rows([], width: 80).isEmpty)
  }
}
