import Testing
@testable import ConveneLanguage

@Suite("Scanning text eight bytes at a time")
struct ByteScanTests {
    /// The first index at or after `start` whose byte satisfies `isMatch`, byte by byte.
    private func reference(_ bytes: [UInt8], from start: Int, _ isMatch: (UInt8) -> Bool) -> Int {
        bytes[start...].firstIndex(where: isMatch) ?? bytes.count
    }

    @Test func findsEachSpecialByteAtEveryPosition() {
        let specials: [UInt8] = Array("\"\\{}\n\r".utf8) + [0x80, 0xC3, 0xFF]
        for special in specials {
            for length in 1...20 {
                for offset in 0..<length {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    bytes[offset] = special
                    // Bytes after the first match, which a borrow could mistake for one.
                    if offset + 1 < length { bytes[offset + 1] = 0x01 }
                    for start in 0...offset {
                        let string = bytes.withUnsafeBufferPointer { ByteScan.stringSpecial(in: $0, from: start, to: length) }
                        #expect(string == reference(bytes, from: start) { Array("\"\\{}\n".utf8).contains($0) || $0 >= 0x80 })
                        let literal = bytes.withUnsafeBufferPointer { ByteScan.literalSpecial(in: $0, from: start, to: length) }
                        #expect(literal == reference(bytes, from: start) { Array("\\{}\r\n".utf8).contains($0) })
                        let comment = bytes.withUnsafeBufferPointer { ByteScan.lineBreakOrNonASCII(in: $0, from: start, to: length) }
                        #expect(comment == reference(bytes, from: start) { $0 == UInt8(ascii: "\n") || $0 >= 0x80 })
                    }
                }
            }
        }
    }

    @Test func stopsAtTheEndGiven() {
        let bytes = Array("plain text then a \" quote".utf8)
        let quote = bytes.firstIndex(of: UInt8(ascii: "\""))!
        #expect(bytes.withUnsafeBufferPointer { ByteScan.stringSpecial(in: $0, from: 0, to: quote) } == quote)
        #expect(bytes.withUnsafeBufferPointer { ByteScan.stringSpecial(in: $0, from: 3, to: 3) } == 3)
        #expect([UInt8]().withUnsafeBufferPointer { ByteScan.literalSpecial(in: $0, from: 0, to: 0) } == 0)
    }
}
