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
