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

    @Test func findsEveryLineBreak() {
        // Line breaks at every position of several words, next to bytes a borrow could confuse.
        var bytes: [UInt8] = []
        for index in 0..<203 {
            bytes.append(index % 3 == 0 || index % 7 == 0 ? UInt8(ascii: "\n") : [0x0B, 0x09, 0x8A, 0x61][index % 4])
        }
        for length in [0, 1, 7, 8, 9, 64, 203] {
            let prefix = Array(bytes[..<length])
            let expected = prefix.indices.filter { prefix[$0] == UInt8(ascii: "\n") }
            var found: [Int] = []
            prefix.withUnsafeBufferPointer { buffer in ByteScan.forEachLineBreak(in: buffer) { found.append($0) } }
            #expect(found == expected)
            #expect(prefix.withUnsafeBufferPointer { ByteScan.lineBreakCount(in: $0) } == expected.count)
            #expect(SourceFile(path: "lines.convene", bytes: prefix).lineStarts == [0] + expected.map { $0 + 1 })
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
