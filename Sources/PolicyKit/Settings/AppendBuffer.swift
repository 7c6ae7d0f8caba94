/// A growing run of plain values for the parser's node store.
///
/// `Array.append` checks on every call that the array's storage is not shared;
/// the parser appends a few million times for a large file into storage that is
/// never shared while it fills it, and that check was a visible share of the
/// parse. The owner frees the memory with `deallocate()` (see `NodeStorage`).
struct AppendBuffer<Element: BitwiseCopyable> {
    private(set) var start: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        start = Self.allocate(self.capacity)
    }

    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { grow(minimum: count + 1) }
        (start + count).initialize(to: element)
        count += 1
    }

    /// Appends `other[range]`.
    mutating func append(_ other: AppendBuffer<Element>, _ range: Range<Int>) {
        if count + range.count > capacity { grow(minimum: count + range.count) }
        (start + count).initialize(from: other.start + range.lowerBound, count: range.count)
        count += range.count
    }

    mutating func append(contentsOf other: UnsafeBufferPointer<Element>) {
        if count + other.count > capacity { grow(minimum: count + other.count) }
        if let source = other.baseAddress { (start + count).initialize(from: source, count: other.count) }
        count += other.count
    }

    mutating func removeLast(_ k: Int) {
        count -= k
    }

    @inline(__always)
    subscript(index: Int) -> Element {
        get { start[index] }
        set { start[index] = newValue }
    }

    var elements: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: start, count: count) }

    func deallocate() {
        start.deallocate()
    }

    private mutating func grow(minimum: Int) {
        let newCapacity = max(capacity * 2, minimum)
        let newStart = Self.allocate(newCapacity)
        newStart.initialize(from: start, count: count)
        start.deallocate()
        start = newStart
        capacity = newCapacity
    }

    private static func allocate(_ capacity: Int) -> UnsafeMutablePointer<Element> {
        HugePages.allocate(byteCount: capacity * MemoryLayout<Element>.stride,
                           alignment: MemoryLayout<Element>.alignment)
            .bindMemory(to: Element.self, capacity: capacity)
    }
}
