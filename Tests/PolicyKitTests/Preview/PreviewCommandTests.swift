import Foundation
import Testing

/// `policykit preview` from the command line: what it says when it cannot start, and the
/// warning when it is asked to listen beyond this computer.
struct PreviewCommandTests {
    @Test func aMissingSettingsFileStopsItWithExitCode1() throws {
        let folder = try PreviewFolder()
        defer { folder.remove() }
        let outcome = try CommandLineRunner.run(["preview", "\(folder.path)/settings.yaml", "--port", "0"], limit: 20)
        #expect(outcome.status == 1)
        #expect(outcome.firstErrorLine == "error: no such file: '\(folder.path)/settings.yaml'")
    }

    @Test func aHostThatIsNotAnAddressIsRefused() throws {
        let folder = try PreviewFolder()
        defer { folder.remove() }
        let settings = try folder.write("settings.yaml", minimalSettings)
        let outcome = try CommandLineRunner.run(["preview", settings, "--host", "example.org", "--port", "0"], limit: 20)
        #expect(outcome.status == 1)
        #expect(outcome.firstErrorLine == "error: --host takes an IP address, such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network); 'example.org' is not one")
    }

    @Test func aMissingTemplatesFolderStopsIt() throws {
        let folder = try PreviewFolder()
        defer { folder.remove() }
        let settings = try folder.write("settings.yaml", minimalSettings)
        let outcome = try CommandLineRunner.run(["preview", settings, "--templates", "\(folder.path)/mine", "--port", "0"], limit: 20)
        #expect(outcome.status == 1)
        #expect(outcome.firstErrorLine == "error: templates folder '\(folder.path)/mine' does not exist")
    }

    /// It serves until stopped, so the run is ended after a few seconds, by which time it
    /// has printed the address and the warning.
    @Test func listeningBeyondThisComputerPrintsAWarning() throws {
        let folder = try PreviewFolder()
        defer { folder.remove() }
        let settings = try folder.write("settings.yaml", minimalSettings)
        let outcome = try CommandLineRunner.run(["preview", settings, "--host", "0.0.0.0", "--port", "0"], limit: 4)
        #expect(outcome.timedOut)
        #expect(outcome.firstErrorLine.hasPrefix("warning: listening on 0.0.0.0, not only on this computer: anyone who can reach it on port "))
        #expect(outcome.output.hasPrefix("Previewing \(settings) at http://127.0.0.1:"))
    }

    @Test func onTheDefaultAddressThereIsNoWarning() throws {
        let folder = try PreviewFolder()
        defer { folder.remove() }
        let settings = try folder.write("settings.yaml", minimalSettings)
        let outcome = try CommandLineRunner.run(["preview", settings, "--port", "0"], limit: 4)
        #expect(outcome.timedOut)
        #expect(!outcome.error.contains("warning"))
        #expect(outcome.output.contains("Built "))
    }
}
