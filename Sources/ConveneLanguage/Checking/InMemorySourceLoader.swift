/// A loader over files held in memory, by path: for tests and for programs
/// that embed Convene and keep scripts somewhere other than a disk.
///
/// Paths are `/`-separated and relative (`main.convene`, `lib/warm-ups.convene`).
/// An import resolves against the importing file's folder, then each library
/// root; an absolute path, or one whose `..` climbs above the top, is refused.
public struct InMemorySourceLoader: SourceLoader {
    /// File contents by path.
    public var files: [String: String]
    /// Folders (paths within `files`) searched after the importer's folder.
    public var libraryRoots: [String]

    public init(files: [String: String], libraryRoots: [String] = []) {
        self.files = files
        self.libraryRoots = libraryRoots
    }

    public func resolve(_ importPath: String, from importer: String) throws -> String {
        if ImportPath.isAbsolute(importPath) { throw SourceLoadError.outsideLibrary(importPath: importPath) }
        var searched: [String] = []
        var refused = false
        for folder in [ImportPath.folder(of: importer)] + libraryRoots {
            guard let candidate = ImportPath.join(folder, importPath) else {
                refused = true
                continue
            }
            if files[candidate] != nil { return candidate }
            searched.append(candidate)
        }
        if refused, searched.isEmpty { throw SourceLoadError.outsideLibrary(importPath: importPath) }
        throw SourceLoadError.notFound(importPath: importPath, searched: searched)
    }

    public func load(_ path: String) throws -> SourceFile {
        guard let text = files[path] else {
            throw SourceLoadError.notFound(importPath: path, searched: [path])
        }
        return SourceFile(path: path, text: text)
    }
}
