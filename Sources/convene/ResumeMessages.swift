import ConveneSession

/// What to tell the facilitator about a journal read back.
enum ResumeMessages {
    static func messages(for notice: ResumeNotice) -> [SessionMessage] {
        var messages: [SessionMessage] = []
        if let torn = notice.tornLine {
            messages.append(.warning(
                "the journal's last line (line \(torn.line), \(torn.bytes) bytes) was cut off part way, probably by a crash "
                    + "while it was being written; it was never acknowledged. It was moved to \(torn.movedTo); everything before it is intact."))
        }
        if notice.scriptChanged {
            messages.append(notice.scriptChanges.isEmpty
                ? .info("The script changed since the last run, but not in anything already run; carrying on with the new version.")
                : .warning("Carrying on with the changed script (--accept-changes): " + notice.scriptChanges.joined(separator: "; ")))
        }
        if let (from, to) = notice.relocated {
            messages.append(.warning("stage `\(from)`, where the session stopped, is no longer in the script; carrying on at stage `\(to)`"))
        }
        return messages
    }
}
