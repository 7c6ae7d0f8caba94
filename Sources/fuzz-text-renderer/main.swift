import FuzzSupport

// libFuzzer's entry point; the check itself is FuzzChecks.textRenderer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzChecks.textRenderer(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

runFuzzer(fuzzOneInput)
