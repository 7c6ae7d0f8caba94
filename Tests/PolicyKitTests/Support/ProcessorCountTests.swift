#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
@testable import PolicyKit

/// Parallel work uses the processors this process may run on, as `taskset` or a
/// container's CPU limit sets them, not every processor the machine has.
@Suite struct ProcessorCountTests {
    @Test func countsAtLeastOneAndNoMoreThanTheMachineHas() {
        #expect(ProcessorCount.available >= 1)
        #expect(ProcessorCount.available <= ProcessInfo.processInfo.activeProcessorCount)
    }

    #if canImport(Glibc)
    private typealias Affinity = @convention(c) (pid_t, Int, UnsafeMutableRawPointer) -> Int32

    private static func affinityCall(_ name: String) -> Affinity? {
        dlsym(dlopen(nil, RTLD_NOW), name).map { unsafeBitCast($0, to: Affinity.self) }
    }

    /// What `taskset -c N` does, for this thread only (pid 0 is the calling thread).
    @Test func honoursAnAffinityOfOneProcessor() throws {
        let get = try #require(Self.affinityCall("sched_getaffinity"))
        let set = try #require(Self.affinityCall("sched_setaffinity"))
        var original = cpu_set_t()
        let size = MemoryLayout<cpu_set_t>.size
        try #require(withUnsafeMutableBytes(of: &original) { get(0, size, $0.baseAddress!) } == 0)
        // Keep only the first processor this thread may use.
        var one = cpu_set_t()
        withUnsafeBytes(of: original) { from in
            withUnsafeMutableBytes(of: &one) { to in
                guard let index = from.firstIndex(where: { $0 != 0 }) else { return }
                to[index] = from[index] & (~from[index] &+ 1)
            }
        }
        try #require(withUnsafeMutableBytes(of: &one) { set(0, size, $0.baseAddress!) } == 0)
        let restricted = ProcessorCount.available
        _ = withUnsafeMutableBytes(of: &original) { set(0, size, $0.baseAddress!) }
        #expect(restricted == 1)
    }
    #endif
}
