import ConveneText

/// Turns diagnostics into the text people read:
///
///     path:line:col: error: message [CV0200]
///        12 |   vote top on themes {
///           |               ^~~~~~
///     help: did you mean `themes`?
public struct DiagnosticRenderer: Sendable {
    /// The files diagnostics may point into, by path.
    public var sources: [String: SourceFile]

    public init(sources: [SourceFile]) {
        var byPath: [String: SourceFile] = [:]
        for source in sources { byPath[source.path] = source }
        self.sources = byPath
    }

    /// The full text of one diagnostic, ending in a newline.
    public func render(_ diagnostic: Diagnostic) -> String {
        render(
            "\(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.code.rawValue)]",
            path: diagnostic.path, range: diagnostic.range, notes: diagnostic.notes, help: diagnostic.help)
    }

    /// A problem found while running a script, which has no code: located and
    /// shown the same way as a diagnostic.
    public func renderRuntimeError(_ message: String, path: String, range: SourceRange, help: String?) -> String {
        render("error: \(message)", path: path, range: range, notes: [], help: help)
    }

    private func render(_ headline: String, path: String, range: SourceRange, notes: [String], help: String?) -> String {
        var trailer = ""
        for note in notes { trailer += "note: \(note)\n" }
        if let help { trailer += "help: \(help)\n" }
        // An empty source (a file that could not be read) has no line to show.
        guard let source = sources[path], !source.bytes.isEmpty else {
            return "\(path): \(headline)\n" + trailer
        }
        let start = source.location(of: range.start)
        return "\(path):\(start): \(headline)\n" + excerpt(of: range, in: source, at: start) + trailer
    }

    /// Every diagnostic rendered in order, sorted by file and position.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        Self.sorted(diagnostics).map(render).joined()
    }

    /// Diagnostics ordered by file, then position, then code, so output is stable.
    public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { left, right in
            let (a, b) = (left.element, right.element)
            if a.path != b.path { return a.path < b.path }
            if a.range.start != b.range.start { return a.range.start < b.range.start }
            return left.offset < right.offset
        }.map(\.element)
    }

    private func excerpt(of range: SourceRange, in source: SourceFile, at start: SourceLocation) -> String {
        let lineText = source.lineText(start.line).replacingTabs()
        let gutter = String(start.line)
        let pad = String(repeating: " ", count: gutter.count)
        let end = source.location(of: range.end)
        // Columns count characters; the caret goes under them by the room
        // they take on screen, where emoji and CJK characters take two.
        let before = lineText.prefix(max(0, start.column - 1))
        let underlineEnd = end.line == start.line ? end.column : lineText.count + 1
        let underlined = lineText.dropFirst(before.count).prefix(max(1, underlineEnd - start.column))
        let marker = "^" + String(repeating: "~", count: max(0, TerminalWidth.of(underlined) - 1))
        let indent = String(repeating: " ", count: TerminalWidth.of(before))
        return " \(gutter) | \(lineText)\n \(pad) | \(indent)\(marker)\n"
    }

}

extension String {
    fileprivate func replacingTabs() -> String {
        String(map { $0 == "\t" ? " " : $0 })
    }
}
