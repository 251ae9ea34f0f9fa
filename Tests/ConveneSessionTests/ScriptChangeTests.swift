import ConveneSession
import Foundation
import Testing

/// A journal whose script was edited since: the session resumes when what
/// already ran is unchanged, and otherwise says exactly what changed.
@Suite struct ScriptChangeTests {
    static let original = """
        workshop "Changes" {
          role a "Group A"
        }

        stage gather "Gather" for 10m {
          prompt ideas "Ideas?" by role
        }

        stage sort "Sort" for 10m {
          cluster ideas into themes
        }

        stage choose "Choose" for 10m {
          vote priorities on themes {
            method dots
            dots 3
            ballots anonymous
            keep top 5
            ties facilitator
          }
        }

        stage later "Later" for 10m {
          say "Not reached yet."
        }
        """

    /// Runs the original script up to the vote, then stops.
    static func sessionAtTheVote() throws -> String {
        let folder = TestSupport.temporaryFolder()
        let session = try TestSupport.start(original, folder: folder)
        let interpreter = CommandInterpreter(session: session)
        TestSupport.feed(interpreter, ["a: one", "a: two", ":next", "Both: i1 i2", ":next", "t1=3", ":pause"])
        #expect(session.currentStep.key == "choose/priorities")
        return folder
    }

    @Test func anEditToStagesNotYetRunIsAccepted() throws {
        let folder = try Self.sessionAtTheVote()
        let edited = Self.original.replacingOccurrences(of: "Not reached yet.", with: "Changed, but not reached yet.")
            + "\n\nstage extra \"Extra\" for 5m {\n  say \"A new stage.\"\n}\n"
        let (session, notice) = try TestSupport.resume(edited, folder: folder)
        #expect(notice.scriptChanged)
        #expect(notice.scriptChanges.isEmpty)
        #expect(session.currentStep.key == "choose/priorities")
        #expect(session.currentBallots().count == 1)
        #expect(session.records.contains { $0.event == .scriptChanged(sha256: SHA256.hex(of: Array(edited.utf8)), changes: []) })
        session.close()

        let (_, again) = try TestSupport.resume(edited, folder: folder)
        #expect(!again.scriptChanged, "the accepted edit is now the script of record")
    }

    @Test func anEditToWhatAlreadyRanIsExplainedAndNothingIsLost() throws {
        let folder = try Self.sessionAtTheVote()
        let edited = Self.original
            .replacingOccurrences(of: "\"Ideas?\"", with: "\"Your ideas?\"")
            .replacingOccurrences(of: "keep top 5", with: "keep top 3")
            .replacingOccurrences(of: "stage sort ", with: "stage sorting ")
        #expect {
            _ = try TestSupport.resume(edited, folder: folder)
        } throws: { error in
            let error = error as? SessionError
            return error?.message == """
                the script test.convene changed since this session ran, in parts already run:
                  - prompt `ideas` in stage `gather` now asks “Your ideas?” instead of “Ideas?”
                  - stage `sort` was removed (renamed to `sorting`?)
                  - vote `priorities` in stage `choose` now keeps the top 3 instead of 5
                The journal is untouched; nothing is lost.
                """
                && error?.help == "undo those edits to the script and resume again; or resume anyway with "
                    + "`convene resume \(folder) --accept-changes` (what was recorded stays as it was); "
                    + "or write the outputs as they stand with `convene export \(folder)`"
        }

        let (session, notice) = try TestSupport.resume(edited, folder: folder, acceptChanges: true)
        #expect(notice.scriptChanges.count == 3)
        #expect(session.currentStep.key == "choose/priorities")
        #expect(session.state.items(in: "ideas").map(\.text) == ["one", "two"])
    }

    @Test func whenTheCurrentStageIsGoneTheSessionCarriesOnAtTheFirstStageNotYetRun() throws {
        let folder = try Self.sessionAtTheVote()
        let edited = Self.original.replacingOccurrences(of: "stage choose ", with: "stage choosing ")
        let (session, notice) = try TestSupport.resume(edited, folder: folder, acceptChanges: true)
        #expect(notice.scriptChanges == ["stage `choose` was removed (renamed to `choosing`?)"])
        #expect(notice.relocated?.from == "choose" && notice.relocated?.to == "choosing")
        #expect(session.currentStep.key == "choosing/priorities")
    }

    @Test func theOriginalScriptStillResumesUntouched() throws {
        let folder = try Self.sessionAtTheVote()
        let (session, notice) = try TestSupport.resume(Self.original, folder: folder)
        #expect(!notice.scriptChanged)
        #expect(session.currentStep.key == "choose/priorities")
    }
}
