@testable import LineTools
import Testing

/// `sort`, `uniq` and `cut`, alone and piped one into the next. Every expected output and
/// status is what GNU coreutils 9.1 printed on Debian 12 for the same command and files, with
/// LC_ALL=C as in a container, and what Debian 12's busybox 1.35 printed.
@Suite struct LineToolsTests {
    static let files = [
        "/data/people": "bob 10 Sales\nalice 2 Eng\nCarol 10 eng\ndave -3 Ops\nalice 2 Eng\nerin 1.5 Sales\n  zed 7 ops\n",
        "/data/passwd": "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nnginx:x:101:101:nginx user:/nonexistent:/bin/false\n",
    ]

    /// What busybox printed: the same as GNU, or its own output and status; nil where busybox
    /// prints its usage text (which Shipyard does not keep) or reads a key's character offsets
    /// its own way (which Shipyard reads GNU's way).
    enum Busybox {
        case same
        case differs(String, Int32)
    }

    struct Case {
        var pipeline: [[String]]
        var output: String
        var status: Int32
        var busybox: Busybox?

        init(_ pipeline: [[String]], _ output: String, _ status: Int32, busybox: Busybox?) {
            (self.pipeline, self.output, self.status, self.busybox) = (pipeline, output, status, busybox)
        }
    }

    static let cases: [Case] = [
        Case([["sort", "/data/people"]],
             "  zed 7 ops\nCarol 10 eng\nalice 2 Eng\nalice 2 Eng\nbob 10 Sales\ndave -3 Ops\nerin 1.5 Sales\n", 0,
             busybox: .same),
        Case([["sort", "-r", "/data/people"]],
             "erin 1.5 Sales\ndave -3 Ops\nbob 10 Sales\nalice 2 Eng\nalice 2 Eng\nCarol 10 eng\n  zed 7 ops\n", 0,
             busybox: .same),
        Case([["sort", "-n", "-k2", "/data/people"]],
             "dave -3 Ops\nerin 1.5 Sales\nalice 2 Eng\nalice 2 Eng\n  zed 7 ops\nCarol 10 eng\nbob 10 Sales\n", 0,
             busybox: .same),
        Case([["sort", "-k2n", "/data/people"]],
             "dave -3 Ops\nerin 1.5 Sales\nalice 2 Eng\nalice 2 Eng\n  zed 7 ops\nCarol 10 eng\nbob 10 Sales\n", 0,
             busybox: .same),
        Case([["sort", "-k2,2n", "-k1,1", "/data/people"]],
             "dave -3 Ops\nerin 1.5 Sales\nalice 2 Eng\nalice 2 Eng\n  zed 7 ops\nCarol 10 eng\nbob 10 Sales\n", 0,
             busybox: .same),
        Case([["sort", "-u", "/data/people"]],
             "  zed 7 ops\nCarol 10 eng\nalice 2 Eng\nbob 10 Sales\ndave -3 Ops\nerin 1.5 Sales\n", 0,
             busybox: .same),
        Case([["sort", "-f", "/data/people"]],
             "  zed 7 ops\nalice 2 Eng\nalice 2 Eng\nbob 10 Sales\nCarol 10 eng\ndave -3 Ops\nerin 1.5 Sales\n", 0,
             busybox: .same),
        Case([["sort", "-k3", "-f", "/data/people"]],
             "Carol 10 eng\nalice 2 Eng\nalice 2 Eng\n  zed 7 ops\ndave -3 Ops\nbob 10 Sales\nerin 1.5 Sales\n", 0,
             busybox: .same),
        Case([["sort", "-k3,3", "-u", "/data/people"]],
             "alice 2 Eng\ndave -3 Ops\nbob 10 Sales\nCarol 10 eng\n  zed 7 ops\n", 0,
             busybox: .same),
        Case([["sort", "-k3,3f", "-u", "/data/people"]],
             "alice 2 Eng\ndave -3 Ops\nbob 10 Sales\n", 0,
             busybox: .differs("Carol 10 eng\n  zed 7 ops\nbob 10 Sales\n", 0)),
        Case([["sort", "-t:", "-k3n", "/data/passwd"]],
             "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nnginx:x:101:101:nginx user:/nonexistent:/bin/false\n", 0,
             busybox: .same),
        Case([["sort", "-t", ":", "-k3,3nr", "/data/passwd"]],
             "nginx:x:101:101:nginx user:/nonexistent:/bin/false\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nroot:x:0:0:root:/root:/bin/bash\n", 0,
             busybox: .same),
        Case([["sort", "-rn", "-k2", "/data/people"]],
             "bob 10 Sales\nCarol 10 eng\n  zed 7 ops\nalice 2 Eng\nalice 2 Eng\nerin 1.5 Sales\ndave -3 Ops\n", 0,
             busybox: .same),
        Case([["sort", "-s", "-k3,3", "/data/people"]],
             "alice 2 Eng\nalice 2 Eng\ndave -3 Ops\nbob 10 Sales\nerin 1.5 Sales\nCarol 10 eng\n  zed 7 ops\n", 0,
             busybox: .same),
        Case([["sort", "-b", "-k2", "/data/people"]],
             "dave -3 Ops\nerin 1.5 Sales\nbob 10 Sales\nCarol 10 eng\nalice 2 Eng\nalice 2 Eng\n  zed 7 ops\n", 0,
             busybox: .same),
        Case([["sort", "-k2.2,2.3", "/data/people"]],
             "dave -3 Ops\nerin 1.5 Sales\nCarol 10 eng\nbob 10 Sales\nalice 2 Eng\nalice 2 Eng\n  zed 7 ops\n", 0,
             busybox: nil),
        Case([["sort", "-k1.2", "/data/people"]],
             "  zed 7 ops\nCarol 10 eng\ndave -3 Ops\nalice 2 Eng\nalice 2 Eng\nbob 10 Sales\nerin 1.5 Sales\n", 0,
             busybox: .same),
        Case([["sort", "/data/people"], ["uniq", "-c"]],
             "      1   zed 7 ops\n      1 Carol 10 eng\n      2 alice 2 Eng\n      1 bob 10 Sales\n      1 dave -3 Ops\n      1 erin 1.5 Sales\n", 0,
             busybox: .same),
        Case([["sort", "/data/people"], ["uniq", "-d"]],
             "alice 2 Eng\n", 0,
             busybox: .same),
        Case([["sort", "/data/people"], ["uniq", "-u"]],
             "  zed 7 ops\nCarol 10 eng\nbob 10 Sales\ndave -3 Ops\nerin 1.5 Sales\n", 0,
             busybox: .same),
        Case([["sort", "-f", "/data/people"], ["uniq", "-ci"]],
             "      1   zed 7 ops\n      2 alice 2 Eng\n      1 bob 10 Sales\n      1 Carol 10 eng\n      1 dave -3 Ops\n      1 erin 1.5 Sales\n", 0,
             busybox: .same),
        Case([["cut", "-d ", "-f1", "/data/people"]],
             "bob\nalice\nCarol\ndave\nalice\nerin\n\n", 0,
             busybox: .same),
        Case([["cut", "-d:", "-f1,7", "/data/passwd"]],
             "root:/bin/bash\ndaemon:/usr/sbin/nologin\nnginx:/bin/false\n", 0,
             busybox: .same),
        Case([["cut", "-d:", "-f3-", "/data/passwd"]],
             "0:0:root:/root:/bin/bash\n1:1:daemon:/usr/sbin:/usr/sbin/nologin\n101:101:nginx user:/nonexistent:/bin/false\n", 0,
             busybox: .same),
        Case([["cut", "-d:", "-f-2,6", "/data/passwd"]],
             "root:x:/root\ndaemon:x:/usr/sbin\nnginx:x:/nonexistent\n", 0,
             busybox: .same),
        Case([["cut", "-c1-3", "/data/people"]],
             "bob\nali\nCar\ndav\nali\neri\n  z\n", 0,
             busybox: .same),
        Case([["cut", "-c3,1", "/data/people"]],
             "bb\nai\nCr\ndv\nai\nei\n z\n", 0,
             busybox: .same),
        Case([["cut", "-f2", "/data/people"]],
             "bob 10 Sales\nalice 2 Eng\nCarol 10 eng\ndave -3 Ops\nalice 2 Eng\nerin 1.5 Sales\n  zed 7 ops\n", 0,
             busybox: .same),
        Case([["cut", "-s", "-f2", "/data/people"]],
             "", 0,
             busybox: .same),
        Case([["sort", "-k0", "/data/people"]],
             "sort: field number is zero: invalid field specification '0'\n", 2,
             busybox: .differs("sort: bad field specification\n", 2)),
        Case([["sort", "-t", "ab", "/data/people"]],
             "sort: multi-character tab 'ab'\n", 2,
             busybox: .differs("sort: bad -t parameter\n", 2)),
        Case([["sort", "-Q", "/data/people"]],
             "sort: invalid option -- 'Q'\nTry 'sort --help' for more information.\n", 2,
             busybox: nil),
        Case([["cut", "/data/people"]],
             "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n", 1,
             busybox: .differs("cut: expected a list of bytes, characters, or fields\n", 1)),
        Case([["cut", "-f", "1-2-3", "/data/people"]],
             "cut: invalid field range\nTry 'cut --help' for more information.\n", 1,
             busybox: .differs("cut: invalid number '2-3'\n", 1)),
        Case([["uniq", "-Q", "/data/people"]],
             "uniq: invalid option -- 'Q'\nTry 'uniq --help' for more information.\n", 1,
             busybox: nil),
        Case([["uniq", "/data/people", "a", "b"]],
             "uniq: extra operand 'b'\nTry 'uniq --help' for more information.\n", 1,
             busybox: nil),
        Case([["sort", "/nosuch"]],
             "sort: cannot read: /nosuch: No such file or directory\n", 2,
             busybox: .differs("sort: /nosuch: No such file or directory\n", 2)),
        Case([["uniq", "/nosuch"]],
             "uniq: /nosuch: No such file or directory\n", 1,
             busybox: .differs("uniq: can't open '/nosuch': No such file or directory\n", 1)),
        Case([["cut", "-f1", "/nosuch"]],
             "cut: /nosuch: No such file or directory\n", 1,
             busybox: .same),
    ]

    @Test(arguments: cases.indices) func matchesGNU(_ index: Int) {
        let test = Self.cases[index]
        let run = Self.run(test.pipeline, busybox: false)
        #expect(run.errors + run.output == test.output, "\(test.pipeline)")
        #expect(run.status == test.status, "\(test.pipeline)")
        #expect(run.unsupported == nil)
    }

    @Test(arguments: cases.indices) func matchesBusybox(_ index: Int) {
        let test = Self.cases[index]
        guard let busybox = test.busybox else { return }
        var (output, status) = (test.output, test.status)
        if case .differs(let own, let code) = busybox { (output, status) = (own, code) }
        let run = Self.run(test.pipeline, busybox: true)
        #expect(run.errors + run.output == output, "\(test.pipeline)")
        #expect(run.status == status, "\(test.pipeline)")
        #expect(run.unsupported == nil)
    }

    @Test func busyboxSaysItsUsageTextIsNotKept() {
        let run = Self.run([["sort", "-Q", "/data/people"]], busybox: true)
        #expect(run.errors == "sort: invalid option -- 'Q'\n")
        #expect(run.unsupported == "busybox's sort prints its usage here, which Shipyard does not keep.")
    }

    @Test func optionsShipyardDoesNotSimulateAreNamed() {
        let run = Self.run([["sort", "-h", "/data/people"]], busybox: false)
        #expect(run.output.isEmpty && run.errors.isEmpty)
        #expect(run.unsupported == "Shipyard's sort takes -b, -f, -k, -n, -r, -s, -t, -u; `-h` is not simulated.")
    }

    /// Numbers past what fits a machine word neither trap nor make the tool count to them.
    @Test func hugeFieldsAndOffsetsEndAtTheLine() {
        let huge = "99999999999999999999"
        for spec in ["\(huge)", "1.\(huge)", "1,\(huge)", "1,1.\(huge)", "99999999999"] {
            let run = Self.run([["sort", "-k\(spec)", "/data/passwd"]], busybox: false)
            #expect(run.status == 0 && run.output.hasPrefix("daemon:"), "\(spec)")
        }
        // What coreutils 9.1 and busybox 1.35 said.
        #expect(Self.run([["cut", "-f\(huge)-", "/data/passwd"]], busybox: false).errors
                == "cut: field number '\(huge)' is too large\nTry 'cut --help' for more information.\n")
        #expect(Self.run([["cut", "-c1-\(huge)", "/data/passwd"]], busybox: false).errors
                == "cut: byte/character offset '\(huge)' is too large\nTry 'cut --help' for more information.\n")
        #expect(Self.run([["cut", "-f\(huge)-", "/data/passwd"]], busybox: true).errors == "cut: invalid number '\(huge)'\n")
    }

    @Test func linesKeepTheirCarriageReturnsAndALastLineNeedsNoNewline() {
        let input = LineToolInput(stdin: "b\r\na\r\nc", busybox: false) { _ in .failure(.missing) }
        #expect(LineTools.tools["sort"]?([], input).output == "a\r\nb\r\nc\n")
        #expect(LineTools.tools["cut"]?(["-c1"], input).output == "b\na\nc\n")
    }

    /// Runs each stage on what the one before printed; what a stage printed on standard error
    /// goes first, as `2>&1` shows it when only one stage fails.
    static func run(_ pipeline: [[String]], busybox: Bool) -> LineToolRun {
        var stdin: String?
        var last = LineToolRun()
        var errors = ""
        for stage in pipeline {
            guard let name = stage.first, let tool = LineTools.tools[name] else { return last }
            let input = LineToolInput(stdin: stdin, busybox: busybox) { files[$0].map { .success($0) } ?? .failure(.missing) }
            last = tool(Array(stage.dropFirst()), input)
            errors += last.errors
            stdin = last.output
        }
        last.errors = errors
        return last
    }
}
