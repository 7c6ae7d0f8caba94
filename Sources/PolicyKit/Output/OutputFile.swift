/// One finished document, named as it will appear in the output folder. `DocumentBuilder`
/// makes them; a caller that writes them itself decides where.
///
/// ```swift
/// let output = try DocumentBuilder().build(for: policy)
/// let card = output.files.first { $0.name == "card.html" }
/// ```
public struct OutputFile: Hashable, Sendable {
    /// A plain file name such as `poster.html`; never a path.
    public var name: String
    /// The file's content, exactly as it is written.
    public var bytes: [UInt8]

    /// A file of any content, such as a PDF.
    ///
    /// ```swift
    /// let pdf = OutputFile(name: "poster.pdf", bytes: pdfBytes)
    /// ```
    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    /// A text file, stored as UTF-8.
    ///
    /// ```swift
    /// let note = OutputFile(name: "README.txt", text: "Print the poster on A4 paper.\n")
    /// ```
    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }
}
