#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// How many processors this process may run on.
enum ProcessorCount {
    static var available: Int {
        #if canImport(Glibc)
        if let allowed = affinityCount() { return allowed }
        #endif
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    #if canImport(Glibc)
    /// The processors in this process's CPU affinity mask, which `taskset` and container
    /// CPU limits set; `activeProcessorCount` counts every processor online instead.
    private static func affinityCount() -> Int? {
        guard let getAffinity = schedGetAffinity else { return nil }
        var set = cpu_set_t()
        let result = withUnsafeMutableBytes(of: &set) { getAffinity(0, $0.count, $0.baseAddress!) }
        guard result == 0 else { return nil }
        // What glibc's CPU_COUNT macro does, which Swift cannot import: count the set bits.
        let count = withUnsafeBytes(of: set) { $0.reduce(0) { $0 + $1.nonzeroBitCount } }
        return count > 0 ? count : nil
    }

    /// glibc has `sched_getaffinity`, but Swift's Glibc module hides it (it is declared
    /// only for `_GNU_SOURCE`), so it is looked up by name.
    private static let schedGetAffinity: (@convention(c) (pid_t, Int, UnsafeMutableRawPointer) -> Int32)? = {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "sched_getaffinity") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (pid_t, Int, UnsafeMutableRawPointer) -> Int32).self)
    }()
    #endif
}
