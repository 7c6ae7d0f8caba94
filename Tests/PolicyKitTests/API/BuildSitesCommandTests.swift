import Foundation
import Testing

/// `policykit build` with several settings files, as a user runs it.
@Suite struct BuildSitesCommandTests {
    private func build(_ arguments: [String], in folder: String) throws -> CommandLineRunner.Outcome {
        try CommandLineRunner.run(["build"] + arguments, in: folder)
    }

    private func listing(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    private let documents = [
        "acknowledgement.html", "acknowledgement.md", "acknowledgement.txt",
        "card.html", "card.md", "card.txt", "checklist.html", "checklist.md", "checklist.txt",
        "code-of-conduct.html", "code-of-conduct.md", "code-of-conduct.txt",
        "handbook.html", "handbook.md", "handbook.txt",
        "incident-report.html", "incident-report.md", "incident-report.txt",
        // The built-in ladder's steps 2 to 4 are given in writing.
        "letter-step-2.html", "letter-step-2.md", "letter-step-2.txt", "letter-step-3.html", "letter-step-3.md", "letter-step-3.txt",
        "letter-step-4.html", "letter-step-4.md", "letter-step-4.txt",
        "poster.html", "poster.md", "poster.txt",
    ]

    private func sites() throws -> SettingsInheritanceTests.Folder {
        let folder = try SettingsInheritanceTests.Folder()
        try folder.write("base.yaml", SettingsInheritanceTests.base)
        try folder.write("sites/east.yaml", "extends: ../base.yaml\norganisation:\n  name: East Office\n")
        try folder.write("sites/west.yaml", "extends: ../base.yaml\norganisation:\n  name: West Office\n")
        return folder
    }

    @Test func severalSitesBuildIntoAFolderEachNamedForTheirFile() throws {
        let folder = try sites()
        // Files may come before and after the options.
        let result = try build(["sites/east.yaml", "--out", "out", "sites/west.yaml"], in: folder.path)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == "out: 2 sites: wrote 60 of 60 files (0 unchanged)\n")
        #expect(listing(folder.path + "/out") == ["east", "west"])
        #expect(listing(folder.path + "/out/east") == documents)
        #expect(listing(folder.path + "/out/west") == documents)
        let poster = try String(contentsOfFile: folder.path + "/out/west/poster.md", encoding: .utf8)
        #expect(poster.contains("West Office"))
        #expect(!poster.contains("East Office"))
    }

    @Test func everyOptionThatTakesAValueMayStandBetweenTheFiles() throws {
        let folder = try sites()
        let result = try build(["sites/east.yaml", "--pdf-engine", "chromium", "--format", "md", "--width", "60",
                                "sites/west.yaml", "--document", "card", "--paper", "a4", "--out", "out"], in: folder.path)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == "out: 2 sites: wrote 2 of 2 files (0 unchanged)\n")
    }

    @Test func aFolderOfSitesBuildsEachSiteAndChecksThemAll() throws {
        let folder = try sites()
        let built = try build(["sites", "--out", "out"], in: folder.path)
        #expect(built.status == 0, "\(built.error)")
        #expect(built.output == "out: 2 sites: wrote 60 of 60 files (0 unchanged)\n")
        #expect(try build(["sites", "--out", "out", "--check"], in: folder.path).output == "out: 2 sites: all 60 documents are current\n")
        let checked = try CommandLineRunner.run(["check", "sites"], in: folder.path)
        #expect(checked.status == 0, "\(checked.error)")
        #expect(checked.output.split(separator: "\n").map { $0.prefix { $0 != ":" } } == ["sites/east.yaml", "sites/west.yaml"])
    }

    @Test func oneSiteBuildsStraightIntoTheFolder() throws {
        let folder = try sites()
        let result = try build(["sites/east.yaml", "--out", "out"], in: folder.path)
        #expect(result.status == 0, "\(result.error)")
        #expect(listing(folder.path + "/out") == documents)
    }

    @Test func sitesWithTheSameFileNameAreRefusedBeforeAnythingIsWritten() throws {
        let folder = try sites()
        try folder.write("other/east.yaml", "extends: ../base.yaml\n")
        let result = try build(["sites/east.yaml", "other/east.yaml", "--out", "out"], in: folder.path)
        #expect(result.status == 1)
        #expect(result.error == "error: 'sites/east.yaml' and 'other/east.yaml' would both be built into 'out/east'; rename one of them\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/out"))
    }

    @Test func oneInvalidSiteMeansNoSiteIsWritten() throws {
        let folder = try sites()
        try folder.write("sites/north.yaml", "extends: ../base.yaml\norganisation:\n  jurisdiction: XX\n")
        let result = try build(["sites/east.yaml", "sites/north.yaml", "sites/west.yaml", "--out", "out"], in: folder.path)
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("sites/north.yaml:3:17: error: "))
        #expect(listing(folder.path + "/out/east").isEmpty)
        #expect(listing(folder.path + "/out/west").isEmpty)
    }

    @Test func manySitesBuildAsTheyWouldOneByOneAndReportProblemsInTheOrderGiven() throws {
        let folder = try sites()
        var files: [String] = []
        for number in 1...40 {
            let name = String(format: "sites/site%02d.yaml", number)
            // Two sites in different groups of the parallel build have a mistake each.
            let phone = number == 7 || number == 33 ? "  phone: [1, 2]\n" : "  phone: 555-01\(number)\n"
            try folder.write(name, "extends: ../base.yaml\norganisation:\n  name: Office \(number)\n" + phone)
            files.append(name)
        }
        let failed = try build(files + ["--out", "out"], in: folder.path)
        #expect(failed.status == 1)
        let located = failed.error.split(separator: "\n").filter { $0.contains(": error: ") }.map { $0.prefix(while: { $0 != ":" }) }
        #expect(located == ["sites/site07.yaml", "sites/site33.yaml"])
        #expect(listing(folder.path + "/out/site01").isEmpty)

        for number in [7, 33] {
            try folder.write(String(format: "sites/site%02d.yaml", number), "extends: ../base.yaml\norganisation:\n  name: Office \(number)\n")
        }
        let built = try build(files + ["--out", "out"], in: folder.path)
        #expect(built.status == 0, "\(built.error)")
        #expect(built.output == "out: 40 sites: wrote 1200 of 1200 files (0 unchanged)\n")
        // Each site's documents are the ones it builds on its own.
        let alone = try build(["sites/site29.yaml", "--out", "alone"], in: folder.path)
        #expect(alone.status == 0)
        for document in documents {
            #expect(FileManager.default.contents(atPath: folder.path + "/out/site29/" + document)
                == FileManager.default.contents(atPath: folder.path + "/alone/" + document))
        }
    }

    @Test func aProblemInTheBaseIsReportedOnceInTheBase() throws {
        let folder = try sites()
        try folder.write("base.yaml", SettingsInheritanceTests.base + "training:\n  refresher_months: -1\n")
        let result = try build(["sites/east.yaml", "sites/west.yaml", "--out", "out"], in: folder.path)
        #expect(result.status == 1)
        let located = result.error.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(located == ["base.yaml:13:21: error: 'refresher_months' must be at least 1, found -1"])
    }

    @Test func checkCoversEverySite() throws {
        let folder = try sites()
        let arguments = ["sites/east.yaml", "sites/west.yaml", "--out", "out"]
        #expect(try build(arguments, in: folder.path).status == 0)
        let current = try build(arguments + ["--check"], in: folder.path)
        #expect(current.status == 0)
        #expect(current.output == "out: 2 sites: all 60 documents are current\n")

        try Data("edited\n".utf8).write(to: URL(fileURLWithPath: folder.path + "/out/west/card.md"))
        let stale = try build(arguments + ["--check"], in: folder.path)
        #expect(stale.status == 1)
        #expect(stale.error == "out: 2 sites: 1 document(s) out of date; run policykit build:\n  out/west/card.md\n")
    }
}
