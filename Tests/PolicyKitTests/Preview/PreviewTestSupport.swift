import Foundation
@testable import PolicyKitPreview

/// A fresh folder for one test's settings and templates, removed by `remove()`.
struct PreviewFolder {
    let path = NSTemporaryDirectory() + "policykit-preview-test-\(UUID().uuidString)"

    init() throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `text` to `name` inside the folder (making folders on the way) and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = "\(path)/\(name)"
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

extension PreviewDocument {
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
