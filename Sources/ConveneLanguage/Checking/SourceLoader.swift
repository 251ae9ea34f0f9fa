/// Finds and reads the files a script imports. Scripts are untrusted, so a
/// loader reads nothing outside the main script's folder and its library roots.
public protocol SourceLoader: Sendable {
    /// The path of the file `import "importPath"` names, written in the file at
    /// `importer`. Throws `SourceLoadError` when there is no such file or it
    /// lies outside the folders scripts may read.
    func resolve(_ importPath: String, from importer: String) throws -> String

    /// The contents of a file (a path `resolve` returned, or the main script).
    func load(_ path: String) throws -> SourceFile

    /// The loader to use for a script at `mainPath` and its imports. A
    /// file-system loader trusts the main script's folder as well as its
    /// library roots; by default the loader is used as it is.
    func forScript(at mainPath: String) -> any SourceLoader
}

extension SourceLoader {
    public func forScript(at mainPath: String) -> any SourceLoader { self }
}

/// Why a file could not be imported or read.
public enum SourceLoadError: Error, Sendable, Equatable {
    /// No file by that name, with every place that was looked at.
    case notFound(importPath: String, searched: [String])
    /// The path is absolute, or leads (through `..` or a symbolic link)
    /// outside the main script's folder and the library roots.
    case outsideLibrary(importPath: String)
    /// The file exists but could not be read.
    case unreadable(path: String, reason: String)
}
