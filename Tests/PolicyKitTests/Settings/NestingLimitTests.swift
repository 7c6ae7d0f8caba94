import Dispatch
import Foundation // Thread: a thread of a chosen stack size on every platform
import Synchronization
import Testing
@testable import PolicyKit

/// Collections nest at most `SettingsParser.maximumDepth` levels. Deeper input is a
/// located error, and input at the limit is read, written as JSON and merged on the
/// smallest stack a parse may run on: a Dispatch worker thread's, 512 KB on Linux.
@Suite struct NestingLimitTests {
    static let limit = SettingsParser.maximumDepth

    /// Every way of nesting, each exactly at the limit.
    static let deepest: [String: String] = [
        "flow sequences": String(repeating: "[", count: limit) + String(repeating: "]", count: limit),
        "flow mappings": String(repeating: "{a: ", count: limit) + String(repeating: "}", count: limit),
        "block mappings": (0..<limit).map { String(repeating: " ", count: $0) + "k:\n" }.joined(),
        "block sequences and mappings": (0..<limit).map {
            String(repeating: " ", count: $0) + ($0 % 2 == 0 ? "- " : "k: ") + "\n"
        }.joined(),
        "compact sequences": String(repeating: "- ", count: limit) + "x\n",
        "block then flow": (0..<limit / 2).map { String(repeating: " ", count: $0) + "k:\n" }.joined()
            + String(repeating: " ", count: limit / 2) + String(repeating: "[", count: limit - limit / 2)
            + String(repeating: "]", count: limit - limit / 2) + "\n",
    ]

    /// One level more than the limit, in flow and block style, and far more.
    static let tooDeep = [
        String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1),
        (0...limit).map { String(repeating: " ", count: $0) + "k:\n" }.joined(),
        String(repeating: "[", count: 100_000),
    ]

    @Test func oneLevelPastTheLimitIsALocatedErrorThatNamesTheLimit() {
        let message = "collections nest more than \(Self.limit) levels deep; the limit is \(Self.limit) levels"
        #expect(Self.tooDeep.map(ParserTestSupport.errors) == [
            ["1:\(Self.limit + 1): " + message],
            ["\(Self.limit + 1):\(Self.limit + 1): " + message],
            ["1:\(Self.limit + 1): " + message],
        ])
    }

    @Test func theDeepestInputIsReadOnAWorkerThreadsStack() throws {
        let failures = onSmallStack {
            var failures: [String] = []
            for (name, text) in Self.deepest.sorted(by: { $0.key < $1.key }) {
                do throws(DiagnosticList) {
                    guard let node = try ParserTestSupport.parse(text) else {
                        failures.append("\(name): no document")
                        continue
                    }
                    // JSON straight from the parse, and from a copy of every node, merged
                    // over the parse as `extends` would.
                    let direct = try JSONOutput.encode(node)
                    let copied = try JSONOutput.encode(Self.copy(node).merged(over: node))
                    if direct != copied { failures.append("\(name): the copy differs") }
                } catch {
                    failures.append("\(name): \(ParserTestSupport.render(error))")
                }
            }
            for text in Self.tooDeep where ParserTestSupport.errors(text).isEmpty {
                failures.append("accepted: \(text.prefix(20))")
            }
            return failures
        }
        #expect(failures == [])
    }

    /// The same tree, built of nodes that no longer refer to the parse.
    static func copy(_ node: Node) -> Node {
        switch node.kind {
        case .scalar: return Node(node.kind, range: node.range)
        case .sequence(let items): return Node(.sequence(items.map(copy)), range: node.range)
        case .mapping(let entries):
            return Node(.mapping(entries.map { MappingEntry(key: copy($0.key), value: copy($0.value)) }), range: node.range)
        }
    }

    /// Runs `body` on a thread with a Dispatch worker's stack size and waits for its result.
    private func onSmallStack(_ body: @escaping @Sendable () -> [String]) -> [String] {
        let result = Mutex<[String]?>(nil)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let value = body()
            result.withLock { $0 = value }
            done.signal()
        }
        thread.stackSize = 512 << 10
        thread.start()
        done.wait()
        return result.withLock { $0 } ?? ["the thread gave no result"]
    }
}
