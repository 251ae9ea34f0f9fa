/// How many columns text takes in a terminal, so tables of results line up
/// whatever the option names hold. Counted per character (grapheme cluster):
/// emoji and East Asian wide or fullwidth characters take two columns,
/// combining marks, format characters and controls none, everything else one.
/// Unlike `wcwidth` this does not depend on the process's locale, so a table
/// is laid out the same in a test, a pipe and a terminal.
public enum TerminalWidth {
    /// The columns `text` takes.
    public static func of(_ text: some StringProtocol) -> Int {
        if let columns = text.utf8.withContiguousStorageIfAvailable(printableASCIIColumns) ?? nil {
            return columns
        }
        return text.reduce(0) { $0 + of($1) }
    }

    /// The columns of text that is all printable ASCII, one each, or nil
    /// for any other text. Most text is, and is measured without breaking
    /// it into characters and looking up their Unicode properties.
    private static func printableASCIIColumns(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        for byte in bytes where byte < 0x20 || byte > 0x7E { return nil }
        return bytes.count
    }

    /// The columns one character takes: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard scalars.contains(where: { !isZeroWidth($0) }) else { return 0 }
        if scalars.contains(where: \.properties.isEmojiPresentation) { return 2 }
        if scalars.contains("\u{FE0F}"), scalars.first!.properties.isEmoji { return 2 }
        return scalars.contains(where: isWide) ? 2 : 1
    }

    /// `text` padded with spaces on the right to `width` columns.
    public static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - of(text)))
    }

    /// `text` padded with spaces on the left to `width` columns.
    public static func rightAligned(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - of(text))) + text
    }

    /// `text` cut to at most `width` columns, ending in "…" when cut.
    public static func clipped(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        var kept = ""
        var used = 0
        for character in text {
            let columns = of(character)
            if used + columns > width - 1 { break }
            kept.append(character)
            used += columns
        }
        while kept.last == " " { kept.removeLast() }
        return kept + "…"
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: true
        default: false
        }
    }

    /// East Asian Wide and Fullwidth blocks (Unicode Standard Annex #11):
    /// Hangul Jamo, CJK, Hiragana, Katakana, Hangul syllables, fullwidth forms.
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        wideRanges.contains { $0.contains(scalar.value) }
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1B000...0x1B2FF,
        0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
