/// UTF-8 validation and the characters that cannot start a token, each
/// reported with the fix a writer most likely needs.
extension Lexer {
    // MARK: - UTF-8

    /// The length of the well-formed UTF-8 sequence at `index`, or 0 when the
    /// bytes there are not one (Unicode Table 3-7: no overlongs, no surrogates).
    func utf8Length(at index: Int) -> Int {
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index + offset < end && range.contains(bytes[index + offset])
        }
        switch bytes[index] {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: return continuation(1) ? 2 : 0
        case 0xE0: return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return continuation(1) && continuation(2) ? 3 : 0
        case 0xED: return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
        case 0xF0: return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4: return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default: return 0
        }
    }

    /// The Unicode scalar at `index`, when the bytes there are well-formed.
    func scalar(at index: Int) -> Unicode.Scalar? {
        let length = utf8Length(at: index)
        guard length > 0 else { return nil }
        var value = length == 1 ? UInt32(bytes[index]) : UInt32(bytes[index]) & (0xFF >> (length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value)
    }

    /// Steps over one non-ASCII character of text; a run of bytes that are
    /// not UTF-8 is stepped over whole and reported once.
    mutating func skipTextScalar() {
        let length = utf8Length(at: position)
        if length > 0 {
            position += length
        } else {
            skipInvalidUTF8()
        }
    }

    /// Steps over a run of bytes that are not UTF-8 and reports it (CV0001),
    /// except inside an interpolation, whose string already reported it.
    private mutating func skipInvalidUTF8() {
        let start = position
        while position < end, bytes[position] >= 0x80, utf8Length(at: position) == 0 { position += 1 }
        guard !isInterpolation else { return }
        let count = position - start
        report(.invalidUTF8, count == 1 ? "this byte is not valid UTF-8 text" : "these \(count) bytes are not valid UTF-8 text",
               from: start, to: position, help: "save the file as UTF-8")
    }

    // MARK: - Non-ASCII outside text

    mutating func lexNonASCII() -> TokenKind {
        let start = position
        guard let scalar = scalar(at: position) else {
            skipInvalidUTF8()
            return .invalid
        }
        position += utf8Length(at: position)
        switch scalar {
        case "\u{201C}", "\u{2018}", "\u{201E}", "\u{00AB}":
            skipToClosingCurlyQuote()
            report(.unexpectedCharacter, "unexpected character `\(scalar)`", from: start, to: start + utf8Length(at: start),
                   help: "use straight quotes \"…\" around text")
        case "\u{201D}", "\u{2019}", "\u{00BB}":
            report(.unexpectedCharacter, "unexpected character `\(scalar)`", from: start, to: position,
                   help: "use straight quotes \"…\" around text")
        case "\u{00A0}", "\u{2000}"..."\u{200B}", "\u{202F}", "\u{3000}", "\u{FEFF}":
            report(.unexpectedCharacter, "unexpected invisible space (U+\(Self.hex(scalar.value)))", from: start, to: position,
                   help: "replace it with an ordinary space")
        case "\u{2013}", "\u{2014}", "\u{2212}":
            report(.unexpectedCharacter, "unexpected character `\(scalar)`", from: start, to: position,
                   help: "use the ASCII `-` for minus and inside names")
        default:
            if scalar.properties.isAlphabetic { return lexNonASCIIWord(from: start) }
            report(.unexpectedCharacter, "unexpected character `\(scalar)`", from: start, to: position,
                   help: "text goes in quotes: \"…\"")
        }
        return .invalid
    }

    private mutating func skipToClosingCurlyQuote() {
        var index = position
        while index < end, bytes[index] != UInt8(ascii: "\n") {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            guard let scalar = scalar(at: index) else { return }
            index += utf8Length(at: index)
            if scalar == "\u{201D}" || scalar == "\u{2019}" || scalar == "\u{201C}" || scalar == "\u{00BB}" {
                position = index
                return
            }
        }
    }

    /// A word with letters beyond ASCII, such as `café`: one token, one error.
    mutating func lexNonASCIIWord(from start: Int) -> TokenKind {
        while position < end {
            let byte = bytes[position]
            if Self.isWordCharacter(byte) {
                position += 1
            } else if byte == UInt8(ascii: "-"), position + 1 < end, Self.isWordCharacter(bytes[position + 1]) {
                position += 1
            } else if byte >= 0x80, let scalar = scalar(at: position), scalar.properties.isAlphabetic {
                position += utf8Length(at: position)
            } else {
                break
            }
        }
        let word = text(from: start, to: position)
        report(.unexpectedCharacter, "`\(word)` has letters a name cannot have", from: start, to: position,
               help: "names use only ASCII letters, digits, `_` and `-`; text goes in quotes: \"\(word)\"")
        return .invalid
    }

    // MARK: - ASCII that starts no token

    mutating func lexUnexpectedASCII() -> TokenKind {
        let start = position
        let byte = bytes[position]
        let next: UInt8 = position + 1 < end ? bytes[position + 1] : 0
        position += 1
        var help: String?
        switch byte {
        case UInt8(ascii: "&") where next == UInt8(ascii: "&"):
            position += 1
            help = "write `and` to join two conditions"
        case UInt8(ascii: "|") where next == UInt8(ascii: "|"):
            position += 1
            help = "write `or` for either of two conditions"
        case UInt8(ascii: "!"):
            help = "write `not` before a condition to negate it"
        case UInt8(ascii: ";"):
            help = "statements need no `;`: remove it"
        case UInt8(ascii: "'"):
            while position < end, bytes[position] != UInt8(ascii: "'"), bytes[position] != UInt8(ascii: "\n") { position += 1 }
            if position < end, bytes[position] == UInt8(ascii: "'") { position += 1 }
            report(.unexpectedCharacter, "unexpected character `'`", from: start, to: start + 1,
                   help: "text goes in double quotes: \"…\"")
            return .invalid
        case UInt8(ascii: "\\") where isInterpolation:
            report(.unexpectedCharacter, "a `\\` cannot appear inside an interpolation `{…}`", from: start, to: position,
                   help: "escapes belong in the text around the interpolation")
            return .invalid
        default:
            while position < end, isUnexpectedASCII(bytes[position]) { position += 1 }
        }
        let written = position - start == 1 && !(0x21...0x7E).contains(byte)
            ? "U+\(Self.hex(UInt32(byte)))"
            : "`\(text(from: start, to: position))`"
        let noun = position - start == 1 ? "character" : "characters"
        report(.unexpectedCharacter, "unexpected \(noun) \(written)", from: start, to: position, help: help)
        return .invalid
    }

    /// ASCII that starts no token, so adjacent ones are reported together.
    private func isUnexpectedASCII(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "@"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "^"), UInt8(ascii: "~"),
             UInt8(ascii: "`"), UInt8(ascii: "?"), UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: ";"):
            true
        default:
            false
        }
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
