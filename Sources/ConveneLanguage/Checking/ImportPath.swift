/// Path arithmetic on `/`-separated paths, done on text so that nothing is
/// read while deciding whether a path may be read at all.
enum ImportPath {
    /// Whether the path starts at a root (`/x`, `~/x`, `C:\x`, `\\server`).
    static func isAbsolute(_ path: String) -> Bool {
        let bytes = Array(path.utf8)
        guard let first = bytes.first else { return false }
        if first == UInt8(ascii: "/") || first == UInt8(ascii: "\\") || first == UInt8(ascii: "~") { return true }
        return bytes.count >= 2 && bytes[1] == UInt8(ascii: ":")
    }

    /// The folder holding a file: `a/b` for `a/b/c.convene`, `` for `c.convene`.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `folder/relative`, with `.` and `..` worked out and doubled slashes
    /// removed. Returns nil when `..` climbs above the start of a relative path.
    static func join(_ folder: String, _ relative: String) -> String? {
        normalize(folder.isEmpty ? relative : folder + "/" + relative)
    }

    /// The path with `.` and `..` components worked out, or nil when `..`
    /// climbs above the start of a relative path (or above `/`).
    static func normalize(_ path: String) -> String? {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : joined
    }

    /// Whether `path` is `folder` or lies inside it (both normalized).
    static func isInside(_ path: String, _ folder: String) -> Bool {
        if folder.isEmpty { return !path.hasPrefix("/") }
        if path == folder { return true }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return path.hasPrefix(prefix)
    }

    /// Whether any component of a relative path is `..`.
    static func climbs(_ path: String) -> Bool {
        path.split(separator: "/").contains("..") || path.split(separator: "\\").contains("..")
    }
}
