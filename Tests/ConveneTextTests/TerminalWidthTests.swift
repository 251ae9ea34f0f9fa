import ConveneText
import Testing

@Suite struct TerminalWidthTests {
    @Test func printableASCIITakesOneColumnEach() {
        #expect(TerminalWidth.of("saved i4: more café") == 19)
        #expect(TerminalWidth.of("saved i4: more cafe") == 19)
        #expect(TerminalWidth.of("") == 0)
        #expect(TerminalWidth.of("saved i4: idea"[...]) == 14)
    }

    @Test func controlsTakeNoColumnsAmongASCIIOrNot() {
        #expect(TerminalWidth.of("a\tb") == 2)
        #expect(TerminalWidth.of("two\nlines") == 8)
        #expect(TerminalWidth.of("\u{1B}") == 0)
    }
}
