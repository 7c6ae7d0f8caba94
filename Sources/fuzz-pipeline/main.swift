import FuzzSupport

// libFuzzer's entry point; the check itself is FuzzChecks.pipeline.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzChecks.pipeline(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

runFuzzer(fuzzOneInput)
