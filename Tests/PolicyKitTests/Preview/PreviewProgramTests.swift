import Foundation
import PolicyKitPreview
import PreviewCommandLine
import Testing

/// The preview is a program of its own, `policykit-preview`, installed beside `policykit`:
/// `policykit preview` checks its options and becomes that program, so `policykit` carries
/// no web server and none of the libraries one brings.
struct PreviewProgramTests {
    static func previewProgram() throws -> URL {
        let program = try TestPackage.requirePolicykit().deletingLastPathComponent().appendingPathComponent("policykit-preview")
        try #require(FileManager.default.isExecutableFile(atPath: program.path), "policykit-preview is not built beside policykit; run swift build")
        return program
    }

    @Test func withoutThePreviewProgramBesideItPolicykitSaysHowToBuildIt() throws {
        let folder = try PreviewFolder()
        defer { folder.remove() }
        let copy = URL(fileURLWithPath: "\(folder.path)/policykit")
        try FileManager.default.copyItem(at: try TestPackage.requirePolicykit(), to: copy)
        let settings = try folder.write("settings.yaml", minimalSettings)
        let outcome = try CommandLineRunner.run(["preview", settings, "--port", "0"], limit: 20, program: copy)
        #expect(outcome.status == 1)
        #expect(outcome.firstErrorLine == """
            error: policykit preview runs the program policykit-preview, which is not installed beside policykit \
            (looked for \(folder.path)/policykit-preview). Build it with `swift build -c release --product policykit-preview` \
            (`make release` builds both programs) and copy .build/release/policykit-preview into \(folder.path)/.
            """)
    }

    @Test func bothProgramsShowTheSameOptionsAndHelp() throws {
        let fromPolicykit = try CommandLineRunner.run(["preview", "--help"], limit: 20)
        let fromPreview = try CommandLineRunner.run(["--help"], limit: 20, program: try Self.previewProgram())
        #expect(fromPolicykit.status == 0)
        #expect(fromPreview.status == 0)
        // The overview, and everything from the arguments on, are the same; only the usage
        // line between them names each program.
        func body(_ help: String) -> String {
            let overview = help.components(separatedBy: "USAGE:").first ?? ""
            let arguments = help.components(separatedBy: "ARGUMENTS:").dropFirst().joined()
            return overview + arguments
        }
        #expect(fromPolicykit.output.contains("--templates <templates>"))
        #expect(fromPolicykit.output.contains("Listens on 127.0.0.1, this computer only"))
        #expect(body(fromPolicykit.output) == body(fromPreview.output))
    }

    @Test func valuesThatLookLikeOptionsReachThePreviewAsValues() throws {
        let folder = try PreviewFolder()
        defer { folder.remove() }
        try folder.write("-settings.yaml", minimalSettings)
        let outcome = try CommandLineRunner.run(["preview", "--templates=-mine", "--port", "0", "--", "-settings.yaml"], in: folder.path, limit: 20)
        #expect(outcome.status == 1)
        #expect(outcome.firstErrorLine == "error: templates folder '-mine' does not exist")
    }

    @Test func theDefaultsAreTheLibrarysDefaults() throws {
        let arguments = try PreviewArguments.parse(["settings.yaml"])
        #expect(arguments.port == PreviewOptions.defaultPort)
        #expect(arguments.host == PreviewOptions.defaultHost)
        #expect(arguments.commandLine == ["--port=8090", "--host=127.0.0.1", "--", "settings.yaml"])
    }

    #if os(Linux)
    /// What a copied `policykit` needs on the machine it runs on: no Foundation beyond
    /// FoundationEssentials, no FoundationNetworking and no libcurl (the preview's server
    /// brings those, in its own program).
    @Test func policykitLinksNoNetworkingOrFullFoundation() throws {
        let policykit = try TestPackage.requirePolicykit()
        let ldd = try OutsideProgram.require("ldd", installedBy: "the Debian package libc-bin")
        let libraries = try OutsideProgram.run(ldd, [policykit.path])
        for unwanted in ["libFoundation.so", "libFoundationNetworking", "libcurl", "libFoundationXML"] {
            #expect(!libraries.contains(unwanted), "policykit links \(unwanted)")
        }
    }
    #endif
}
