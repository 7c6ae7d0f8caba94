/// One finished document, named as it will appear in the output folder.
public struct OutputFile: Hashable, Sendable {
    /// A plain file name such as `poster.html`; never a path.
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }
}
