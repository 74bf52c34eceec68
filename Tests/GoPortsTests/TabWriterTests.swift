import GoPorts
import Testing

/// Go's text/tabwriter with kubectl's two set-ups: tables (min width 6, padding 3, widths
/// remembered) and describe (min width 0, padding 2).
@Suite struct TabWriterTests {
    @Test func tablesPadToTheWidestCellPlusThree() {
        var writer = TabWriter()
        let text = writer.format([["NAME", "READY", "STATUS", "RESTARTS", "AGE"], ["nginx", "1/1", "Running", "0", "3m5s"]])
        #expect(text == "NAME    READY   STATUS    RESTARTS   AGE\nnginx   1/1     Running   0          3m5s\n")
        var other = TabWriter()
        #expect(other.format([["NAME", "IMAGE"], ["a-long-name", "nginx"], ["b", ""]])
            == "NAME          IMAGE\na-long-name   nginx\nb             \n")
    }

    /// Rows are laid out cell by cell unless a cell holds a tab or newline; either way the
    /// text is what writing the tab-joined lines gives.
    @Test func rowsLayOutAsTheirJoinedLines() {
        let tables: [[[String]]] = [
            [["NAME", "READY"], ["web-1", "1/1"], [], ["x"], ["José", "名前", "ü"]],
            [["a", "b\tc"], ["long-name", "d"], ["e", "f\ng", "h"]],
            [[""], ["", ""], ["k", "", "v"]],
        ]
        for rows in tables {
            var byRows = TabWriter()
            var byText = TabWriter()
            for row in rows { byText.write(row.joined(separator: "\t") + "\n") }
            byText.flush()
            #expect(byRows.format(rows) == byText.text)
        }
    }

    /// Uniform tables take a shorter way, on two threads when big: the text must be what
    /// writing the joined lines gives, widths remembered from one call to the next included.
    @Test func uniformTablesLayOutAsTheirJoinedLines() {
        var seed: UInt64 = 42
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        let words = ["", "a", "web-1", "Running", "名前", "José", "0/1", "a-much-longer-cell-than-most", "ü"]
        for rowCount in [1, 2, 7, TabWriter.rowsForTwoThreads + 3] {
            var byRows = TabWriter()
            var byText = TabWriter()
            for _ in 0..<2 {
                let columns = 2 + next(4)
                let rows = (0..<rowCount).map { _ in (0..<columns).map { _ in words[next(words.count)] } }
                for row in rows { byText.write(row.joined(separator: "\t") + "\n") }
                byText.flush()
                let expected = byText.text
                _ = byText.format([])
                #expect(byRows.format(rows) == expected)
            }
        }
    }

    @Test func minimumWidthAndRunes() {
        var writer = TabWriter()
        #expect(writer.format([["A", "B"], ["é", "x"]]) == "A     B\né     x\n")
        var wide = TabWriter()
        #expect(wide.format([["名前", "X"], ["ab", "Y"]]) == "名前    X\nab    Y\n")
    }

    @Test func rememberedWidthsKeepLaterRowsAligned() {
        var writer = TabWriter()
        _ = writer.format([["NAME", "AGE"], ["a-long-name", "1s"]])
        #expect(writer.format([["b", "2s"]]) == "b             2s\n")
    }

    @Test func describeAlignsBlocksAndFlushesOnSingleCellLines() {
        var t = TabWriter.describe
        t.write("Name:\tnginx\nIPs:\n  IP:\t10.0.0.1\nControlled By:\tReplicaSet/x\n")
        t.flush()
        #expect(t.text == "Name:  nginx\nIPs:\n  IP:           10.0.0.1\nControlled By:  ReplicaSet/x\n")
    }

    @Test func describePadsTrailingEmptyCellsAndCountsRunes() {
        var t = TabWriter.describe
        t.write("a:\t\nlonger:\tJosé\nx\tü\ty\n")
        t.flush()
        #expect(t.text == "a:       \nlonger:  José\nx        ü  y\n")
    }
}
