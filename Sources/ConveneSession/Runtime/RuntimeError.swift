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
        DiagnosticRenderer(sources: sources).renderRuntimeError(message, path: path, range: range, help: help)
    }

    /// The 1-based line the problem is on.
    public func line(in sources: [SourceFile]) -> Int? {
        sources.first(where: { $0.path == path })?.location(of: range.start).line
    }
}
