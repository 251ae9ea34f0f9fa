import ConveneText
import Testing

@Suite struct TextFoldingTests {
    @Test func accentsAndCaseAreSetAside() {
        #expect(TextFolding.folded("Café CULTURE") == "cafe culture")
        #expect(TextFolding.folded("Zoë, Łódź, Straße, Æsir") == "zoe, lodz, strasse, aesir")
        #expect(TextFolding.folded("cafe\u{301}") == "cafe", "an accent typed apart from its letter")
    }

    @Test func otherScriptsAndEmojiStayAsTheyAre() {
        #expect(TextFolding.folded("工作 ☕ Ελλάδα") == "工作 ☕ ελλάδα")
    }
}
