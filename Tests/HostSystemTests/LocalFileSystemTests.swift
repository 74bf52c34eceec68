import Foundation
import HostSystem
import Testing
import ToolIO

/// Writing a learner's files: atomically for regular files, in place for everything else.
@Suite struct LocalFileSystemTests {
    static func scratch() throws -> String {
        let path = NSTemporaryDirectory() + "shipyard-fs-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func redirectingToDevNullLeavesTheDevice() throws {
        let files = LocalFileSystem(currentDirectory: "/", homeDirectory: "/")
        try files.writeFile("/dev/null", Array("gone\n".utf8), append: false)
        let type = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType
        #expect(type == .typeCharacterSpecial)
    }

    @Test func writingThroughASymbolicLinkKeepsTheLink() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let files = LocalFileSystem(currentDirectory: directory, homeDirectory: directory)
        try files.writeFile("real.txt", Array("one\n".utf8), append: false)
        try FileManager.default.createSymbolicLink(atPath: directory + "/link.txt", withDestinationPath: directory + "/real.txt")
        try files.writeFile("link.txt", Array("two\n".utf8), append: false)
        #expect(try files.readText("real.txt") == "two\n")
        let type = try FileManager.default.attributesOfItem(atPath: directory + "/link.txt")[.type] as? FileAttributeType
        #expect(type == .typeSymbolicLink)
    }

    @Test func regularFilesAreReplacedWhole() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let files = LocalFileSystem(currentDirectory: directory, homeDirectory: directory)
        try files.writeFile("a.txt", Array("first version, longer\n".utf8), append: false)
        try files.writeFile("a.txt", Array("second\n".utf8), append: false)
        try files.writeFile("a.txt", Array("more\n".utf8), append: true)
        #expect(try files.readText("a.txt") == "second\nmore\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["a.txt"])
    }
}
