import ConveneSession
import Foundation
import Testing

/// A shared script may write only inside its session folder.
@Suite struct OutputConfinementTests {
    static let script = """
        workshop "Outputs" {
          param dir = "reports" "Where the tables go"
        }

        stage gather "Gather" for 10m {
          prompt ideas "Ideas?"
        }

        output csv ideas to "{dir}/ideas.csv"
        """

    /// Starts a session, lets `prepare` plant something in its folder (a new
    /// session needs an empty one), and writes the outputs.
    static func run(dir: String, prepare: (String) throws -> Void = { _ in }) throws -> (folder: String, report: OutputReport) {
        let folder = TestSupport.temporaryFolder() + "/session"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let session = try TestSupport.start(script, folder: folder, parameters: [ParameterSetting(name: "dir", value: dir)])
        try prepare(folder)
        _ = try session.addItem("an idea", tag: nil)
        return (folder, OutputWriter(snapshot: session.snapshot).writeAll())
    }

    @Test func aPathInsideTheFolderIsWritten() throws {
        let (folder, report) = try Self.run(dir: "reports")
        #expect(report.problems.isEmpty)
        #expect(report.written.last == "reports/ideas.csv")
        #expect(TestSupport.read(folder + "/reports/ideas.csv").hasPrefix("id,text,"))
    }

    @Test func climbingOutWithDotDotIsAnErrorNotAWrite() throws {
        let (folder, report) = try Self.run(dir: "..")
        #expect(report.problems == ["test.convene:9:21: output not written: `../ideas.csv` climbs out of the session folder with `..`"])
        #expect(!FileManager.default.fileExists(atPath: folder + "/../ideas.csv"))
    }

    @Test func anAbsolutePathIsAnErrorNotAWrite() throws {
        let outside = TestSupport.temporaryFolder()
        let (_, report) = try Self.run(dir: outside)
        #expect(report.problems == ["test.convene:9:21: output not written: `\(outside)/ideas.csv` is an absolute path; outputs go inside the session folder"])
        #expect(!FileManager.default.fileExists(atPath: outside + "/ideas.csv"))
    }

    @Test func aSymbolicLinkOutOfTheFolderIsNotFollowed() throws {
        let outside = TestSupport.temporaryFolder()
        let (folder, report) = try Self.run(dir: "reports") { folder in
            try FileManager.default.createSymbolicLink(atPath: folder + "/reports", withDestinationPath: outside)
        }
        #expect(report.problems == [
            "test.convene:9:21: output not written: could not write \(folder)/reports/ideas.csv: "
                + "`reports` is a symbolic link or a file, not a folder inside the session folder",
        ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
    }

    @Test func pathsAreCheckedAsText() {
        #expect(ConfinedWriter.problem(with: "report.md") == nil)
        #expect(ConfinedWriter.problem(with: "tables/./ideas.csv") == nil)
        #expect(ConfinedWriter.problem(with: "a/../../b.csv") == "`a/../../b.csv` climbs out of the session folder with `..`")
        #expect(ConfinedWriter.problem(with: "/etc/passwd") == "`/etc/passwd` is an absolute path; outputs go inside the session folder")
        #expect(ConfinedWriter.problem(with: "~/notes.md") == "`~/notes.md` is an absolute path; outputs go inside the session folder")
        #expect(ConfinedWriter.problem(with: "") == "the path is empty")
    }
}
