import GoPorts
import Testing
import SimCore
@testable import KubeSim

/// Ages on the simulated clock (the vectors themselves are in GoPortsTests).
@Suite struct SimulatedAgeTests {
    @Test func truncatesFractions() {
        #expect(HumanDuration.format(.millis(119_999)) == "119s")
        #expect(HumanDuration.format(.millis(-999)) == "0s")
    }

    @Test func unknownWithoutTimestamp() {
        #expect(HumanDuration.age(of: nil, now: SimTime(seconds: 0)) == "<unknown>")
    }
}
