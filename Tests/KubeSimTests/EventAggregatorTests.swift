import SimCore
import Testing
@testable import KubeSim

/// client-go's aggregation of events that differ only in their message.
@Suite struct EventAggregatorTests {
    let start = SimTime(seconds: 1_767_225_600)

    func key(_ uid: String = "rs-uid", reason: String = "SuccessfulCreate") -> EventAggregator.Key {
        .init(.init(component: "replicaset-controller", host: "", uid: uid, type: "Normal", reason: reason))
    }

    @Test func theTenthDistinctMessageIsCombined() {
        var aggregator = EventAggregator()
        for n in 1...9 { #expect(aggregator.aggregate(key(), message: "Created pod: p\(n)", now: start) == nil) }
        #expect(aggregator.aggregate(key(), message: "Created pod: p10", now: start)
            == "(combined from similar events): Created pod: p10")
        #expect(aggregator.aggregate(key(), message: "Created pod: p11", now: start)
            == "(combined from similar events): Created pod: p11")
    }

    @Test func repeatsOfOneMessageAreNotDistinct() {
        var aggregator = EventAggregator()
        for _ in 1...20 { #expect(aggregator.aggregate(key(), message: "Back-off restarting", now: start) == nil) }
    }

    @Test func otherObjectsAndReasonsCountApart() {
        var aggregator = EventAggregator()
        for n in 1...9 { _ = aggregator.aggregate(key(), message: "m\(n)", now: start) }
        #expect(aggregator.aggregate(key("other"), message: "m10", now: start) == nil)
        #expect(aggregator.aggregate(key(reason: "SuccessfulDelete"), message: "m10", now: start) == nil)
    }

    @Test func tenQuietMinutesStartAfresh() {
        var aggregator = EventAggregator()
        for n in 1...12 { _ = aggregator.aggregate(key(), message: "m\(n)", now: start) }
        let later = start + .seconds(Int64(601))
        #expect(aggregator.aggregate(key(), message: "m13", now: later) == nil)
        // Ten minutes exactly is not too old.
        for n in 14...21 { _ = aggregator.aggregate(key(), message: "m\(n)", now: later) }
        #expect(aggregator.aggregate(key(), message: "m22", now: later + .seconds(Int64(600))) != nil)
    }
}
