import Foundation
import Testing
@testable import PolicyKit

/// The decoder and `policykit schema` read their keys from the same tables: every key
/// the schema names, `check` accepts, and every key `check` accepts, the schema names.
@Suite struct SettingsKeyTableTests {
    @Test func aFileWritingEveryKeyOfTheSchemaPassesCheck() throws {
        for variant in SettingsSample.variants {
            for american in [false, true] {
                let sample = SettingsSample(variant: variant, american: american)
                let result = load(sample.text)
                let errors = result.diagnostics.filter { $0.severity == .error }
                #expect(errors.isEmpty, "variant \(variant), US spelling \(american): \(located(result))")
                #expect(result.policy != nil)
            }
        }
    }

    /// A key in a table that no code reads would be accepted and silently ignored.
    @Test func theDecoderReadsEveryKeyOfTheTables() throws {
        for variant in SettingsSample.variants {
            for american in [false, true] {
                let settings = ExtendedSettings(reading: Array(SettingsSample(variant: variant, american: american).text.utf8),
                                                path: "settings.yaml", bases: SettingsBaseCache())
                #expect(settings.problems.isEmpty)
                let context = DecodingContext(paths: settings.paths).trackingUnreadKeys()
                #expect(SettingsDecoder.decode(settings.node, context: context, today: testToday) != nil)
                let unread = (context.unreadKeys ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key.line):\($0.key.column) \($0.value)" }
                #expect(unread == [], "variant \(variant), US spelling \(american)")
            }
        }
    }

    @Test func theSamplesWriteExactlyTheKeysTheSchemaNames() throws {
        let schema = try PrintedSchema.parsed()
        var sampled: Set<String> = []
        for variant in SettingsSample.variants {
            // The schema names each spelling of a key under each spelling of its section.
            for american in [false, true] {
                for mixed in [false, true] {
                    let text = SettingsSample(variant: variant, american: american, mixed: mixed).text
                    sampled.formUnion(SettingsSample.keyPaths(of: try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))))
                }
            }
        }
        var named = PrintedSchema.keyPaths(of: schema, in: schema)
        // Read before decoding, so the sections' tables do not hold it.
        named.remove(SettingsExtension.key)
        #expect(named == sampled, "only in the schema: \(named.subtracting(sampled).sorted()); only in the samples: \(sampled.subtracting(named).sorted())")
        #expect(named.contains("contacts.other.email"))
        #expect(named.contains("consequences.ladder.decided_by"))
        #expect(named.contains("organization.jurisdiction"))
    }

    /// An unknown key's message lists the keys the decoder accepts in that mapping: they
    /// are the schema's, apart from US spellings (accepted as the same key) and retired
    /// keys (known only to say where the setting went).
    @Test func eachMappingAcceptsTheKeysTheSchemaNamesThere() throws {
        let schema = try PrintedSchema.parsed()
        guard case .object(let definitions)? = PrintedSchema.member("$defs", of: schema) else {
            Issue.record("the schema has no $defs")
            return
        }
        let sections = ["settings"] + definitions.keys.sorted().filter { PrintedSchema.member("properties", of: definitions[$0]) != nil }
        #expect(sections.count >= 15)
        for name in sections {
            var listed: Set<[String]> = []
            for variant in SettingsSample.variants {
                let result = load(SettingsSample(variant: variant, unknownKeyIn: name).text)
                for diagnostic in result.diagnostics where diagnostic.message.hasPrefix("unknown key '\(SettingsSample.unknownKey)'") {
                    let allowed = try #require(diagnostic.message.components(separatedBy: "the keys allowed here are: ").last)
                    let keys = allowed.split(separator: ";")[0].components(separatedBy: ", ")
                    listed.insert(keys)
                }
            }
            #expect(listed.count == 1, "\(name): \(listed)")
            guard let accepted = listed.first else { continue }
            var named = PrintedSchema.propertyNames(of: PrintedSchema.definition(name, in: schema))
            named.remove(SettingsExtension.key)
            named.subtract(KeySpelling.american.keys)
            let retired = accepted == SettingsDecoder.organisation.names ? ["language"] : Set<String>()
            #expect(Set(accepted).subtracting(retired) == named, "\(name): the decoder accepts \(accepted), the schema names \(named.sorted())")
        }
    }

    @Test func theSchemaShowsTheDefaultsTheDocumentsUse() throws {
        let schema = try PrintedSchema.parsed()
        let policy = try #require(load(minimalSettings).policy)
        func defaultValue(_ section: String, _ key: String) -> JSONValue? {
            PrintedSchema.member("default", of: PrintedSchema.member(key, of: PrintedSchema.member("properties", of: PrintedSchema.definition(section, in: schema))))
        }
        #expect(defaultValue("premises", "reception_check_in") == .bool(policy.premises.receptionCheckIn))
        #expect(defaultValue("premises", "cctv") == .bool(policy.premises.cctv))
        #expect(defaultValue("visits", "check_in_interval_minutes") == .integer(Int64(policy.visits.checkInIntervalMinutes)))
        #expect(defaultValue("training", "refresher_months") == .integer(Int64(policy.training.refresherMonths)))
        #expect(defaultValue("documents", "max_reading_grade") == .integer(Int64(policy.documents.maxReadingGrade)))
        #expect(defaultValue("reporting", "debrief") == .string(policy.reporting.debrief.text(in: "en", primary: "en")))
    }

    @Test func theSchemaOffersTheJurisdictionsAndPapersCheckAccepts() throws {
        let schema = try PrintedSchema.parsed()
        let text = SettingsSchema.json
        for written in ["Australia", "USA", "United Kingdom", "CA"] {
            #expect(Jurisdiction(written: written) != nil)
            #expect(text.contains("\"\(written)\""), "\(written) is not offered")
        }
        #expect(PrintedSchema.definition("documents", in: schema) != nil)
        #expect(SettingsSchemaBuilder.anyCasePattern(["United Kingdom", "a4"]) == "^(?:[uU][nN][iI][tT][eE][dD]\\s+[kK][iI][nN][gG][dD][oO][mM]|[aA]4)$")
    }

    @Test func theSchemaIsTheSameOnEveryRun() {
        #expect(SettingsSchemaBuilder.schema().text == SettingsSchema.json)
        #expect(SettingsSchema.json.hasPrefix("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\""))
    }
}
