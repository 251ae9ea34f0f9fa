import Foundation

/// Finds test fixtures (bundled with the tests) and the package's example scripts.
enum FixtureFiles {
    /// The bundled `Fixtures/<folder>` directory.
    static func folder(_ name: String) -> URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(name)
    }

    /// The files in a fixture folder whose names end with `suffix`, sorted by name.
    static func files(in folder: URL, endingWith suffix: String) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// Every `.convene` file under the package's `Examples` folder (libraries
    /// included), found from this file's place in the package.
    static func examples(filePath: String = #filePath) -> [URL] {
        let examples = URL(fileURLWithPath: filePath)
            .deletingLastPathComponent()  // ConveneLanguageTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()
            .appendingPathComponent("Examples")
        let found = FileManager.default.enumerator(at: examples, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }
            .filter { $0.pathExtension == "convene" } ?? []
        return found.sorted { $0.path < $1.path }
    }

    static func text(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }
}
