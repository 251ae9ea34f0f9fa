#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads scripts from disk. An import resolves against the importing file's
/// folder, then each library root in order. Only files inside the main
/// script's folder or a library root are read: an absolute import path, or
/// one that leads outside them through `..` or a symbolic link, is refused
/// before anything outside is touched.
public struct FileSystemSourceLoader: SourceLoader {
    /// Folders of shared libraries, searched after the importing file's folder.
    public var libraryRoots: [String]
    /// The main script's folder, trusted besides the library roots.
    public var scriptFolder: String?

    public init(libraryRoots: [String]) {
        self.libraryRoots = libraryRoots.map(Self.absolute)
    }

    public func forScript(at mainPath: String) -> any SourceLoader {
        var loader = self
        loader.scriptFolder = ImportPath.folder(of: Self.absolute(mainPath))
        return loader
    }

    public func resolve(_ importPath: String, from importer: String) throws -> String {
        if ImportPath.isAbsolute(importPath) { throw SourceLoadError.outsideLibrary(importPath: importPath) }
        let trusted = trustedFolders()
        var searched: [String] = []
        var refused = false
        for folder in [ImportPath.folder(of: Self.absolute(importer))] + libraryRoots {
            guard let candidate = ImportPath.join(folder, importPath),
                trusted.lexical.contains(where: { ImportPath.isInside(candidate, $0) })
            else {
                refused = true
                continue
            }
            guard Self.exists(candidate) else {
                searched.append(candidate)
                continue
            }
            // A symbolic link out of the trusted folders is refused outright.
            guard let real = Self.realPath(candidate), trusted.real.contains(where: { ImportPath.isInside(real, $0) })
            else { throw SourceLoadError.outsideLibrary(importPath: importPath) }
            return real
        }
        if refused, searched.isEmpty { throw SourceLoadError.outsideLibrary(importPath: importPath) }
        throw SourceLoadError.notFound(importPath: importPath, searched: searched)
    }

    public func load(_ path: String) throws -> SourceFile {
        do {
            return SourceFile(path: path, bytes: try FileBytes.contents(ofFile: path))
        } catch .notFound {
            throw SourceLoadError.notFound(importPath: path, searched: [path])
        } catch .isFolder {
            throw SourceLoadError.unreadable(path: path, reason: "it is a folder")
        } catch .tooLarge {
            throw SourceLoadError.unreadable(path: path, reason: "it is larger than 4 GiB, too large for a script")
        } catch .unreadable(let reason) {
            throw SourceLoadError.unreadable(path: path, reason: reason)
        }
    }

    /// The folders imports may come from, as written (made absolute) and with
    /// symbolic links resolved.
    private func trustedFolders() -> (lexical: [String], real: [String]) {
        let folders = (scriptFolder.map { [$0] } ?? []) + libraryRoots
        return (folders, folders.compactMap(Self.realPath))
    }

    /// The path made absolute against the current folder, `.` and `..` worked out.
    static func absolute(_ path: String) -> String {
        let joined = path.hasPrefix("/") ? path : currentFolder() + "/" + path
        return ImportPath.normalize(joined) ?? "/"
    }

    private static func currentFolder() -> String {
        guard let folder = getcwd(nil, 0) else { return "." }
        defer { free(folder) }
        return String(cString: folder)
    }

    /// Whether a file (or folder) is there, following symbolic links.
    private static func exists(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0
    }

    /// The path with every symbolic link resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
