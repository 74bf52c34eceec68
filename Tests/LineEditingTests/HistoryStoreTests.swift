import Foundation
import Testing

@testable import LineEditing

/// The history file is written and read for real in a fresh temporary
/// directory (one per test, removed afterwards); no terminal is involved.
@Suite final class HistoryStoreTests {
  let directory: String

  init() throws {
    directory = try Self.makeTemporaryDirectory()
  }

  deinit {
    try? FileManager.default.removeItem(atPath: directory)
  }

  private static func makeTemporaryDirectory() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("lineediting-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  private func makeStore(max: Int = 100) throws -> HistoryStore {
    try #require(HistoryStore(maxEntries: max))
  }

  private func contents(of dir: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
  }

  @Test func roundTripsTextExactly() throws {
    let lines = [
      "kubectl get pods -n kube-system", "héllo wörld ✓", "日本語 🚀 👍🏽", "back\\slash \"quotes\" 'single'",
      "tab\there", "  leading and trailing  ",
    ]
    let store = try makeStore()
    lines.forEach(store.enter)
    let path = directory + "/history"
    try store.save(to: path)

    let reloaded = try makeStore()
    #expect(reloaded.load(from: path))
    #expect(reloaded.entries == lines)
  }

  @Test func createsMissingParentDirectories() throws {
    let store = try makeStore()
    store.enter("one")
    let path = directory + "/a/b/c/history"
    try store.save(to: path)
    let reloaded = try makeStore()
    #expect(reloaded.load(from: path))
    #expect(reloaded.entries == ["one"])
  }

  @Test func replacesTheFileAndLeavesNoTemporaryFiles() throws {
    let path = directory + "/history"
    let first = try makeStore()
    first.enter("old")
    try first.save(to: path)
    let second = try makeStore()
    second.enter("new")
    try second.save(to: path)

    #expect(try contents(of: directory) == ["history"])
    let reloaded = try makeStore()
    reloaded.load(from: path)
    #expect(reloaded.entries == ["new"])
  }

  @Test func fileIsPrivateToItsOwner() throws {
    let path = directory + "/history"
    let store = try makeStore()
    store.enter("secret --token=abc")
    try store.save(to: path)
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    let permissions = try #require(attributes[.posixPermissions] as? Int)
    #expect(permissions & 0o077 == 0)
  }

  @Test func failedRenameLeavesTargetAloneAndCleansUp() throws {
    // The target is a non-empty directory, so the final rename must fail.
    let path = directory + "/history"
    try FileManager.default.createDirectory(atPath: path + "/keep", withIntermediateDirectories: true)
    let store = try makeStore()
    store.enter("x")
    #expect(throws: HistoryFileError.self) { try store.save(to: path) }
    #expect(try contents(of: directory) == ["history"])
    #expect(try contents(of: path) == ["keep"])
  }

  @Test func parentThatIsAFileIsReported() throws {
    let blocker = directory + "/file"
    try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
    let store = try makeStore()
    store.enter("x")
    #expect(throws: HistoryFileError.cannotCreateDirectory(path: blocker, errno: EEXIST)) {
      try store.save(to: blocker + "/history")
    }
  }

  @Test func missingFileLoadsNothing() throws {
    let store = try makeStore()
    #expect(!store.load(from: directory + "/absent"))
    #expect(store.entries.isEmpty)
  }

  @Test func corruptFileStartsEmpty() throws {
    let path = directory + "/history"
    var garbage = Data("not a history file\n".utf8)
    garbage.append(contentsOf: (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
    try garbage.write(to: URL(fileURLWithPath: path))

    let store = try makeStore()
    store.enter("typed before load")
    #expect(!store.load(from: path))
    #expect(store.entries.isEmpty)
    store.enter("still works")
    #expect(store.entries == ["still works"])
  }

  @Test func directoryInsteadOfFileStartsEmpty() throws {
    let store = try makeStore()
    #expect(!store.load(from: directory))
    #expect(store.entries.isEmpty)
  }

  @Test func skipsRepeatsOfThePreviousEntryAndBlankLines() throws {
    let store = try makeStore()
    for line in ["get", "get", "", "   ", "describe", "get", "get"] { store.enter(line) }
    #expect(store.entries == ["get", "describe", "get"])
  }

  @Test func keepsOnlyTheNewestEntries() throws {
    let store = try makeStore(max: 3)
    for n in 1...5 { store.enter("line \(n)") }
    #expect(store.entries == ["line 3", "line 4", "line 5"])

    let path = directory + "/history"
    let big = try makeStore(max: 10)
    for n in 1...10 { big.enter("line \(n)") }
    try big.save(to: path)
    let small = try makeStore(max: 2)
    small.load(from: path)
    #expect(small.entries == ["line 9", "line 10"])
  }

  @Test func zeroMaximumDisablesHistory() throws {
    let store = try makeStore(max: 0)
    store.enter("anything")
    #expect(store.entries.isEmpty)
  }

  @Test func parentDirectoryOfPaths() {
    #expect(FilePaths.parentDirectory(of: "/a/b/history") == "/a/b")
    #expect(FilePaths.parentDirectory(of: "/history") == "/")
    #expect(FilePaths.parentDirectory(of: "history") == nil)
    #expect(FilePaths.parentDirectory(of: "dir/history") == "dir")
  }
}
