import Testing
@testable import LineEditing

@Suite struct UTF8AssemblerTests {
    private func assemble(_ bytes: [UInt8]) -> [Unicode.Scalar] {
        var assembler = UTF8Assembler()
        return bytes.compactMap { assembler.add($0) }
    }

    @Test func multiByteCharactersArriveWhole() {
        #expect(assemble(Array("aé☕🙂".utf8)) == ["a", "é", "☕", "🙂"])
    }

    @Test func aBrokenSequenceIsDroppedAndTheNextCharacterKept() {
        #expect(assemble([0xC3, 0x41, 0xFF, 0x42]) == ["A", "B"])
    }

    @Test func itKnowsWhenACharacterIsHalfRead() {
        var assembler = UTF8Assembler()
        _ = assembler.add(0xE2)
        #expect(assembler.isMidCharacter)
        _ = assembler.add(0x98)
        #expect(assembler.add(0x95) == "☕")
        #expect(!assembler.isMidCharacter)
    }
}
