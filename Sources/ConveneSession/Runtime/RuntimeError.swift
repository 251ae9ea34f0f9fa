import ConveneLanguage

/// A problem found while running a script: where it happened and what to do.
public struct RuntimeError: Error, Sendable, Equatable {
    public var message: String
    /// The script file, as shown in diagnostics.
    public var path: String
    public var range: SourceRange
    public var help: String?

    public init(_ message: String, path: String, range: SourceRange, help: String? = nil) {
        self.message = message
        self.path = path
        self.range = range
        self.help = help
    }

    /// `script.convene:12:5: error: message`, the source line with a caret, and `help:`.
    public func rendered(sources: [SourceFile]) -> String {
        guard let source = sources.first(where: { $0.path == path }) else {
            return "\(path): error: \(message)\n" + (help.map { "help: \($0)\n" } ?? "")
        }
        let start = source.location(of: range.start)
        let line = source.lineText(start.line)
        let gutter = String(start.line)
        let indent = String(repeating: " ", count: gutter.count)
        let prefix = String(line.prefix(start.column - 1).map { $0 == "\t" ? "\t" : " " })
        let endOnLine = range.end <= source.lineStarts[start.line - 1] + Array(line.utf8).count ? range.end : range.start
        let width = max(1, source.text(in: SourceRange(start: range.start, end: endOnLine)).count)
        var text = "\(path):\(start): error: \(message)\n"
        text += "\(indent) |\n\(gutter) | \(line)\n\(indent) | \(prefix)^\(String(repeating: "~", count: width - 1))\n"
        if let help { text += "help: \(help)\n" }
        return text
    }

    /// The 1-based line the problem is on.
    public func line(in sources: [SourceFile]) -> Int? {
        sources.first(where: { $0.path == path })?.location(of: range.start).line
    }
}
