import Foundation

/// Finds programs built next to the test bundle, and makes a clean
/// environment for them.
enum ConveneBinary {
    /// The folder SwiftPM builds products into (`.build/debug`).
    static var productsFolder: URL {
        #if os(Linux)
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        #else
        let executable = Bundle.main.bundleURL
        #endif
        var folder = executable.deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("convene").path) {
                return folder
            }
            folder.deleteLastPathComponent()
        }
        return executable.deletingLastPathComponent()
    }

    /// The path of a built product, by name.
    static func path(_ name: String = "convene") -> String {
        productsFolder.appendingPathComponent(name).path
    }

    /// A new empty folder for one test.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convene-repl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The environment a test runs the program in: its own home folder (so
    /// history does not leak between tests), an xterm, no locale at all, so
    /// UTF-8 editing must work without one, and the program on `PATH`, as a
    /// person who installed it has it.
    static func environment(home: URL) -> [String: String] {
        [
            "HOME": home.path,
            "TERM": "xterm",
            "PATH": productsFolder.path + ":/usr/bin:/bin",
        ]
    }
}
