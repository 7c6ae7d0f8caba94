import FuzzSupport

// libFuzzer's entry point; the check itself is FuzzChecks.pipeline, and a failure it
// reports stops the program.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzOne(data, size, FuzzChecks.pipeline)
}

runFuzzer(fuzzOneInput)
