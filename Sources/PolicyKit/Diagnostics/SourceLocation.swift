/// A place in a source file, as editors count it: lines and columns from 1,
/// columns in Unicode scalars. `offset` is the UTF-8 byte offset, for slicing.
///
/// `file` tells apart the files of one load when settings extend a base file: 0 is
/// the file that was asked for, other numbers are bases (see `SettingsFiles`). Values
/// merged from several files keep the file they were written in, so a diagnostic can
/// point there.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var offset: Int
    public var file: Int

    public init(line: Int, column: Int, offset: Int, file: Int = 0) {
        self.line = line
        self.column = column
        self.offset = offset
        self.file = file
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        lhs.file != rhs.file ? lhs.file < rhs.file : lhs.offset < rhs.offset
    }

    public var description: String { "\(line):\(column)" }
}

/// The stretch of a source file a value was written in; `end` is exclusive.
public struct SourceRange: Hashable, Sendable {
    public var start: SourceLocation
    public var end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    public init(at location: SourceLocation) {
        self.init(start: location, end: location)
    }
}
