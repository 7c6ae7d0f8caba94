/// A place in a source file, as editors count it: lines and columns from 1,
/// columns in Unicode scalars. `offset` is the UTF-8 byte offset, for slicing.
/// Values merged from a base file that settings extend keep the place they were written
/// in, so a diagnostic about one points into the base file (`Diagnostic.path`).
///
/// Every parsed node holds two of these, so they are stored as 32-bit numbers:
/// a parsed document is at most `SettingsLoader.maximumJSONInputSize` bytes, far below 4 GB.
///
/// ```swift
/// if let location = diagnostic.location {
///     print("line \(location.line), column \(location.column)")
/// }
/// ```
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    private var storedLine: UInt32
    private var storedColumn: UInt32
    private var storedOffset: UInt32
    private var storedFile: UInt32

    /// The line, from 1.
    public internal(set) var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(truncatingIfNeeded: newValue) }
    }
    /// The column, from 1, in Unicode scalars.
    public internal(set) var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = UInt32(truncatingIfNeeded: newValue) }
    }
    /// The UTF-8 byte offset from the start of the file.
    public internal(set) var offset: Int {
        get { Int(storedOffset) }
        set { storedOffset = UInt32(truncatingIfNeeded: newValue) }
    }
    var file: Int {
        get { Int(storedFile) }
        set { storedFile = UInt32(truncatingIfNeeded: newValue) }
    }

    @inline(__always)
    init(line: Int, column: Int, offset: Int, file: Int = 0) {
        storedLine = UInt32(truncatingIfNeeded: line)
        storedColumn = UInt32(truncatingIfNeeded: column)
        storedOffset = UInt32(truncatingIfNeeded: offset)
        storedFile = UInt32(truncatingIfNeeded: file)
    }

    /// Earlier in the file comes first, so diagnostics can be sorted into reading order.
    ///
    /// ```swift
    /// let first = diagnostics.compactMap(\.location).min()
    /// ```
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.storedFile, lhs.storedOffset) < (rhs.storedFile, rhs.storedOffset)
    }

    public var description: String { "\(line):\(column)" }
}

/// The stretch of a source file a value was written in; `end` is exclusive.
package struct SourceRange: Hashable, Sendable {
    package var start: SourceLocation
    var end: SourceLocation

    init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    init(at location: SourceLocation) {
        self.init(start: location, end: location)
    }
}
