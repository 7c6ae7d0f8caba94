extension SettingsDecoder {
    /// `organisation.logo`: a PNG or JPEG file, relative to the settings file that names it.
    static func decodeLogo(_ reader: MappingReader) -> Logo? {
        guard let entry = reader.entry("logo"), let written = reader.text("logo") else { return nil }
        let location = entry.value.location
        let settingsPath = reader.context.path(of: location) ?? ""
        let path = PathNames.joined(PathNames.folder(of: settingsPath), written)
        let shown = Node.shortened(written)
        switch FileSystem.kind(of: path) {
        case .missing:
            reader.context.error("the logo '\(shown)' does not exist (looked for '\(path)'); give the path of a PNG or JPEG file, relative to the settings file", at: location)
            return nil
        case .folder:
            reader.context.error("the logo '\(shown)' is a folder; give the path of a PNG or JPEG file", at: location)
            return nil
        case .file:
            break
        }
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.contents(of: path)
        } catch {
            reader.context.error("cannot read the logo '\(shown)': \(error.message)", at: location)
            return nil
        }
        guard bytes.count <= Logo.maximumSize else {
            let megabytes = Double(bytes.count * 10 / (1 << 20)) / 10
            reader.context.error("the logo '\(shown)' is \(megabytes) MB, more than the \(Logo.maximumSize >> 20) MB allowed; save a smaller PNG or JPEG (a few hundred pixels wide is enough for print)", at: location)
            return nil
        }
        guard let format = Logo.format(of: bytes) else {
            reader.context.error("the logo '\(shown)' is \(Logo.describe(bytes)), not a PNG or JPEG image; export the logo as PNG or JPEG (SVG is not accepted)", at: location)
            return nil
        }
        return Logo(format: format, bytes: bytes)
    }

    /// `organisation.colour`: `#rrggbb`. A colour too light to read is darkened, with a
    /// warning, rather than refused: an agency rarely chooses its brand colour, and a
    /// darker shade of the same hue keeps the documents recognisably theirs while every
    /// reader can still read them. The warning names the shade, so writing it silences it.
    static func decodeColour(_ reader: MappingReader) -> BrandColour? {
        if let raw = reader.rawEntry("colour"), raw.value.isNull {
            reader.context.error("the colour is empty; write it in quotes, such as \"#0B5394\", since # starts a comment", at: raw.key.location)
            return nil
        }
        guard let entry = reader.entry("colour"), let written = reader.text("colour") else { return nil }
        let key = reader.rawEntry("colour").flatMap { entry -> String? in
            if case .scalar(let scalar) = entry.key.kind { return scalar.text }
            return nil
        } ?? "colour"
        guard let colour = BrandColour(hex: written.trimmingWhiteSpace) else {
            reader.context.error("'\(key)' must be a colour written as #RRGGBB, such as \"#0B5394\", found '\(Node.shortened(written))'; quote it, since # starts a comment", at: entry.value.location)
            return nil
        }
        let shade = colour.readableShade
        if shade != colour {
            let ratio = (colour.contrastWithWhite * 10).rounded() / 10
            reader.context.warning("the colour \(colour) is too light to read on white or under white text (\(ratio):1, WCAG AA needs 4.5:1); the documents use the darker shade \(shade). Write \"\(shade)\" or a darker colour to keep this warning away", at: entry.value.location)
        }
        return shade
    }
}

private extension String {
    var trimmingWhiteSpace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
