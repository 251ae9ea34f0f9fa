import ConveneSession
import Foundation
import Testing

/// Runs the real `convene` binary, kills it with SIGKILL at several points
/// while items are being typed, resumes, and checks that every item it
/// acknowledged is in the journal, exactly once.
@Suite struct CrashRecoveryTests {
    static let script = """
        workshop "Crash test" {
          role a "Group A"
          role b "Group B"
        }

        stage one "One" for 10m {
          prompt first "What comes first?" by role
          prompt second "What comes second?" by role
        }

        stage two "Two" for 10m {
          say "The end."
        }
        """

    /// The binary `swift build` made next to the test bundle.
    static var binary: String {
        let bundle = Bundle.main.bundleURL.deletingLastPathComponent().path
        for candidate in [bundle + "/convene", TestSupport.packageRoot + "/.build/debug/convene"] where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        return TestSupport.packageRoot + "/.build/debug/convene"
    }

    /// The environment the binary runs in: the test's own, with `path` as
    /// `PATH`, by default the binary's folder first, as a person who
    /// installed it has it.
    static func environment(path: String? = nil) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = path ?? (URL(fileURLWithPath: binary).deletingLastPathComponent().path + ":/usr/bin:/bin")
        return environment
    }

    @Test func everyAcknowledgedItemSurvivesSIGKILLAndNothingIsDuplicated() throws {
        let work = TestSupport.temporaryFolder()
        let scriptPath = work + "/crash.convene"
        try Self.script.write(toFile: scriptPath, atomically: true, encoding: .utf8)
        let folder = work + "/session"
        var acknowledged: [String: String] = [:]
        var typed: [String] = []

        // Round 1: move to the second prompt, so resuming must land there.
        var round = try RunningConvene(arguments: ["run", scriptPath, "--out", folder, "--seed", "3"])
        try round.send(["a: first answer", ":next"])
        _ = try round.waitFor { $0.contains("? What comes second?") }
        typed.append("first answer")
        round.kill()
        acknowledged.merge(round.acknowledgements()) { first, _ in first }

        // Later rounds: send a burst of lines and kill after a varying number of acknowledgements,
        // sometimes at once, so some kills land while a line is being written.
        for (index, killAfter) in [0, 1, 5, 9, 17, 3].enumerated() {
            round = try RunningConvene(arguments: ["resume", folder])
            let opening = try round.waitFor { $0.contains("? What comes second?") }
            #expect(opening.contains { $0.contains("? What comes second?") }, "round \(index + 2) resumed somewhere else")
            let lines = (1...20).map { "\(index % 2 == 0 ? "a" : "b"): round \(index + 2) item \($0), with a comma and \"quotes\"" }
            typed += lines.map { String($0.dropFirst(3)) }
            try round.send(lines)
            if killAfter > 0 { _ = try round.waitFor(acknowledgements: killAfter) }
            round.kill()
            acknowledged.merge(round.acknowledgements()) { first, _ in first }
        }

        let (journal, _) = try Session.readJournal(folder: folder)
        var journalled: [String: String] = [:]
        var texts: [String] = []
        for record in journal.records {
            guard case let .itemAdded(id, _, _, _, text, _, _) = record.event else { continue }
            #expect(journalled[id] == nil, "item \(id) is in the journal twice")
            journalled[id] = text
            texts.append(text)
        }
        #expect(acknowledged.count >= 1 + 1 + 5 + 9 + 17 + 3)
        for (id, text) in acknowledged {
            #expect(journalled[id] == text, "acknowledged \(id) (\(text)) is missing from the journal")
        }
        #expect(Set(texts).count == texts.count, "an item was recorded twice")
        #expect(Set(texts).isSubset(of: Set(typed)))
    }
}

/// `convene` running as a child process with pipes on both ends.
struct RunningConvene {
    let process = Process()
    let input = Pipe()
    let output = Pipe()
    private(set) var lines: [String] = []
    private var pending = Data()

    init(arguments: [String]) throws {
        process.executableURL = URL(fileURLWithPath: CrashRecoveryTests.binary)
        process.arguments = arguments
        process.environment = CrashRecoveryTests.environment()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
    }

    func send(_ lines: [String]) throws {
        try input.fileHandleForWriting.write(contentsOf: Data(lines.map { $0 + "\n" }.joined().utf8))
    }

    /// Reads output until a line satisfies `done`, or the process ends.
    @discardableResult
    mutating func waitFor(_ done: (String) -> Bool) throws -> [String] {
        while !lines.contains(where: done) {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            append(data)
        }
        return lines
    }

    mutating func waitFor(acknowledgements count: Int) throws -> [String] {
        while acknowledgements().count < count {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            append(data)
        }
        return lines
    }

    /// SIGKILL: no chance to tidy up, like a power cut for the process.
    mutating func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        append(output.fileHandleForReading.readDataToEndOfFile())
    }

    /// `saved i12: [a] text` lines, by id.
    func acknowledgements() -> [String: String] {
        var result: [String: String] = [:]
        for line in lines where line.hasPrefix("saved i") {
            let body = line.dropFirst("saved ".count)
            guard let colon = body.firstIndex(of: ":") else { continue }
            let id = String(body[..<colon])
            var text = body[body.index(after: colon)...].drop { $0 == " " }
            if text.hasPrefix("["), let close = text.firstIndex(of: "]") { text = text[text.index(after: close)...].dropFirst() }
            result[id] = String(text)
        }
        return result
    }

    private mutating func append(_ data: Data) {
        pending.append(data)
        while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
            lines.append(String(decoding: pending[pending.startIndex..<newline], as: UTF8.self))
            pending.removeSubrange(pending.startIndex...newline)
        }
    }
}
