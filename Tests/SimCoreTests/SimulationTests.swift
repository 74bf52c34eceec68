import Testing
@testable import SimCore

@Suite struct SimulationTests {
    let start = SimTime(seconds: 1_767_225_600)

    @Test func eventsRunInTimeOrderThenInsertionOrder() {
        let sim = Simulation(start: start, seed: 1)
        var log: [String] = []
        sim.schedule(after: .seconds(Int64(2))) { log.append("b") }
        sim.schedule(after: .seconds(Int64(1))) { log.append("a") }
        sim.schedule(after: .seconds(Int64(2))) { log.append("c") }
        sim.advance(by: .seconds(Int64(5)))
        #expect(log == ["a", "b", "c"])
        #expect(sim.now == start + .seconds(Int64(5)))
    }

    @Test func settleRunsOnlyWhatIsDue() {
        let sim = Simulation(start: start, seed: 1)
        var ran = false
        sim.schedule(after: .seconds(Int64(1))) { ran = true }
        sim.settle()
        #expect(!ran)
        sim.advance(by: .millis(999))
        #expect(!ran)
        sim.advance(by: .millis(1))
        #expect(ran)
    }

    @Test func cancelledEventsDoNotRun() {
        let sim = Simulation(start: start, seed: 1)
        var ran = false
        let id = sim.schedule(after: .seconds(Int64(1))) { ran = true }
        sim.cancel(id)
        sim.advance(by: .seconds(Int64(2)))
        #expect(!ran)
    }

    @Test func cancellingATimerThatRanOrWasCancelledChangesNothing() {
        let sim = Simulation(start: start, seed: 1)
        var log: [String] = []
        let early = sim.schedule(after: .seconds(Int64(1))) { log.append("early") }
        let late = sim.schedule(after: .seconds(Int64(3))) { log.append("late") }
        for n in 0..<130 { sim.schedule(after: .seconds(Int64(2))) { log.append("filler \(n)") } }
        sim.advance(by: .seconds(Int64(2)))
        sim.cancel(early)
        sim.cancel(late)
        sim.cancel(late)
        #expect(sim.nextEventTime == nil)
        sim.schedule(after: .seconds(Int64(1))) { log.append("after") }
        sim.advance(by: .seconds(Int64(5)))
        #expect(log.first == "early")
        #expect(log.last == "after")
        #expect(!log.contains("late"))
        #expect(log.count == 132)
    }

    @Test func reactionsRunBeforeTimeMoves() {
        let sim = Simulation(start: start, seed: 1)
        var log: [String] = []
        sim.react {
            log.append("first")
            sim.react { log.append("chained") }
        }
        sim.schedule(at: start) { log.append("due now") }
        sim.settle()
        #expect(log == ["first", "chained", "due now"])
    }

    @Test func advanceUntilJumpsFromEventToEvent() {
        let sim = Simulation(start: start, seed: 1)
        var count = 0
        for i in 1...10 { sim.schedule(after: .seconds(Int64(i * 10))) { count += 1 } }
        let met = sim.advance(until: { count >= 3 }, timeout: .minutes(5))
        #expect(met)
        #expect(sim.now == start + .seconds(Int64(30)))
        let missed = sim.advance(until: { count >= 100 }, timeout: .seconds(Int64(15)))
        #expect(!missed)
        #expect(sim.now == start + .seconds(Int64(45)))
    }

    @Test func eventsScheduledDuringAnEventRunInOrder() {
        let sim = Simulation(start: start, seed: 1)
        var log: [Int] = []
        sim.schedule(after: .seconds(Int64(1))) {
            log.append(1)
            sim.schedule(after: .seconds(Int64(1))) { log.append(3) }
        }
        sim.schedule(after: .millis(1500)) { log.append(2) }
        sim.advance(by: .seconds(Int64(3)))
        #expect(log == [1, 2, 3])
    }

    @Test func traceIsABoundedRing() {
        let trace = Trace(capacity: 3)
        for i in 0..<5 { trace.record(start, component: "c", object: "o", message: String(i)) }
        #expect(trace.entries.map(\.message) == ["2", "3", "4"])
        #expect(trace.recorded == 5)
    }
}

@Suite struct SeededGeneratorTests {
    @Test func sameSeedSameStreams() {
        let a = SeededGenerator(seed: 42)
        let b = SeededGenerator(seed: 42)
        #expect((0..<5).map { _ in a.stream("x").next() } == (0..<5).map { _ in b.stream("x").next() })
        #expect(a.stream("pods").kubernetesSuffix() == b.stream("pods").kubernetesSuffix())
    }

    @Test func streamsAreIndependent() {
        let a = SeededGenerator(seed: 42)
        let b = SeededGenerator(seed: 42)
        _ = b.stream("other").next()
        #expect(a.stream("x").next() == b.stream("x").next())
    }

    @Test func formats() {
        let stream = SeededGenerator(seed: 1).stream("f")
        let suffix = stream.kubernetesSuffix()
        #expect(suffix.count == 5 && suffix.allSatisfy { RandomStream.kubernetesAlphabet.contains($0) })
        let uuid = stream.uuid()
        #expect(uuid.count == 36 && Array(uuid)[14] == "4" && "89ab".contains(Array(uuid)[19]))
        #expect(uuid.split(separator: "-").map(\.count) == [8, 4, 4, 4, 12])
        #expect(uuid.allSatisfy { "0123456789abcdef-".contains($0) })
        #expect(stream.hex(32).count == 32)
        #expect(stream.sha256Digest().hasPrefix("sha256:"))
    }
}

@Suite struct TimeFormattingTests {
    @Test(arguments: ["2026-01-01T00:00:00Z", "1999-12-31T23:59:59Z", "2024-02-29T12:34:56Z", "1970-01-01T00:00:00Z"])
    func rfc3339RoundTrip(_ text: String) {
        #expect(SimTime(rfc3339: text)?.rfc3339 == text)
    }

    @Test func parsesFractionsAndOffsets() {
        #expect(SimTime(rfc3339: "2026-01-01T00:00:00.5Z")?.milliseconds == 1_767_225_600_500)
        #expect(SimTime(rfc3339: "2026-01-01T01:00:00+01:00")?.rfc3339 == "2026-01-01T00:00:00Z")
        #expect(SimTime(rfc3339: "not a time") == nil)
        #expect(SimTime(rfc3339: "2026-13-01T00:00:00Z") == nil)
    }

    @Test func microTime() {
        #expect(SimTime(milliseconds: 1_767_225_600_007).microRFC3339 == "2026-01-01T00:00:00.007000Z")
        #expect(SimTime(milliseconds: 1_767_225_600_007).microRFC3339 == "2026-01-01T00:00:00.007000Z")
        #expect(SimTime(milliseconds: 1_767_225_610_250).microRFC3339 == "2026-01-01T00:00:10.250000Z")
        #expect(SimTime(milliseconds: -1).microRFC3339 == "1969-12-31T23:59:59.999000Z")
    }

    @Test func awsCLIFormat() {
        #expect(SimTime(milliseconds: 1_795_754_463_126).awsCLI == "2026-11-27T04:41:03.126000+00:00")
    }

    @Test(arguments: [(412, "412ms"), (2874, "2.874s"), (62_500, "1m2.5s"), (3_602_000, "1h0m2s"), (1000, "1s"), (0, "0s")])
    func goDurations(ms: Int64, text: String) {
        #expect(GoDuration.format(SimDuration(milliseconds: ms)) == text)
    }

    @Test func base64RoundTrip() {
        for text in ["", "a", "ab", "abc", "hello world", "é✓"] {
            #expect(Base64.decode(Base64.encode(text)).map { String(decoding: $0, as: UTF8.self) } == text)
        }
        #expect(Base64.encode("AWS:secret") == "QVdTOnNlY3JldA==")
        #expect(Base64.decode("!!!") == nil)
    }
}
