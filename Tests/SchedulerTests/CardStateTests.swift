import Testing

@testable import Scheduler

/// The compact card state gives back exactly what was put in, missing values included.
@Suite struct CardStateTests {
    @Test func everyFieldReadsBackAsSet() {
        let full = CardState(
            phase: .relearning, step: 3, stability: 0.0123456789, difficulty: 9.87654321,
            due: Timestamp(microseconds: 1_793_430_485_632_001), lastReview: Timestamp(microseconds: 0), reps: 117,
            lapses: 15)
        #expect(full.phase == .relearning)
        #expect(full.step == 3)
        #expect(full.stability == 0.0123456789)
        #expect(full.difficulty == 9.87654321)
        #expect(full.due == Timestamp(microseconds: 1_793_430_485_632_001))
        #expect(full.lastReview == Timestamp(microseconds: 0))
        #expect(full.reps == 117 && full.lapses == 15)

        var state = CardState.new
        #expect(state.step == 0 && state.stability == nil && state.difficulty == nil)
        #expect(state.due == nil && state.lastReview == nil && state.reps == 0)
        state.step = nil
        state.stability = -0.0
        #expect(state.step == nil)
        #expect(state.stability == 0 && state.stability?.sign == .minus)
        state.stability = nil
        #expect(state == CardState(step: nil))
        #expect(state != CardState.new)
    }

    /// Half the size of plain optionals: the card book holds two per card.
    @Test func aStateIsCompact() {
        #expect(MemoryLayout<CardState>.stride <= 48)
        #expect(MemoryLayout<CardState?>.stride <= 48)
    }
}
