import Testing
import ConveneRepl

@Suite struct InputContinuationTests {
    @Test func anOpenBlockNeedsMoreLines() {
        #expect(InputContinuation.needsMore("stage gather \"Gather\" for 10m {"))
        #expect(InputContinuation.needsMore("stage gather \"Gather\" for 10m {\n  say \"Hello\""))
        #expect(!InputContinuation.needsMore("stage gather \"Gather\" for 10m {\n  say \"Hello\"\n}"))
    }

    @Test func openParenthesesAndBracketsNeedMoreLines() {
        #expect(InputContinuation.needsMore("let names = [\"a\","))
        #expect(InputContinuation.needsMore("warm-up(\"Why?\","))
        #expect(!InputContinuation.needsMore("let names = [\"a\", \"b\"]"))
    }

    @Test func bracesInStringsAndCommentsDoNotCount() {
        #expect(!InputContinuation.needsMore("say \"If we fixed {theme}, what then? {\""))
        #expect(!InputContinuation.needsMore("let x = 1 # opens { here"))
        #expect(!InputContinuation.needsMore("say \"a quote \\\" and a brace {\""))
    }

    @Test func anUnclosedBlockStringNeedsMoreLines() {
        #expect(InputContinuation.needsMore("say \"\"\"\n  Welcome {"))
        #expect(!InputContinuation.needsMore("say \"\"\"\n  Welcome {name}\n  \"\"\""))
    }

    @Test func anExtraClosingBracketEndsTheInputForTheParserToReport() {
        #expect(!InputContinuation.needsMore("} {"))
    }

    @Test func anUnclosedOneLineStringEndsAtTheLineBreak() {
        #expect(!InputContinuation.needsMore("say \"oops\nlet x = 1"))
    }
}
