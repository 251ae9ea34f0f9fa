import Foundation
import Testing
@testable import ConveneLanguage

/// Scripts are untrusted: whatever the bytes, the parser must finish, point
/// inside the file, and never fail silently.
@Suite struct ParserRobustnessTests {
    /// Every valid script we have: the syntax fixtures and the Examples.
    static let scripts: [SourceFile] = {
        var urls: [URL] = []
        let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/syntax/valid")
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for folder in [fixtures, root.appendingPathComponent("Examples")] {
            let found = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? []
            urls += found.filter { $0.pathExtension == "convene" }
        }
        return urls.sorted { $0.path < $1.path }.compactMap { url in
            (try? Data(contentsOf: url)).map { SourceFile(path: url.lastPathComponent, bytes: Array($0)) }
        }
    }()

    enum Mutation: CaseIterable {
        case deleteToken, duplicateToken, swapTokens, truncate, insertInvalidBytes
    }

    @Test func theValidScriptsParseCleanly() {
        #expect(Self.scripts.count >= 4)
        for script in Self.scripts {
            let parsed = Parser.parse(script)
            #expect(parsed.diagnostics.map(\.message) == [], "\(script.path)")
        }
    }

    /// Deleting, duplicating or swapping tokens, cutting the file short or
    /// inserting bytes that are not UTF-8: the parser finishes, every
    /// diagnostic points inside the file, a part of the tree that failed to
    /// parse always comes with an error, and one mistake gives one or two
    /// errors, not a cascade.
    @Test func mutatedScriptsNeverCrashAndNeverFailSilently() {
        var random = SplitMix64(seed: 0xC0_4E4E)
        let casesPerScript = max(1, 3000 / max(1, Self.scripts.count))
        var cases = 0
        for script in Self.scripts {
            let tokens = Lexer(source: script).tokenize().tokens.dropLast()
            for _ in 0..<casesPerScript {
                let mutation = Mutation.allCases.randomElement(using: &random)!
                let bytes = Self.mutate(script.bytes, tokens: Array(tokens), by: mutation, using: &random)
                let source = SourceFile(path: script.path, bytes: bytes)
                let parsed = Parser.parse(source)
                let context = "\(script.path) \(mutation)"
                for diagnostic in parsed.diagnostics {
                    #expect(diagnostic.range.start >= 0 && diagnostic.range.end <= bytes.count, "\(context): \(diagnostic.message)")
                }
                let dump = SyntaxDump.dump(parsed.syntax)
                if dump.contains("(invalid)") {
                    #expect(parsed.diagnostics.contains { $0.isError }, "\(context): a broken part with no error")
                }
                if mutation == .deleteToken || mutation == .duplicateToken || mutation == .truncate {
                    #expect(parsed.diagnostics.count <= 2, "\(context): one mistake, \(parsed.diagnostics.count) errors")
                }
                if mutation == .insertInvalidBytes {
                    #expect(parsed.diagnostics.contains { $0.code == .invalidUTF8 }, "\(context)")
                }
                _ = DiagnosticRenderer(sources: [source]).render(parsed.diagnostics)
                cases += 1
            }
        }
        #expect(cases >= 2500)
    }

    static func mutate(_ bytes: [UInt8], tokens: [Token], by mutation: Mutation, using random: inout SplitMix64) -> [UInt8] {
        guard !tokens.isEmpty else { return bytes }
        let token = tokens.randomElement(using: &random)!
        let text = Array(bytes[token.range.start..<token.range.end])
        switch mutation {
        case .deleteToken:
            return Array(bytes[..<token.range.start] + bytes[token.range.end...])
        case .duplicateToken:
            return Array(bytes[..<token.range.end]) + [UInt8(ascii: " ")] + text + Array(bytes[token.range.end...])
        case .swapTokens:
            let other = tokens.randomElement(using: &random)!
            let (first, second) = token.range.start < other.range.start ? (token, other) : (other, token)
            guard first.range.end <= second.range.start else { return bytes }
            return Array(bytes[..<first.range.start]) + bytes[second.range.start..<second.range.end]
                + bytes[first.range.end..<second.range.start] + bytes[first.range.start..<first.range.end]
                + bytes[second.range.end...]
        case .truncate:
            return Array(bytes[..<Int.random(in: 0..<bytes.count, using: &random)])
        case .insertInvalidBytes:
            let at = Int.random(in: 0...bytes.count, using: &random)
            let neverUTF8: [UInt8] = [0xC0, 0xC1, 0xF5, 0xF8, 0xFE, 0xFF]
            let invalid = (0..<Int.random(in: 1...3, using: &random)).map { _ in neverUTF8.randomElement(using: &random)! }
            return Array(bytes[..<at]) + invalid + Array(bytes[at...])
        }
    }

    // MARK: - Nesting

    func parse(_ text: String) -> ParsedFile {
        Parser.parse(SourceFile(path: "deep.convene", text: text))
    }

    static let deepScripts: [String: String] = [
        "parentheses": "let x = " + String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000),
        "lists": "let x = " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000),
        "negations": "let x = " + String(repeating: "- ", count: 10_000) + "1",
        "nots": "let x = " + String(repeating: "not ", count: 10_000) + "true",
        "sums": "let x = 1" + String(repeating: " + 1", count: 10_000),
        "members": "let x = a" + String(repeating: ".b", count: 10_000),
        "calls": "let x = f" + String(repeating: "()", count: 10_000),
        "blocks": "stage s for 1m {" + String(repeating: "if x {", count: 10_000) + String(repeating: "}", count: 10_001),
        "else-ifs": "stage s for 1m { if a {}" + String(repeating: " else if a {}", count: 10_000) + " }",
        "interpolation": "let x = \"{" + String(repeating: "(", count: 10_000) + "}\"",
    ]

    @Test(arguments: deepScripts.keys.sorted())
    func deepNestingIsOneClearError(name: String) {
        let parsed = parse(Self.deepScripts[name]!)
        #expect(parsed.diagnostics.map(\.code) == [.nestingTooDeep])
        #expect(parsed.diagnostics.first?.message == "this is nested more than 200 levels deep")
    }

    @Test func nestingUnderTheLimitIsFine() {
        let depth = 190
        let parsed = parse("stage s for 1m { say " + String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth) + " }")
        #expect(parsed.diagnostics.isEmpty)
    }

    /// The parser's recursion at the nesting limit fits in a small thread
    /// stack: 512 KB (as on macOS secondary threads) in an optimised build,
    /// which uses about 200 KB for 200 levels. Unoptimised frames are several
    /// times larger, so a debug build gets 4 MB.
    @Test func theNestingLimitFitsInASmallStack() async {
        #if DEBUG
        let stackSize = 4 << 20
        #else
        let stackSize = 512 << 10
        #endif
        let text = "stage s for 1m {" + String(repeating: "if (-x[(a)]) {", count: 60)
            + "say " + String(repeating: "(", count: 60) + "1" + String(repeating: ")", count: 60)
            + String(repeating: "}", count: 61) + "\nlet y = " + String(repeating: "(", count: 10_000)
        let codes = await withCheckedContinuation { continuation in
            let thread = Thread {
                continuation.resume(returning: Parser.parse(SourceFile(path: "deep", text: text)).diagnostics.map(\.code))
            }
            thread.stackSize = stackSize
            thread.start()
        }
        #expect(codes == [.nestingTooDeep])
    }
}

/// A small seeded generator, so every run mutates the scripts the same way.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
