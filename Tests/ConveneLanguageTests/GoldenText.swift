/// Compares produced text with a golden file and says where they first differ.
enum GoldenText {
    /// Nil when equal; otherwise the first differing line of each, and the whole output to copy from.
    static func difference(actual: String, expected: String) -> String? {
        guard actual != expected else { return nil }
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(actualLines, expectedLines).prefix { $0 == $1 }.count
        func at(_ lines: [Substring]) -> String { line < lines.count ? "«\(lines[line])»" : "(end of text)" }
        return "first difference at line \(line + 1):\n  got      \(at(actualLines))\n  expected \(at(expectedLines))\n"
            + "whole output:\n\(actual)"
    }
}
