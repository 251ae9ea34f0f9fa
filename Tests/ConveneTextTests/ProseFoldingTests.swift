@testable import ConveneText
import Testing

/// What is folded to a terminal's width, and what is left whole.
@Suite struct ProseFoldingTests {
    private let diagnostic = """
        <repl>:2:13: error: unknown name `went-badley` [CV0200]
         2 |   vote v on went-badley { method dots dots 3 cap 5 }
           |             ^~~~~~~~~~~
        help: did you mean `went-badly`, the collection the stage gathers?

        """

    @Test func proseFoldsAtSpacesAndTheQuotedSourceAndItsCaretStayWhole() {
        #expect(ProseFolding.fold(diagnostic, width: 40) == """
            <repl>:2:13: error: unknown name
            `went-badley` [CV0200]
             2 |   vote v on went-badley { method dots dots 3 cap 5 }
               |             ^~~~~~~~~~~
            help: did you mean `went-badly`, the
            collection the stage gathers?

            """)
    }

    @Test func withoutAWidthNothingIsFolded() {
        #expect(ProseFolding.fold(diagnostic, width: nil) == diagnostic)
    }

    @Test func onlyAGutterAndABarMakeAnExcerptLine() {
        #expect(ProseFolding.isExcerpt(" 12 |   vote top on themes {"))
        #expect(ProseFolding.isExcerpt("    |               ^~~~~~"))
        #expect(ProseFolding.isExcerpt(" 7 |"))
        #expect(!ProseFolding.isExcerpt("  - Say: “a | b”"))
        #expect(!ProseFolding.isExcerpt(" 12| no space before the bar"))
        #expect(!ProseFolding.isExcerpt("help: a | b"))
        #expect(!ProseFolding.isExcerpt("  5 A big difference | ·"))
    }
}
