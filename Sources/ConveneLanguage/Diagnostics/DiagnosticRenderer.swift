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
        // An empty source (a file that could not be read) has no line to show.
        guard let source = sources[diagnostic.path], !source.bytes.isEmpty else {
            return "\(diagnostic.path): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.code.rawValue)]\n"
                + trailer(of: diagnostic)
        }
        let start = source.location(of: diagnostic.range.start)
        var text = "\(diagnostic.path):\(start): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.code.rawValue)]\n"
        text += excerpt(of: diagnostic.range, in: source, at: start)
        return text + trailer(of: diagnostic)
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
        let lineLength = lineText.count
        let underlineEnd = end.line == start.line ? end.column : lineLength + 1
        let width = max(1, underlineEnd - start.column)
        let marker = "^" + String(repeating: "~", count: max(0, min(width, lineLength + 1 - start.column + 1) - 1))
        let indent = String(repeating: " ", count: max(0, start.column - 1))
        return " \(gutter) | \(lineText)\n \(pad) | \(indent)\(marker)\n"
    }

    private func trailer(of diagnostic: Diagnostic) -> String {
        var text = ""
        for note in diagnostic.notes { text += "note: \(note)\n" }
        if let help = diagnostic.help { text += "help: \(help)\n" }
        return text
    }
}

extension String {
    fileprivate func replacingTabs() -> String {
        String(map { $0 == "\t" ? " " : $0 })
    }
}
