import Foundation
import Testing
@testable import ConveneLanguage

@Suite("Reading a script's bytes")
struct FileBytesTests {
    private let folder = FileManager.default.temporaryDirectory.path + "/convene-bytes-" + UUID().uuidString

    private func makeFolder() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    @Test func readsEveryByteAsWritten() throws {
        try makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let written: [UInt8] = Array("say \"Café\"\r\n".utf8) + [0xFF, 0x00, 0x0A]
        let path = folder + "/bytes.convene"
        try Data(written).write(to: URL(fileURLWithPath: path))
        #expect(try FileBytes.contents(ofFile: path) == written)
        let empty = folder + "/empty.convene"
        try Data().write(to: URL(fileURLWithPath: empty))
        #expect(try FileBytes.contents(ofFile: empty) == [])
    }

    @Test func readsAPipeToItsEnd() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let (readEnd, writeEnd) = (ends[0], ends[1])
        defer { close(readEnd) }
        // More than a pipe holds, so the writer and the reader take turns.
        let text = String(repeating: "say \"A line of the script.\"\n", count: 5_000)
        Thread.detachNewThread {
            let bytes = Array(text.utf8)
            var written = 0
            while written < bytes.count {
                let count = bytes[written...].withUnsafeBytes { write(writeEnd, $0.baseAddress!, $0.count) }
                guard count > 0 else { break }
                written += count
            }
            close(writeEnd)
        }
        #expect(try FileBytes.contents(ofFile: "/dev/fd/\(readEnd)") == Array(text.utf8))
    }

    @Test func saysWhyAFileCannotBeRead() throws {
        try makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let loader = FileSystemSourceLoader(libraryRoots: [])
        #expect(throws: SourceLoadError.unreadable(path: folder, reason: "it is a folder")) {
            try loader.load(folder)
        }
        let missing = folder + "/missing.convene"
        #expect(throws: SourceLoadError.notFound(importPath: missing, searched: [missing])) {
            try loader.load(missing)
        }
    }

    @Test func findsEveryLineStart() {
        let source = SourceFile(path: "lines.convene", text: "a\nbc\r\n\n")
        #expect(source.lineStarts == [0, 2, 6, 7])
        #expect(SourceFile(path: "empty.convene", bytes: []).lineStarts == [0])
    }

    @Test func rangesKeepOffsetsUpToTheLargestScript() {
        let last = SourceFile.maximumSize
        var range = SourceRange(start: last - 1, end: last)
        #expect(range.start == last - 1 && range.end == last)
        range.start = 3
        #expect(range == SourceRange(start: 3, end: last))
        #expect(SourceRange(start: 7, end: 2) == .point(7))
    }
}
