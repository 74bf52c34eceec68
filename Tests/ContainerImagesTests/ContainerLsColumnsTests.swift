@testable import ContainerImages
import Testing

/// `ls` in columns on an 80-column terminal; GNU's layouts are what coreutils 9.1's
/// `ls -C --width=80` printed for the same names on Debian 12.
@Suite struct ContainerLsColumnsTests {
    @Test func gnuFitsTheMostColumnsAndReachesThemWithTabs() {
        let names = ["README.md", "a", "bb", "ccc", "configuration.yaml", "dddd-long-name-here", "eeeee", "f1", "f2",
                     "f3", "f4", "f5", "f6", "f7", "f8", "f9", "g10", "h11"]
        #expect(ContainerLsColumns.gnu(names) == """
            README.md  bb\tconfiguration.yaml   eeeee  f2\tf4  f6\tf8  g10
            a\t   ccc\tdddd-long-name-here  f1     f3\tf5  f7\tf9  h11

            """)
        let long = ["and-another-long-one-for-the-layout.yaml", "this-is-a-very-long-file-name-number-one.txt", "x"]
        #expect(ContainerLsColumns.gnu(long) == """
            and-another-long-one-for-the-layout.yaml      x
            this-is-a-very-long-file-name-number-one.txt

            """)
        #expect(ContainerLsColumns.gnu([]) == "")
    }

    @Test func busyboxColumnsAreAllAsWideAsTheLongestName() {
        let root = ["bin", "dev", "etc", "home", "lib", "lib64", "proc", "root", "sys", "tmp", "usr", "var"]
        #expect(ContainerLsColumns.busybox(root) == """
            bin    etc    lib    proc   sys    usr
            dev    home   lib64  root   tmp    var

            """)
        #expect(ContainerLsColumns.busybox([String(repeating: "x", count: 90), "y"]) == String(repeating: "x", count: 90) + "\ny\n")
    }
}
