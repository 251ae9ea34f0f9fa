import Testing
@testable import LineEditing

@Suite struct EscapeSequenceTests {
    /// Feeds `text`'s bytes as a terminal sends them, one at a time, and
    /// decodes once the sequence is complete.
    private func keys(_ text: String) -> [UInt32] {
        var bytes: [UInt8] = []
        for byte in text.utf8 {
            bytes.append(byte)
            if !EscapeSequence.isIncomplete(bytes) { break }
        }
        return EscapeSequence.decode(bytes).keys
    }

    @Test func arrowsBecomeTheEmacsKeysForTheSameMoves() {
        #expect(keys("\u{1B}[A") == [0x10])
        #expect(keys("\u{1B}[B") == [0x0E])
        #expect(keys("\u{1B}[C") == [0x06])
        #expect(keys("\u{1B}[D") == [0x02])
        #expect(keys("\u{1B}OA") == [0x10])
    }

    @Test func homeAndEndInEveryTerminalsSpelling() {
        for home in ["\u{1B}[H", "\u{1B}OH", "\u{1B}[1~", "\u{1B}[7~"] { #expect(keys(home) == [0x01]) }
        for end in ["\u{1B}[F", "\u{1B}OF", "\u{1B}[4~", "\u{1B}[8~"] { #expect(keys(end) == [0x05]) }
    }

    @Test func ctrlArrowsMoveByWord() {
        #expect(keys("\u{1B}[1;5C") == [0x1B, UInt32(UInt8(ascii: "f"))])
        #expect(keys("\u{1B}[1;3D") == [0x1B, UInt32(UInt8(ascii: "b"))])
    }

    @Test func deleteIsLeftToLibeditsOwnBinding() {
        #expect(keys("\u{1B}[3~") == "\u{1B}[3~".unicodeScalars.map(\.value))
    }

    @Test func keysWithNoMeaningHereTypeNothing() {
        #expect(keys("\u{1B}[15~") == [])
        #expect(keys("\u{1B}[2~") == [])
        #expect(keys("\u{1B}OP") == [])
    }

    @Test func altAndALetterIsEscapeThenTheLetter() {
        let decoded = EscapeSequence.decode(Array("\u{1B}b".utf8))
        #expect(decoded.keys == [0x1B])
        #expect(decoded.rest == [UInt8(ascii: "b")])
    }

    @Test func theEscapeKeyAloneIsEscape() {
        #expect(EscapeSequence.decode([0x1B]).keys == [0x1B])
    }

    @Test func aSequenceTooLongToBeAKeyIsDropped() {
        let bytes = [0x1B, UInt8(ascii: "[")] + Array(repeating: UInt8(ascii: "1"), count: 20)
        var read: [UInt8] = []
        for byte in bytes {
            read.append(byte)
            if !EscapeSequence.isIncomplete(read) { break }
        }
        #expect(read.count == 16)
        #expect(EscapeSequence.decode(read).keys == [])
    }
}

@Suite struct TypedTextTests {
    @Test func ordinaryTextIsKeptAsTyped() {
        #expect(TypedText.cleaned("Café ☕ “quoted” 👩‍👩‍👧") == "Café ☕ “quoted” 👩‍👩‍👧")
    }

    @Test func escapeSequencesOfKeysAreTakenOut() {
        #expect(TypedText.cleaned("more\u{1B}[A bikes\u{1B}[1;5C\u{1B}OB") == "more bikes")
    }

    @Test func controlCharactersAreTakenOutAndTabsBecomeSpaces() {
        #expect(TypedText.cleaned("a\u{07}b\u{7F}c\u{85}d\r") == "abcd")
        #expect(TypedText.cleaned("one\ttwo") == "one two")
    }

    @Test func aPlainReaderHandsOnCleanedLines() {
        var lines = ["windows line\r"]
        let reader = PlainLineReader { lines.isEmpty ? nil : lines.removeFirst() }
        #expect(reader.readLine(prompt: "> ") == .line("windows line"))
    }
}
