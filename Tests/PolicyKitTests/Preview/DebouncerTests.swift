import Testing
@testable import PolicyKitPreview

/// A burst of saves gives one rebuild, once the files have been still for the quiet period.
struct DebouncerTests {
    /// The times (ms) at which a debouncer with an 80 ms quiet period, asked every
    /// 10 ms for a second, says to rebuild, given changes seen at `changes` (ms).
    func rebuilds(changes: Set<Int>) -> [Int] {
        let start = ContinuousClock.now
        var debouncer = Debouncer(quietPeriod: .milliseconds(80))
        var rebuilds: [Int] = []
        for time in stride(from: 0, through: 1000, by: 10) {
            if changes.contains(time) { debouncer.noteChange(at: start + .milliseconds(time)) }
            if debouncer.shouldRebuild(at: start + .milliseconds(time)) { rebuilds.append(time) }
        }
        return rebuilds
    }

    @Test func nothingChangedMeansNoRebuild() {
        #expect(rebuilds(changes: []) == [])
    }

    @Test func oneSaveRebuildsOnceAfterTheQuietPeriod() {
        #expect(rebuilds(changes: [100]) == [180])
    }

    @Test func aBurstOfSavesRebuildsOnceAfterTheLastOne() {
        // A save every 30 ms for half a second.
        #expect(rebuilds(changes: Set(stride(from: 0, through: 500, by: 30))) == [560])
    }

    @Test func twoBurstsApartRebuildTwice() {
        #expect(rebuilds(changes: [0, 20, 40, 600, 610]) == [120, 690])
    }
}
