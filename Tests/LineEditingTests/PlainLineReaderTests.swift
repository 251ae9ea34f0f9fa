import Testing
import LineEditing

@Suite struct PlainLineReaderTests {
    @Test func readsLinesThenTheEnd() {
        var lines = ["first", "café ☕"][...]
        let reader = PlainLineReader { lines.popFirst() }
        #expect(reader.readLine(prompt: "> ") == .line("first"))
        #expect(reader.readLine(prompt: "> ") == .line("café ☕"))
        #expect(reader.readLine(prompt: "> ") == .end)
        #expect(!reader.isInteractive)
    }
}
