import CEditLine
import ConveneText

/// A line reader on a terminal, editing through libedit: Emacs keys, arrow
/// keys, history (also saved to files), Ctrl-R search, Tab completion and
/// UTF-8 text. It reads keys itself (libedit's "read a character" hook) so
/// that Ctrl-C clears the line instead of ending the program, a resized
/// window is redrawn, and notices can appear while someone is typing.
final class EditLineReader: LineReader {
    private let editor: OpaquePointer
    private let history: OpaquePointer
    private let historyLimit: Int
    private var historyFiles: [(file: HistoryFile, appender: HistoryFile.Appender?)] = []
    private var lastRemembered: String?
    /// The lines in libedit's history, oldest first, for Ctrl-R to search.
    private var historyLines: [String] = []
    /// Whether Ctrl-R is searching the history: its prompt stays until it ends.
    private var isSearching = false
    /// The terminal's width when the line was last drawn.
    private var drawnColumns = Terminal.columns
    /// The line as it was when the reader last waited for a key.
    private var lineSeen = ""
    /// The line read last, added to the history (and its files) only once
    /// the program has handled it, before the next prompt: writing the files
    /// first would delay the line's answer.
    private var unrecorded: (line: String, toFiles: Bool)?
    private let completer: Completer?
    private let describer: CompletionDescriber?
    private let notices: (() -> [String])?
    private let promptUpdate: (() -> String)?
    private var prompt: UnsafeMutablePointer<CChar>
    private var promptText = ""
    private var promptWidth = 0
    private var assembler = UTF8Assembler()
    /// Keys decoded but not yet handed to libedit (an arrow's sequence,
    /// one Backspace per code point of an accented letter).
    private var pendingKeys: [UInt32] = []
    /// Bytes read past an escape sequence, to be read again.
    private var pendingBytes: [UInt8] = []
    private var wasInterrupted = false
    /// Whether the line read last ended with Return, which leaves the
    /// terminal in libedit's raw mode until the next line (see `accept`).
    private var terminalStayedRaw = false
    private var isClosed = false
    var savesHistory = true

    /// How long to wait for a key before looking for notices and signals.
    private static let pollMilliseconds: Int32 = 200

    init?(_ options: LineEditingOptions) {
        _ = cel_use_utf8_locale()
        guard let editor = cel_init(options.programName) else { return nil }
        guard let history = cel_history_init(Int32(options.historyLimit)) else {
            el_end(editor)
            return nil
        }
        self.editor = editor
        self.history = history
        self.historyLimit = options.historyLimit
        self.completer = options.completer
        self.describer = options.describer
        self.notices = options.notices
        self.promptUpdate = options.promptUpdate
        self.prompt = strdup("")
        configure()
        for file in options.historyFiles { keepHistory(in: file) }
    }

    private func configure() {
        _ = cel_set_client_data(editor, Unmanaged.passUnretained(self).toOpaque())
        _ = cel_set_editor(editor, "emacs")
        // libedit's own signal handling re-sends SIGINT to the whole process
        // group and then retries the read; this reader handles signals itself.
        _ = cel_set_signal_handling(editor, 0)
        _ = cel_set_history(editor, history)
        _ = cel_set_prompt(editor, promptHook)
        _ = cel_set_read_function(editor, readHook)
        _ = cel_add_function(editor, "convene-complete", "Complete the word before the cursor", completeHook)
        _ = cel_bind(editor, "^I", "convene-complete")
        _ = cel_add_function(editor, "convene-search", "Search back through the history", searchHook)
        _ = cel_bind(editor, "^R", "convene-search")
        _ = cel_add_function(editor, "convene-accept", "Accept the line", acceptHook)
        _ = cel_bind(editor, "^M", "convene-accept")
        _ = cel_bind(editor, "^J", "convene-accept")
        SignalWatch.install()
    }

    var isInteractive: Bool { true }

    func readLine(prompt text: String) -> LineInput {
        recordLastLine()
        Terminal.writeHeldText()
        setPrompt(text)
        SignalWatch.forgetPending()
        wasInterrupted = false
        lineSeen = ""
        var count: Int32 = 0
        if !terminalStayedRaw { cel_stop_echo() }
        terminalStayedRaw = false
        _ = cel_set_editing(editor, 1)
        let result = el_wgets(editor, &count)
        // Keys typed while the line is being handled wait, unechoed, for the
        // next prompt, instead of the terminal echoing them out of place.
        if !terminalStayedRaw { cel_stop_echo() }
        if wasInterrupted { return .interrupted }
        guard let result, count >= 0 else {
            Terminal.write("\n")
            return .end
        }
        let line = TypedText.cleaned(Self.text(from: result, to: result + Int(count), droppingLineBreak: true))
        unrecorded = (line, savesHistory)
        return .line(line)
    }

    func keepHistory(in path: String) {
        keepHistory(in: HistoryFile(path: path))
    }

    private func keepHistory(in file: HistoryFile) {
        guard !historyFiles.contains(where: { $0.file.path == file.path }) else { return }
        for line in file.load(limit: historyLimit) {
            remember(line)
        }
        historyFiles.append((file, nil))
    }

    func close() {
        guard !isClosed else { return }
        recordLastLine()
        Terminal.writeHeldText()
        isClosed = true
        _ = cel_set_editing(editor, 1)
        el_end(editor)
        history_end(history)
        free(prompt)
        for entry in historyFiles { entry.appender?.close() }
    }

    /// Adds the line read last to the history, and to its files.
    private func recordLastLine() {
        guard let (line, toFiles) = unrecorded else { return }
        unrecorded = nil
        guard line.contains(where: { !$0.isWhitespace }), line != lastRemembered else { return }
        lastRemembered = line
        remember(line)
        for index in historyFiles.indices where toFiles && historyFiles[index].file.keepsLine(line) {
            if historyFiles[index].appender == nil {
                historyFiles[index].appender = historyFiles[index].file.openForAppending()
            }
            historyFiles[index].appender?.append(line)
        }
    }

    /// Adds a line to libedit's history and to the lines Ctrl-R searches,
    /// which, like libedit's, keep no line twice in a row.
    private func remember(_ line: String) {
        _ = cel_history_enter(history, line)
        guard historyLines.last != line else { return }
        historyLines.append(line)
        if historyLines.count > historyLimit { historyLines.removeFirst(historyLines.count - historyLimit) }
    }

    /// libedit draws only the prompt's last line; earlier lines are written
    /// here once, so they are not redrawn on every key.
    private func setPrompt(_ text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let last = lines.removeLast()
        if !lines.isEmpty {
            Terminal.write(lines.joined(separator: "\n") + "\n")
        }
        replacePrompt(with: String(last))
    }

    private func replacePrompt(with text: String) {
        free(prompt)
        prompt = strdup(text)
        promptText = text
        promptWidth = Terminal.width(of: text)
    }

    fileprivate var promptPointer: UnsafeMutablePointer<CChar> { prompt }

    // MARK: Reading keys

    fileprivate func readCharacter(into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
        character.pointee = 0
        if pendingKeys.isEmpty {
            let result = readKeys()
            guard result == 1 else { return result }
        }
        character.pointee = wchar_t(bitPattern: pendingKeys.removeFirst())
        return 1
    }

    /// Reads what the next key press sends into `pendingKeys`; returns 1,
    /// or what libedit's read function returns at the end of input (0) or
    /// on Ctrl-C and failure (-1).
    private func readKeys() -> Int32 {
        while true {
            let signals = SignalWatch.take()
            if signals.contains(.interrupt) {
                abandonLine()
                pendingKeys.removeAll()
                wasInterrupted = true
                return -1
            }
            if signals.contains(.resize) { el_resize(editor) }
            if signals.contains(.resume) {
                // Back from Ctrl-Z, on a fresh line under what the shell printed.
                cel_prepare_terminal_again(editor)
                _ = cel_refresh(editor)
            } else if signals.contains(.resize) {
                redrawAfterResize()
            }
            if !assembler.isMidCharacter {
                refreshWhileWaiting()
                redrawFoldedLineAfterChange()
            }
            let byte = nextByte(waitingMilliseconds: Self.pollMilliseconds)
            switch byte {
            case CEL_READ_TIMEOUT, CEL_READ_INTERRUPTED:
                continue
            case CEL_READ_END:
                return 0
            case CEL_READ_FAILED:
                return -1
            default:
                guard let scalar = assembler.add(UInt8(byte)) else { continue }
                if scalar.value == UInt32(EscapeSequence.escape) {
                    readEscapeSequence()
                } else {
                    pendingKeys.append(scalar.value)
                }
                guard !pendingKeys.isEmpty else { continue }
                if !isSearching { pendingKeys = pendingKeys.flatMap(wholeCharacterSteps) }
                return 1
            }
        }
    }

    private func nextByte(waitingMilliseconds timeout: Int32) -> Int32 {
        pendingBytes.isEmpty ? cel_read_byte(timeout) : Int32(pendingBytes.removeFirst())
    }

    /// After ESC: the rest of the sequence, which a terminal sends at once;
    /// an ESC with nothing after it soon is the Escape key itself.
    private func readEscapeSequence() {
        var bytes = [EscapeSequence.escape]
        while EscapeSequence.isIncomplete(bytes) {
            let byte = nextByte(waitingMilliseconds: Self.escapeSequenceMilliseconds)
            guard byte >= 0 else { break }
            bytes.append(UInt8(byte))
        }
        let (keys, rest) = EscapeSequence.decode(bytes)
        pendingKeys += keys
        pendingBytes = rest + pendingBytes
    }

    /// How long the rest of an escape sequence may take to arrive (over a
    /// slow connection its bytes can come apart).
    private static let escapeSequenceMilliseconds: Int32 = 50

    /// libedit moves and deletes one code point at a time; a letter with a
    /// combining accent, a flag or a family emoji is several. A key that
    /// moves left or right or deletes backwards is repeated once per code
    /// point of the character it acts on, so it acts on whole characters.
    private func wholeCharacterSteps(_ key: UInt32) -> [UInt32] {
        let codePoints: Int
        switch key {
        case 0x02, 0x08, 0x7F: codePoints = lineAroundCursor.before.last?.unicodeScalars.count ?? 1
        case 0x06: codePoints = lineAroundCursor.after.first?.unicodeScalars.count ?? 1
        default: return [key]
        }
        return Array(repeating: key, count: max(1, codePoints))
    }

    /// What is typed, split at the cursor.
    private var lineAroundCursor: (before: String, after: String) {
        guard let info = el_wline(editor)?.pointee else { return ("", "") }
        return (Self.text(from: info.buffer, to: info.cursor), Self.text(from: info.cursor, to: info.lastchar))
    }

    /// Text from libedit's wide characters, one code point each. Read
    /// directly: libedit's own conversion to bytes goes through the C
    /// library one character at a time, and would come between Return and
    /// the line's answer. Drops a line break at the end when asked.
    private static func text(
        from start: UnsafePointer<wchar_t>?, to end: UnsafePointer<wchar_t>?, droppingLineBreak: Bool = false
    ) -> String {
        guard let start, var end, end > start else { return "" }
        if droppingLineBreak, end[-1] == wchar_t(UInt8(ascii: "\n")) { end -= 1 }
        var scalars = String.UnicodeScalarView()
        for character in UnsafeBufferPointer(start: start, count: end - start) {
            if let scalar = Unicode.Scalar(UInt32(bitPattern: character)) { scalars.append(scalar) }
        }
        return String(scalars)
    }

    /// Return: ends the line as libedit's own newline does, but holds back
    /// the move to the next line (rewriting the text after the cursor puts it
    /// at the end) until the program answers the line, so the terminal gets
    /// both in one write, and whoever watches it wakes once, after the line
    /// is saved.
    ///
    /// The terminal stays in raw mode until the next line: editing is turned
    /// off, so libedit leaves the mode alone as `el_wgets` returns, and on
    /// again before the next line. Switching modes costs several `ioctl`s
    /// that would otherwise come between Return and the line's answer.
    fileprivate func accept() -> UInt8 {
        let after = lineAroundCursor.after
        // The line ends in a line break and a NUL, as libedit's own newline
        // leaves it: an empty line is then a line, not the end of input, and
        // nothing of a longer line before it follows.
        if let info = el_wline(editor)?.pointee, let cursor = info.cursor, let end = info.lastchar {
            _ = el_cursor(editor, Int32(cursor.distance(to: end)))
        }
        guard el_insertstr(editor, "\n") == 0, let end = el_wline(editor)?.pointee.lastchar else { return UInt8(CC_ERROR) }
        UnsafeMutablePointer(mutating: end).pointee = 0
        Terminal.hold(after + "\n")
        _ = cel_set_editing(editor, 0)
        terminalStayedRaw = true
        return UInt8(CC_NEWLINE)
    }

    /// Ctrl-C: leave the thrown-away line visible, marked `^C`, and go to a
    /// fresh line. Rewriting the text after the cursor moves the cursor to
    /// the end without changing what is on screen.
    private func abandonLine() {
        Terminal.write(lineAroundCursor.after + "^C\r\n")
    }

    /// Shows new notices above the line and a changed prompt, if any.
    private func refreshWhileWaiting() {
        let messages = notices?() ?? []
        let newPrompt = isSearching ? nil : promptUpdate?()
        guard !messages.isEmpty || (newPrompt != nil && newPrompt != promptText) else { return }
        redraw(above: messages, prompt: newPrompt)
    }

    /// libedit's own update of a line folded onto several rows goes wrong
    /// when text is typed or deleted before its end: the end of the line
    /// vanished from the screen while what was stored stayed right. Such a
    /// line is drawn again whole after the change.
    private func redrawFoldedLineAfterChange() {
        let (before, after) = lineAroundCursor
        let line = before + after
        defer { lineSeen = line }
        guard line != lineSeen, !after.isEmpty, promptWidth + Terminal.width(of: line) >= Terminal.columns else { return }
        redraw(above: [], prompt: nil)
    }

    /// Writes messages above the line being edited, then redraws the prompt
    /// (changed to `newPrompt` when given) and the line under them (changed
    /// to `newLine`, with the cursor at its end, when given), with the
    /// cursor where it was.
    private func redraw(
        above messages: [String], prompt newPrompt: String?, line newLine: String? = nil, rowsAbove: Int? = nil
    ) {
        let rowsAbove = rowsAbove ?? rowsAboveCursor(columns: Terminal.columns)
        var text = rowsAbove > 0 ? "\u{1B}[\(rowsAbove)A" : ""
        text += "\r\u{1B}[J"
        for message in messages {
            let folded = LineWrapping.wrap(message, width: Terminal.columns)
            text += folded.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n") + "\r\n"
        }
        Terminal.write(text)
        if let newPrompt { replacePrompt(with: newPrompt) }
        if let newLine { replaceLine(with: newLine) }
        _ = cel_refresh(editor)
    }

    /// How many rows the prompt's first row is above the cursor's, with the
    /// line folded at `columns`.
    private func rowsAboveCursor(columns: Int) -> Int {
        (promptWidth + Terminal.width(of: lineAroundCursor.before)) / max(1, columns)
    }

    /// The window's width changed: the line is drawn afresh from the
    /// prompt's first row. Some terminals fold what is shown again at the new
    /// width and some leave it as it was, so the redraw starts from the
    /// higher of the two places the prompt can be; at worst an earlier line
    /// of output is cleared from the screen, never a prompt drawn twice.
    private func redrawAfterResize() {
        let columns = Terminal.columns
        let rowsAbove = max(rowsAboveCursor(columns: columns), rowsAboveCursor(columns: drawnColumns))
        drawnColumns = columns
        redraw(above: [], prompt: nil, rowsAbove: rowsAbove)
    }

    /// Puts `text` in place of what is typed, with the cursor at its end.
    private func replaceLine(with text: String) {
        guard let info = el_wline(editor)?.pointee, let buffer = info.buffer, let cursor = info.cursor,
              let end = info.lastchar else { return }
        _ = el_cursor(editor, Int32(cursor.distance(to: end)))
        el_deletestr(editor, Int32(buffer.distance(to: end)))
        _ = el_insertstr(editor, text)
    }

    // MARK: Searching the history

    /// Ctrl-R: searches back through the history, showing the line found,
    /// until a key that is not part of the search. Return takes the line
    /// found (when the search has found what was typed; otherwise it only
    /// ends the search, leaving the line to edit); Ctrl-G puts back the line
    /// as it was; Up, Down and Ctrl-D end the search, keeping the line found;
    /// any other key (Left, Right, Ctrl-A, Ctrl-E, Tab) keeps the line found
    /// and does what it does.
    fileprivate func searchHistory() -> UInt8 {
        let (before, after) = lineAroundCursor
        let original = before + after
        let roomPrompt = promptText
        var search = HistorySearch(lines: historyLines)
        isSearching = true
        defer { isSearching = false }
        redraw(above: [], prompt: search.prompt, line: original)
        while true {
            var character: wchar_t = 0
            let result = readCharacter(into: &character)
            guard result == 1 else {
                // Ctrl-C has abandoned the line, or input has ended.
                replacePrompt(with: roomPrompt)
                return result == 0 ? UInt8(CC_EOF) : UInt8(CC_NEWLINE)
            }
            let key = UInt32(bitPattern: character)
            switch key {
            case 0x12: search.older()
            case 0x08, 0x7F: search.erase()
            case 0x07:
                redraw(above: [], prompt: roomPrompt, line: original)
                return UInt8(CC_REFRESH)
            case 0x0A, 0x0D:
                redraw(above: [], prompt: roomPrompt, line: search.match ?? original)
                return search.isFailing ? UInt8(CC_NORM) : accept()
            // Up and Down would step from the newest line, not the one
            // found, and Ctrl-D on an empty line would pause the session.
            case 0x04, 0x0E, 0x10:
                redraw(above: [], prompt: roomPrompt, line: search.match ?? original)
                return UInt8(CC_NORM)
            default:
                guard key >= 0x20, let scalar = Unicode.Scalar(key) else {
                    redraw(above: [], prompt: roomPrompt, line: search.match ?? original)
                    pendingKeys.insert(contentsOf: wholeCharacterSteps(key), at: 0)
                    return UInt8(CC_REFRESH)
                }
                search.type(Character(scalar))
            }
            redraw(above: [], prompt: search.prompt, line: search.match ?? original)
        }
    }

    // MARK: Completion

    fileprivate func complete() -> UInt8 {
        guard let completer else { return UInt8(CC_ERROR) }
        let (before, after) = lineAroundCursor
        let request = CompletionRequest(textBeforeCursor: before)
        switch CompletionOutcome.resolve(request, candidates: completer(request)) {
        case .none:
            return UInt8(CC_REFRESH_BEEP)
        case .insert(let text):
            return el_insertstr(editor, text) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_ERROR)
        case .list(let words):
            // Below the whole line; libedit then draws the line afresh under
            // the list (its own redisplay would first clear as many rows as
            // the line took, from where it thinks the cursor still is).
            let text = listing(of: words)
            Terminal.write(after + "\r\n" + text.split(separator: "\n").joined(separator: "\r\n") + "\r\n")
            _ = cel_refresh(editor)
            return UInt8(CC_NORM)
        }
    }

    /// The words Tab offers, each with what it stands for when every one
    /// has a description (ids: their text), else in columns. A word that is
    /// what an id offered beside it stands for (a theme's name beside its
    /// id) is shown once, as that id's description.
    private func listing(of words: [String]) -> String {
        let described = words.compactMap { word in describer?(word).map { (word, $0) } }
        let descriptions = Set(described.map(\.1))
        guard !described.isEmpty, words.allSatisfy({ describer?($0) != nil || descriptions.contains($0) }) else {
            return CompletionOutcome.listing(words, columns: Terminal.columns)
        }
        return CompletionOutcome.listing(described.map(\.0), describedBy: described.map(\.1), columns: Terminal.columns)
    }
}

// MARK: - libedit hooks
// C function pointers cannot capture context: each hook finds its reader
// through the editor's client data.

private func reader(of editor: OpaquePointer?) -> EditLineReader? {
    guard let editor, let data = cel_client_data(editor) else { return nil }
    return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
}

private let promptHook: cel_prompt_function = { editor in
    reader(of: editor)?.promptPointer
}

private let readHook: el_rfunc_t = { editor, character in
    guard let character, let reader = reader(of: editor) else { return -1 }
    return reader.readCharacter(into: character)
}

private let acceptHook: cel_key_function = { editor, _ in
    reader(of: editor)?.accept() ?? UInt8(CC_NEWLINE)
}

private let searchHook: cel_key_function = { editor, _ in
    reader(of: editor)?.searchHistory() ?? UInt8(CC_ERROR)
}

private let completeHook: cel_key_function = { editor, _ in
    reader(of: editor)?.complete() ?? UInt8(CC_ERROR)
}
