import Foundation
import Testing

/// `policykit render` as a user runs it: the built executable, its output and exit status.
@Suite struct RenderCommandTests {
    private func run(_ arguments: [String], input: Data? = nil) throws -> CommandLineRunner.Outcome {
        try CommandLineRunner.run(["render"] + arguments, input: input)
    }

    private func temporaryFile(_ contents: Data) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("render-\(UUID().uuidString).md")
        try contents.write(to: url)
        return url
    }

    @Test func rendersAFileAsAnHTMLFragment() throws {
        let file = try temporaryFile(Data("# Hello\n\n<script>x()</script>\n".utf8))
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try run([file.path, "--format", "html"])
        #expect(result.status == 0)
        #expect(result.output == "<h1>Hello</h1>\n<!-- raw HTML omitted -->\n")
    }

    @Test func rendersAStandalonePageForThePaper() throws {
        let file = try temporaryFile(Data("# Card & more\n\nText\n".utf8))
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try run([file.path, "--format", "html", "--standalone", "--paper", "letter", "--style", "card"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("<!doctype html>\n"))
        #expect(result.output.contains("<title>Card &amp; more</title>"))
        // The card in the Letter family is a 4 × 6 in index card.
        #expect(result.output.contains("size: 4in 6in"))
        #expect(result.output.contains("<body class=\"card\">"))
    }

    @Test func rendersStandardInputAsWrappedText() throws {
        let result = try run(["-", "--format", "text", "--width", "12"], input: Data("one two three four\n".utf8))
        #expect(result.status == 0)
        #expect(result.output == "one two\nthree four\n")
    }

    @Test func reportsAMissingFileWithStatusOne() throws {
        let result = try run(["/nonexistent/policy.md", "--format", "text"])
        #expect(result.status == 1)
        #expect(result.error.contains("cannot read '/nonexistent/policy.md': no such file"))
        #expect(result.output.isEmpty)
    }

    @Test func reportsAFolderWithStatusOne() throws {
        let result = try run([FileManager.default.temporaryDirectory.path, "--format", "text"])
        #expect(result.status == 1)
        #expect(result.error.contains("is a folder"))
    }

    @Test func reportsInvalidUTF8WithStatusOne() throws {
        let file = try temporaryFile(Data([0x66, 0xFF, 0xFE, 0x0A]))
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try run([file.path, "--format", "text"])
        #expect(result.status == 1)
        #expect(result.error.contains("not valid UTF-8"))
    }

    @Test(arguments: [
        ["-", "--format", "pdf"],
        ["-"],
        ["-", "--format", "text", "--width", "0"],
        ["-", "--format", "text", "--standalone"],
        ["-", "--format", "html", "--paper", "a5"],
    ])
    func rejectsBadOptionsWithStatusTwo(arguments: [String]) throws {
        let result = try run(arguments, input: Data())
        #expect(result.status == 2)
        #expect(!result.error.isEmpty)
    }
}
