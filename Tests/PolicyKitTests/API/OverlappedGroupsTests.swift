import Testing
@testable import PolicyKit

/// Groups come back whole, in order, each once, with the results of their own items,
/// however many items there are and however they divide into groups.
@Suite struct OverlappedGroupsTests {
    @Test(arguments: [(0, 4), (1, 4), (7, 1), (16, 4), (17, 4), (100, 16)])
    func everyItemIsUsedOnceInOrderWithItsResult(count: Int, groupSize: Int) {
        let items = Array(0..<count)
        var usedItems: [Int] = []
        var usedResults: [String] = []
        var groups = 0
        OverlappedGroups.run(items, groupSize: groupSize, concurrency: 2) { item in
            "item \(item)"
        } use: { group, results in
            #expect(group.count <= groupSize && group.count == results.count)
            usedItems += group
            usedResults += results
            groups += 1
        }
        #expect(usedItems == items)
        #expect(usedResults == items.map { "item \($0)" })
        #expect(groups == (count + groupSize - 1) / groupSize)
    }
}
