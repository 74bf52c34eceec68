/// Where the prompt and line sit on screen once wrapped at the terminal width.
///
/// Completion lists are printed from the cursor's position; when a long line
/// wraps and the cursor is not on its last row, the list would overwrite the
/// rows below. Knowing how many rows follow the cursor lets the editor step
/// past them first.
enum ScreenRows {
  /// Rows of the edited line below the one holding the cursor.
  ///
  /// Follows libedit's wrapping: a double-width character that does not fit
  /// at the end of a row moves to the next row, and a cursor exactly at the
  /// right margin is shown at the start of the next row. The text itself
  /// ends on the row of its last character.
  static func below(prompt: String, beforeCursor: String, afterCursor: String, columns: Int) -> Int {
    guard columns > 0 else { return 0 }
    var position = Position(columns: columns)
    position.advance(over: visiblePart(ofPrompt: prompt))
    position.advance(over: beforeCursor)
    let cursorRow = position.cursorRow
    position.advance(over: afterCursor)
    return max(0, position.row - cursorRow)
  }

  /// The prompt without its `\u{1}`-delimited invisible sequences.
  static func visiblePart(ofPrompt prompt: String) -> String {
    var visible = ""
    var hidden = false
    for character in prompt {
      if character == "\u{1}" {
        hidden.toggle()
      } else if !hidden {
        visible.append(character)
      }
    }
    return visible
  }

  private struct Position {
    let columns: Int
    var row = 0
    var column = 0

    init(columns: Int) { self.columns = columns }

    /// Row the cursor is drawn on if it stands at this position.
    var cursorRow: Int { column >= columns ? row + 1 : row }

    mutating func advance(over text: String) {
      for character in text {
        let width = DisplayWidth.of(character)
        guard width > 0 else { continue }
        if column + width > columns {
          row += 1
          column = 0
        }
        column += width
      }
    }
  }
}
