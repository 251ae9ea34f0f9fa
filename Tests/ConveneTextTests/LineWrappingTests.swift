import ConveneText
import Testing

@Suite struct LineWrappingTests {
    @Test func longLinesFoldAtSpacesUnderTheirOwnText() {
        let said = "> Put your dots on the themes that affect people’s lives the most, one per theme."
        #expect(LineWrapping.wrap(said, width: 40) == """
            > Put your dots on the themes that
              affect people’s lives the most, one
              per theme.
            """)
    }

    @Test func listingsKeepTheirIndent() {
        #expect(LineWrapping.wrap("  i12  One phone number for every service in the county", width: 30) == """
              i12  One phone number for
                   every service in the
                   county
            """)
        #expect(LineWrapping.wrap("  :check              Check everything defined so far, as `convene check` would.", width: 60) == """
              :check              Check everything defined so far, as
                                  `convene check` would.
            """)
        #expect(LineWrapping.wrap("  :check              Check everything defined so far.", width: 40) == """
              :check              Check everything
              defined so far.
            """, "a second column past half the width is not hung under")
    }

    @Test func shortLinesAndWordsWiderThanTheScreenStayWhole() {
        #expect(LineWrapping.wrap("saved i1: short", width: 80) == "saved i1: short")
        #expect(LineWrapping.wrap("https://example.org/a/very/long/address here", width: 20) == """
            https://example.org/a/very/long/address
            here
            """)
    }

    @Test func wideCharactersCountTheirColumns() {
        #expect(LineWrapping.wrap("工作 工作 工作", width: 10) == "工作 工作\n工作")
    }
}
