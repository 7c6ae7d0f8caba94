import Foundation
import Testing
@testable import PolicyKit

/// The schema, checked by an independent validator (`check-jsonschema`, as editors and
/// CI use it), against the examples, the starter file and what `check` accepts and refuses.
@Suite(.tags(.outsidePrograms, .python), .leftOutOfQuickRuns)
struct SettingsSchemaValidationTests {
    /// Each file that fails, with the validator's messages.
    private func failures(_ paths: [String]) throws -> [String: [String]] {
        let python = try OutsideProgram.require("python3", installedBy: "Python 3")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("policykit-jsonschema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let schema = folder.appendingPathComponent("policykit.schema.json").path
        try SettingsSchema.write(toPath: schema)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-m", "check_jsonschema", "--schemafile", schema, "-o", "JSON"] + paths
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        struct Report: Decodable {
            struct Failure: Decodable { var filename: String; var path: String; var message: String }
            var errors: [Failure]
            var parse_errors: [Failure]?
        }
        guard let report = try? JSONDecoder().decode(Report.self, from: data) else {
            throw OutsideProgram.Missing(description: """
                python3 -m check_jsonschema did not run: `scripts/install-dependencies --tests` (run by `make test`) \
                installs check-jsonschema. \(String(decoding: data, as: UTF8.self).prefix(2000))
                """)
        }
        #expect(report.parse_errors?.isEmpty ?? true, "\(report.parse_errors ?? [])")
        return report.errors.reduce(into: [:]) { $0[$1.filename, default: []].append("\($1.path): \($1.message)") }
    }

    /// Writes each text to its own file, named by its key.
    private func files(_ texts: [String: String], in folder: URL) throws -> [String: String] {
        var paths: [String: String] = [:]
        for (name, text) in texts {
            let path = folder.appendingPathComponent(name + ".yaml").path
            try text.write(toFile: path, atomically: false, encoding: .utf8)
            paths[name] = path
        }
        return paths
    }

    private func withFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("policykit-schema-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }

    @Test func theSchemaIsAValidDraft2020Schema() throws {
        let python = try OutsideProgram.require("python3", installedBy: "Python 3")
        try withFolder { (folder: URL) throws -> Void in
            let schema = folder.appendingPathComponent("policykit.schema.json").path
            try SettingsSchema.write(toPath: schema)
            let output = try OutsideProgram.run(python, ["-m", "check_jsonschema", "--check-metaschema", schema])
            #expect(output.contains("ok -- validation done"))
        }
    }

    @Test func everyExampleValidates() throws {
        let examples = TestPackage.file("Examples").path
        var paths: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: examples).sorted() {
            let folder = examples + "/" + name
            paths.append(folder + "/settings.yaml")
            let history = folder + "/history"
            for file in (try? FileManager.default.contentsOfDirectory(atPath: history)) ?? [] where file.hasSuffix(".yaml") {
                paths.append(history + "/" + file)
            }
        }
        #expect(paths.count >= 3)
        #expect(try failures(paths) == [:])
    }

    @Test func theStarterFileOfEveryJurisdictionValidates() throws {
        try withFolder { (folder: URL) throws -> Void in
            var paths: [String] = []
            for jurisdiction in Jurisdiction.allCases {
                let path = folder.appendingPathComponent("\(jurisdiction.rawValue)/settings.yaml").path
                try FileManager.default.createDirectory(atPath: PathNames.folder(of: path), withIntermediateDirectories: true)
                try StarterSettingsWriter.write(toPath: path, today: testToday, jurisdiction: jurisdiction)
                paths.append(path)
            }
            let failed = try failures(paths)
            #expect(failed == [:])
        }
    }

    /// Every key of every table, in British and US spelling, with values `check` accepts.
    @Test func aFileWritingEveryKeyValidates() throws {
        try withFolder { (folder: URL) throws -> Void in
            var texts: [String: String] = [:]
            for variant in SettingsSample.variants {
                for american in [false, true] {
                    let text = SettingsSample(variant: variant, american: american).text
                    #expect(load(text).policy != nil, "\(located(load(text)))")
                    texts["sample-\(variant)-\(american)"] = text
                }
            }
            let failed = try failures(Array(try files(texts, in: folder).values))
            #expect(failed == [:])
        }
    }

    /// Values that look like another type, or are written the way people naturally write them.
    static let accepted: [String: String] = [
        "version-as-number": minimalSettings.replacingOccurrences(of: "version: \"1.0\"", with: "version: 2.10"),
        "us-spelling": minimalSettings.replacingOccurrences(of: "organisation:", with: "organization:"),
        "country-name": minimalSettings.replacingOccurrences(of: "jurisdiction: CA", with: "jurisdiction: united kingdom"),
        "abbreviation": minimalSettings.replacingOccurrences(of: "jurisdiction: CA", with: "jurisdiction: USA"),
        "per-language": """
            languages: [en, fr]
            organisation:
              name: {en: Harbourview Community Services, fr: Services communautaires Harbourview}
              jurisdiction: Canada
            policy:
              version: 3
              effective_date: 2026-01-15
              approved_by: true
            complaints:
              how: {en: Ask at the front desk., fr: Demandez à l'accueil.}
              contact: {en: The manager, fr: La direction}
              response_time: {en: within a week, fr: dans la semaine}
            """,
        "paper-in-capitals": minimal(plus: "documents:\n  paper: A4\n"),
        "empty-values-mean-defaults": minimal(plus: "premises:\nreporting:\n  notify:\n"),
        "ladder-as-a-list": minimal(plus: """
            consequences:
              - level: 1
                trigger: Rudeness
                response: A conversation
                decided_by: Manager on duty
            """),
        "custom-role": minimal(plus: "contacts:\n  other:\n    - title: Chaplain\n      phone: ext. 9\n      email: chaplain@example.org\n"),
        "website-without-scheme": minimalSettings.replacingOccurrences(of: "jurisdiction: CA", with: "jurisdiction: CA\n  website: www.example.org"),
        "booleans-in-capitals": minimal(plus: "premises:\n  cctv: True\n"),
    ]

    @Test func whatCheckAcceptsTheSchemaAccepts() throws {
        for (name, text) in Self.accepted {
            let errors = load(text).diagnostics.filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(name): check refuses it: \(errors)")
        }
        try withFolder { (folder: URL) throws -> Void in
            let failed = try failures(Array(try files(Self.accepted, in: folder).values))
            #expect(failed == [:])
        }
    }

    /// A file that `extends` a base may leave its required keys to the base; without
    /// `extends` the same file is refused by both.
    @Test func aSiteFileThatExtendsABaseMayLeaveRequiredKeysOut() throws {
        try withFolder { (folder: URL) throws -> Void in
            let site = "organisation:\n  phone: 555-0100\npolicy:\n  approved_by: Site manager\n"
            let paths = try files(["base": minimalSettings, "site": "extends: base.yaml\n" + site, "alone": site], in: folder)
            #expect(SettingsLoader.loadFile(atPath: paths["site"]!, today: testToday).policy != nil)
            #expect(SettingsLoader.loadFile(atPath: paths["alone"]!, today: testToday).policy == nil)
            let failed = try failures([paths["base"]!, paths["site"]!, paths["alone"]!])
            #expect(Set(failed.keys) == [paths["alone"]!])
        }
    }

    /// Refused by `check` for a key or a value's type, and so by the schema.
    static let refused: [String: String] = [
        "unknown-top-level-key": minimal(plus: "staf_rights:\n  - Be safe\n"),
        "unknown-nested-key": minimalSettings.replacingOccurrences(of: "jurisdiction: CA", with: "jurisdiction: CA\n  fax: 555-0101"),
        "yes-for-a-boolean": minimal(plus: "premises:\n  cctv: yes\n"),
        "quoted-true-for-a-boolean": minimal(plus: "premises:\n  cctv: \"true\"\n"),
        "text-for-a-number": minimal(plus: "visits:\n  check_in_interval_minutes: hourly\n"),
        "zero-hours": minimal(plus: "reporting:\n  incident_report_hours: 0\n"),
        "text-for-a-list": minimal(plus: "client_rights: Be treated with respect\n"),
        "list-for-a-mapping": minimal(plus: "contacts:\n  - Manager\n"),
        "empty-list": minimal(plus: "staff_rights: []\n"),
        "unknown-jurisdiction": minimalSettings.replacingOccurrences(of: "jurisdiction: CA", with: "jurisdiction: Atlantis"),
        "unknown-paper": minimal(plus: "documents:\n  paper: a5\n"),
        "unknown-language": minimal(plus: "languages: [en, tlh]\n"),
        "missing-version": minimalSettings.replacingOccurrences(of: "  version: \"1.0\"\n", with: ""),
        "missing-organisation": "policy:\n  version: \"1.0\"\n  effective_date: 2026-01-15\n",
        "empty-required-value": minimalSettings.replacingOccurrences(of: "name: Harbourview Community Services", with: "name:"),
        "step-without-decider": minimal(plus: "consequences:\n  ladder:\n    - level: 1\n      trigger: Rudeness\n      response: A talk\n"),
        "custom-role-without-title": minimal(plus: "contacts:\n  other:\n    - name: Sam\n"),
        "both-spellings": minimal(plus: "organization:\n  phone: 555-0100\n"),
        "date-in-another-format": minimalSettings.replacingOccurrences(of: "effective_date: 2026-01-15", with: "effective_date: 15/01/2026"),
        "impossible-date": minimalSettings.replacingOccurrences(of: "effective_date: 2026-01-15", with: "effective_date: 2026-02-30"),
        "blank-text": minimal(plus: "complaints:\n  how: \"  \"\n"),
    ]

    @Test func whatCheckRefusesForKeysOrTypesTheSchemaRefuses() throws {
        for (name, text) in Self.refused {
            let errors = load(text).diagnostics.filter { $0.severity == .error }
            #expect(!errors.isEmpty, "\(name): check accepts it")
        }
        try withFolder { (folder: URL) throws -> Void in
            let paths = try files(Self.refused, in: folder)
            let failed = try failures(Array(paths.values))
            for (name, path) in paths.sorted(by: { $0.key < $1.key }) {
                #expect(failed[path] != nil, "\(name): the schema accepts it")
            }
        }
    }
}
