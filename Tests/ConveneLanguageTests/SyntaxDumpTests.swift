import Testing
@testable import ConveneLanguage

@Suite struct SyntaxDumpTests {
    let here = SourceRange(start: 0, end: 0)
    let elsewhere = SourceRange(start: 5, end: 9)

    func text(_ value: String, block: Bool = false, at range: SourceRange? = nil) -> StringLiteral {
        StringLiteral(segments: [.text(value)], isBlock: block, range: range ?? here)
    }

    func name(_ value: String, at range: SourceRange? = nil) -> Expression {
        Expression(.name(value), range: range ?? here)
    }

    @Test func expressionsUseOperatorHeadsAndBareNames() {
        let sum = Expression(.binary(.add, name("a"), Expression(.number(2), range: here)), range: here)
        let call = Expression(.call(Expression(.member(name("priorities"), Identifier("top", range: here)), range: here),
                                    [Argument(label: nil, value: sum), Argument(label: Identifier("dots", range: here), value: Expression(.duration(5400), range: here))]),
                              range: here)
        #expect(SyntaxDump.dump(call) == "(call (. priorities top) (+ a 2) (dots: 1h30m))")
        #expect(SyntaxDump.dump(Expression(.number(2.5), range: here)) == "2.5")
        #expect(SyntaxDump.dump(Expression(.unary(.negate, name("x")), range: here)) == "(negate x)")
    }

    @Test func rangesBlockFlagAndTextSplittingDoNotChangeTheDump() {
        let plain = Expression(.string(text("Hello \"you\"\n")), range: here)
        let split = Expression(.string(StringLiteral(segments: [.text("Hello "), .text(""), .text("\"you\"\n")], isBlock: true, range: elsewhere)), range: elsewhere)
        #expect(SyntaxDump.dump(plain) == #""Hello \"you\"\n""#)
        #expect(SyntaxDump.dump(plain) == SyntaxDump.dump(split))
    }

    @Test func interpolatedTextListsItsParts() {
        let literal = StringLiteral(segments: [.text("Fix "), .interpolation(name("problem")), .text("?")], isBlock: false, range: here)
        #expect(SyntaxDump.dump(Expression(.string(literal), range: here)) == #"(string "Fix " problem "?")"#)
    }

    @Test func elseIfAndElseBlockHoldingAnIfDumpAlike() {
        let inner = Statement(.ifElse(IfStatement(condition: name("b"), then: Block(statements: [], range: here), otherwise: nil, isElseIf: false)), range: here)
        func outer(elseIf: Bool) -> Statement {
            Statement(.ifElse(IfStatement(condition: name("a"), then: Block(statements: [], range: here),
                                          otherwise: Block(statements: [inner], range: here), isElseIf: elseIf)), range: here)
        }
        #expect(SyntaxDump.dump(outer(elseIf: true)) == SyntaxDump.dump(outer(elseIf: false)))
        #expect(SyntaxDump.dump(outer(elseIf: true)) == "(if a (then) (else (if b (then))))")
    }

    @Test func longNodesBreakAfterLeadingAtoms() {
        let say = Statement(.say(Expression(.string(text(String(repeating: "word ", count: 14))), range: here)), range: here)
        let stage = StageDeclaration(name: Identifier("gather", range: here), title: text("What happened"),
                                     timebox: Expression(.duration(1200), range: here), body: Block(statements: [say, say], range: here))
        let file = SyntaxFile(source: SourceFile(path: "t", text: ""), declarations: [Declaration(.stage(stage), range: here)], comments: [])
        let words = String(repeating: "word ", count: 14)
        #expect(SyntaxDump.dump(file) == """
            (stage gather "What happened"
              (for 20m)
              (say "\(words)")
              (say "\(words)"))

            """)
    }
}
