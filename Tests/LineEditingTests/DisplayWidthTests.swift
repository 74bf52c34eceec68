import Testing

@testable import LineEditing

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("abc", 3), ("héllo", 5), ("e\u{301}", 1), ("✓", 1), ("日本語", 6),
    ("🚀", 2), ("👍🏽", 2), ("🇯🇵", 2), ("✔\u{FE0F}", 2), ("ｶ", 1), ("Ａ", 2), ("", 0), ("\t", 0),
  ])
  func width(text: String, expected: Int) {
    #expect(DisplayWidth.of(text) == expected)
  }
}
