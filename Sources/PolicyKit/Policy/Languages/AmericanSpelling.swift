/// British spellings and terms as American English writes them, for the built-in wording
/// (templates and default texts) of a US organisation. The settings' own values are never
/// changed: they are the organisation's words.
///
/// One table serves every English template and default, so the American wording cannot
/// drift from the British: a sentence is written once, in British spelling, and read here.
enum AmericanSpelling {
    /// Whole words, lowercase, British to American. Capitalised words keep their capitals.
    static let words: [String: String] = {
        var table: [String: String] = [
            "amongst": "among", "whilst": "while", "learnt": "learned", "towards": "toward",
            "programme": "program", "programmes": "programs", "cheque": "check", "cheques": "checks",
            "grey": "gray", "enquiry": "inquiry", "enquiries": "inquiries", "ageing": "aging",
            "judgement": "judgment", "judgements": "judgments",
            "acknowledgement": "acknowledgment", "acknowledgements": "acknowledgments", "enrol": "enroll", "enrols": "enrolls",
            "fulfil": "fulfill", "fulfils": "fulfills", "licence": "license", "licences": "licenses",
            "defence": "defense", "offence": "offense", "offences": "offenses", "pretence": "pretense",
            "practise": "practice", "practises": "practices", "practised": "practiced", "practising": "practicing",
            "centre": "center", "centres": "centers", "metre": "meter", "metres": "meters",
            "jewellery": "jewelry", "storey": "story", "storeys": "stories", "tyre": "tire", "tyres": "tires",
            "analyse": "analyze", "analysed": "analyzed", "analysing": "analyzing",
            "catalogue": "catalog", "catalogues": "catalogs",
            "mum": "mom", "mums": "moms", "nappy": "diaper", "nappies": "diapers",
        ]
        // -our words: behaviour, colour, neighbour and their forms.
        for stem in ["behavi", "col", "neighb", "fav", "hon", "lab", "harb", "rum", "vig", "hum", "endeav", "savi"] {
            for ending in ["", "s", "ed", "ing", "al", "ally", "ite", "ites", "hood", "hoods", "able"] {
                table[stem + "our" + ending] = stem + "or" + ending
            }
        }
        // -ise verbs and their -isation nouns: apologise, organisation, recognise.
        for stem in ["apolog", "organ", "recogn", "real", "author", "emphas", "summar", "minim",
                     "critic", "final", "familiar", "special", "standard", "categor", "maxim", "optim",
                     "util", "mobil", "priorit", "personal", "computer", "civil", "sympath", "stabil",
                     "visual", "memor", "harmon", "agon", "custom", "character", "legal",
                     "normal", "general", "central", "capital", "hospital", "penal", "scrutin", "jeopard"] {
            for (british, american) in [("ise", "ize"), ("ises", "izes"), ("ised", "ized"), ("ising", "izing"),
                                        ("isation", "ization"), ("isations", "izations"), ("isational", "izational"),
                                        ("iser", "izer"), ("isers", "izers")] {
                table[stem + british] = stem + american
            }
        }
        // Double l before an ending: travelled, counselling, labelled, cancelled.
        for stem in ["travel", "counsel", "label", "cancel", "model", "signal", "fuel", "level", "total", "channel"] {
            for ending in ["led", "ling", "lor", "lors", "ler", "lers"] {
                table[stem + ending] = stem + String(ending.dropFirst())
            }
        }
        return table
    }()

    /// Phrases whose American term differs, not only their spelling. Longer phrases first.
    static let phrases: [(String, String)] = [
        ("working days", "business days"), ("working day", "business day"),
        ("mobile phones", "cell phones"), ("mobile phone", "cell phone"),
        ("car parks", "parking lots"), ("car park", "parking lot"),
        ("post code", "ZIP code"), ("postcode", "ZIP code"),
        ("per cent", "percent"), ("fortnightly", "every two weeks"), ("a fortnight", "two weeks"),
    ]

    /// `text` in American spelling: each word in the table replaced, keeping a leading
    /// capital or all capitals; everything else (punctuation, Markdown, numbers) as it is.
    static func convert(_ text: String) -> String {
        var phrased = text
        var lower = text.lowercased()
        for (british, american) in phrases where lower.contains(british) {
            phrased = replacePhrase(british, with: american, in: phrased, lower: lower)
            lower = phrased.lowercased()
        }
        var out = ""
        var word = ""
        func flush() {
            if !word.isEmpty { out += american(word); word = "" }
        }
        for character in phrased {
            if character.isLetter { word.append(character) } else { flush(); out.append(character) }
        }
        flush()
        return out
    }

    private static func american(_ word: String) -> String {
        guard let replacement = words[word.lowercased()] else { return word }
        if word.count > 1, word == word.uppercased() { return replacement.uppercased() }
        if let first = word.first, first.isUppercase { return replacement.prefix(1).uppercased() + replacement.dropFirst() }
        return replacement
    }

    /// Replaces whole-word, case-insensitive occurrences; a capital first letter stays.
    /// `lower` is `text` lowercased.
    private static func replacePhrase(_ british: String, with american: String, in text: String, lower: String) -> String {
        guard lower.count == text.count else { return text }
        var result = ""
        var index = text.startIndex
        var lowerIndex = lower.startIndex
        while index < text.endIndex {
            let restLower = lower[lowerIndex...]
            let atWordStart = index == text.startIndex || !text[text.index(before: index)].isLetter
            if atWordStart, restLower.hasPrefix(british) {
                let end = text.index(index, offsetBy: british.count)
                if end == text.endIndex || !text[end].isLetter {
                    let original = text[index..<end]
                    result += original.first!.isUppercase ? american.prefix(1).uppercased() + american.dropFirst() : american
                    index = end
                    lowerIndex = lower.index(lowerIndex, offsetBy: british.count)
                    continue
                }
            }
            result.append(text[index])
            index = text.index(after: index)
            lowerIndex = lower.index(after: lowerIndex)
        }
        return result
    }
}
