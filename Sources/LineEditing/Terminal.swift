import CEditLine

/// The terminal the program runs in, reached without C globals.
public enum Terminal {
    /// Whether standard input and standard output are both terminals.
    public static var isInteractive: Bool {
        cel_stdin_is_terminal() != 0 && cel_stdout_is_terminal() != 0
    }

    /// Whether the terminal cannot move its cursor (`TERM` unset or `dumb`,
    /// as in an editor's shell window, which does its own line editing).
    public static var isDumb: Bool {
        let name = environmentVariable("TERM") ?? ""
        return name.isEmpty || name == "dumb"
    }

    /// The width of the terminal in columns (80 when it cannot be told).
    public static var columns: Int { Int(cel_terminal_columns()) }

    /// Text held back to go out in front of the next write.
    nonisolated(unsafe) private static var held = ""

    /// Holds `text` back until the next write (at the latest, the next
    /// prompt's), to go out with it.
    public static func hold(_ text: String) {
        held += text
    }

    /// Writes out the text held back, if any.
    static func writeHeldText() {
        if !held.isEmpty { write("") }
    }

    /// Writes text to standard output at once, unbuffered, so it never
    /// interleaves out of order with what the line editor draws; text held
    /// back goes first.
    public static func write(_ text: String) {
        let bytes = Array((held + text).utf8)
        held = ""
        var offset = 0
        bytes.withUnsafeBytes { buffer in
            while offset < buffer.count {
                let written = cel_write_stdout(buffer.baseAddress! + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && cel_last_error_was_interrupt() != 0 {
                    continue
                } else {
                    return
                }
            }
        }
    }

    /// Columns a piece of text takes on screen: wide characters (emoji,
    /// CJK) take two, combining marks none.
    public static func width(of text: some StringProtocol) -> Int {
        var total = 0
        for scalar in text.unicodeScalars {
            let columns = cel_character_width(scalar.value)
            if columns >= 0 {
                total += Int(columns)
            } else if scalar.value >= 0x20 && scalar.value != 0x7F {
                total += 1
            }
        }
        return total
    }
}

/// An environment variable of the process, or nil when it is not set.
func environmentVariable(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
}
