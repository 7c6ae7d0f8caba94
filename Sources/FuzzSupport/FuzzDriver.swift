#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What libFuzzer calls with each input.
public typealias FuzzTest = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ test: FuzzTest
) -> CInt
#endif

/// Hands the command line to libFuzzer, which then runs `test` on generated inputs.
/// The fuzz targets are ordinary programs (SwiftPM gives every executable its own
/// `main`), so they start libFuzzer's driver themselves instead of using libFuzzer's `main`.
/// Without a fuzzing build (scripts/fuzz) there is no libFuzzer: the program says so.
public func runFuzzer(_ test: FuzzTest) -> Never {
    #if FUZZING
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, test))
    #else
    _ = test
    let message = "\(CommandLine.arguments[0]): not a fuzzing build; run scripts/fuzz\n"
    _ = message.withCString { write(2, $0, strlen($0)) }
    exit(2)
    #endif
}

/// Runs one fuzz check on libFuzzer's input and stops the program when the check finds
/// anything wrong, so libFuzzer records the input as a crash.
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int, _ check: ([UInt8]) -> [String]) -> CInt {
    let failures = check(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    if !failures.isEmpty {
        fatalError(failures.joined(separator: "; "))
    }
    return 0
}
