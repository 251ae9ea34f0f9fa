import ConveneSession
import Foundation
import Testing

@Suite struct JournalRecoveryTests {
    static let script = """
        workshop "Recovery" {
          role a "Group A"
        }

        stage gather "Gather" for 10m {
          prompt ideas "Ideas?" by role
        }

        stage close "Close" for 5m {
          say "Thanks."
        }
        """

    @Test func aTornLastLineIsSetAsideAndTheLinesBeforeItSurvive() throws {
        let folder = TestSupport.temporaryFolder()
        let session = try TestSupport.start(Self.script, folder: folder)
        _ = try session.addItem("kept one", tag: "a")
        _ = try session.addItem("kept two", tag: "a")
        session.close()
        let journal = folder + "/journal.jsonl"
        let intact = try Data(contentsOf: URL(fileURLWithPath: journal))
        let torn = #"{"n":4,"a":3,"at":"2025-06-03T09:31:20.000Z","type":"item","id":"i3","collection":"ideas","sta"#
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: journal))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(torn.utf8))
        try handle.close()

        let (resumed, notice) = try TestSupport.resume(Self.script, folder: folder)
        #expect(notice.tornLine == TornNotice(line: 5, bytes: torn.utf8.count, movedTo: folder + "/journal.torn"))
        #expect(TestSupport.read(folder + "/journal.torn") == torn + "\n")
        #expect(resumed.state.items(in: "ideas").map(\.text) == ["kept one", "kept two"])
        let repaired = try Data(contentsOf: URL(fileURLWithPath: journal))
        #expect(repaired.prefix(intact.count) == intact)
        #expect(repaired.count > intact.count, "the resume itself is journalled after the repaired part")
        #expect(try resumed.addItem("after the crash", tag: "a").id == "i3")
    }

    @Test func aDamagedLineBeforeTheEndStopsTheResumeAndSaysWhichLine() throws {
        let folder = TestSupport.temporaryFolder()
        let session = try TestSupport.start(Self.script, folder: folder)
        _ = try session.addItem("one", tag: "a")
        _ = try session.addItem("two", tag: "a")
        let journal = folder + "/journal.jsonl"
        var lines = TestSupport.read(journal).split(separator: "\n").map(String.init)
        lines[2] = "{garbage"
        try (lines.joined(separator: "\n") + "\n").write(toFile: journal, atomically: true, encoding: .utf8)

        #expect {
            _ = try Session.readJournal(folder: folder)
        } throws: { error in
            let message = (error as? SessionError)?.message ?? ""
            return message.hasPrefix("\(journal):3: this journal line cannot be read (expected a key at byte 2); the 2 lines before it are intact.")
        }
    }

    @Test func aDiskThatFillsUpLosesNothingAlreadyAcknowledged() throws {
        let folder = TestSupport.temporaryFolder()
        let disk = FillingDisk()
        let session = try TestSupport.start(Self.script, folder: folder) { path throws(StorageError) in
            disk.file = try JournalFile(path: path)
            return disk
        }
        _ = try session.addItem("safe", tag: "a")
        disk.isFull = true
        let interpreter = CommandInterpreter(session: session)
        let reply = TestSupport.feed(interpreter, ["a: this one does not fit"])
        #expect(reply == [
            "error: NOT SAVED: could not save to \(folder)/journal.jsonl: No space left on device\n"
                + "help: everything acknowledged before this is safe on disk; fix the problem (free some space, check the disk) "
                + "and type it again, or `:pause` and `convene resume` later",
        ])
        #expect(session.state.items(in: "ideas").map(\.text) == ["safe"])
        disk.isFull = false
        #expect(TestSupport.feed(interpreter, ["a: this one does not fit"]) == ["saved i2: [a] this one does not fit"])
        session.close()

        let (resumed, _) = try TestSupport.resume(Self.script, folder: folder)
        #expect(resumed.state.items(in: "ideas").map(\.text) == ["safe", "this one does not fit"])
    }

    @Test func aSecondRunOfTheSameSessionIsRefusedWhileTheFirstIsOpen() throws {
        let folder = TestSupport.temporaryFolder()
        let session = try TestSupport.start(Self.script, folder: folder)
        #expect {
            _ = try TestSupport.resume(Self.script, folder: folder)
        } throws: { error in
            (error as? SessionError)?.message
                == "cannot reopen the journal: could not open the journal \(folder)/journal.jsonl: another convene is running this session; finish that one first"
        }
        session.close()
        #expect(throws: Never.self) { try TestSupport.resume(Self.script, folder: folder) }
    }

    @Test func aRealFullDeviceIsReportedAndTheFileIsNotLeftHalfWritten() throws {
        let file = try JournalFile(path: "/dev/full")
        #expect(throws: StorageError(path: "/dev/full", operation: "save to", reason: "No space left on device")) {
            try file.append(line: Array("{}".utf8))
        }
    }

    @Test func aSessionFolderThatCannotBeCreatedIsAClearErrorBeforeAnythingIsTyped() throws {
        let base = TestSupport.temporaryFolder()
        try "not a folder".write(toFile: base + "/taken", atomically: true, encoding: .utf8)
        #expect {
            _ = try TestSupport.start(Self.script, folder: base + "/taken/session")
        } throws: { error in
            let error = error as? SessionError
            return error?.message == "cannot create the session folder: could not create the folder \(base)/taken: a file with that name is in the way"
                && error?.help == "choose another folder with `--out DIR`"
        }
    }

    @Test func startingTwiceInOneFolderPointsToResume() throws {
        let folder = TestSupport.temporaryFolder()
        _ = try TestSupport.start(Self.script, folder: folder)
        #expect {
            _ = try TestSupport.start(Self.script, folder: folder)
        } throws: { error in
            (error as? SessionError)?.help == "continue it with `convene resume \(folder)`, or choose another folder with `--out DIR`"
        }
    }

    @Test func outputsThatCannotBeWrittenAreReportedWhileTheJournalStaysWhole() throws {
        let folder = TestSupport.temporaryFolder()
        let session = try TestSupport.start(Self.script, folder: folder)
        _ = try session.addItem("still here", tag: "a")
        try FileManager.default.createDirectory(atPath: folder + "/report.md", withIntermediateDirectories: true)
        let report = OutputWriter(snapshot: session.snapshot).writeAll()
        #expect(report.problems == ["could not write \(folder)/report.md: Is a directory"])
        #expect(report.written.contains("items.csv"))
        session.close()
        let (resumed, _) = try TestSupport.resume(Self.script, folder: folder)
        #expect(resumed.state.items(in: "ideas").map(\.text) == ["still here"])
    }
}

/// A journal on a disk that can be made to fill up.
final class FillingDisk: JournalStorage {
    var file: JournalFile?
    var isFull = false

    func append(line: [UInt8]) throws(StorageError) {
        if isFull { throw StorageError(path: file?.path ?? "", operation: "save to", reason: "No space left on device") }
        try file?.append(line: line)
    }

    func close() { file?.close() }
}
