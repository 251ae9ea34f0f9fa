/// Text made comparable the way a person searching for it expects: case
/// aside, and accents aside, so `cafe` finds `Café` and `zoe` finds `Zoë`
/// (many keyboards in the room have no easy é). Covers the Latin letters of
/// Western and Central European languages; combining accents typed apart
/// from their letter are dropped too. Other scripts are compared as they are,
/// case aside.
public enum TextFolding {
    /// `text` lowercased, with accents taken off its letters.
    public static func folded(_ text: some StringProtocol) -> String {
        var folded = ""
        for scalar in text.lowercased().unicodeScalars {
            if let plain = plainLetters[scalar] {
                folded += plain
            } else if scalar.properties.generalCategory != .nonspacingMark {
                folded.unicodeScalars.append(scalar)
            }
        }
        return folded
    }

    /// Lowercase letters with accents (Latin-1 and Latin Extended-A), and
    /// the plain letters they are searched by.
    private static let plainLetters: [Unicode.Scalar: String] = {
        let groups: [(String, String)] = [
            ("àáâãäåāăą", "a"), ("æ", "ae"), ("çćĉċč", "c"), ("ďđð", "d"), ("èéêëēĕėęě", "e"),
            ("ĝğġģ", "g"), ("ĥħ", "h"), ("ìíîïĩīĭįı", "i"), ("ĳ", "ij"), ("ĵ", "j"), ("ķ", "k"),
            ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"), ("œ", "oe"), ("ŕŗř", "r"),
            ("śŝşš", "s"), ("ß", "ss"), ("ţťŧ", "t"), ("þ", "th"), ("ùúûüũūŭůűų", "u"),
            ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
        ]
        var table: [Unicode.Scalar: String] = [:]
        for (letters, plain) in groups {
            for scalar in letters.unicodeScalars { table[scalar] = plain }
        }
        return table
    }()
}
