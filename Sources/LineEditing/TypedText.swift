/// A typed line made fit to keep: what a terminal sends that is not text
/// (escape sequences of keys the reader did not edit with, a carriage
/// return from a file written on Windows, other control characters) is
/// taken out, so it never reaches a journal, an item or an output.
public enum TypedText {
    /// `line` without escape sequences and control characters; a tab
    /// becomes a space.
    public static func cleaned(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: isControl) else { return line }
        var kept = String.UnicodeScalarView()
        var scalars = line.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if scalar == "\u{1B}" {
                skipSequence(after: &scalars)
            } else if scalar == "\t" {
                kept.append(" ")
            } else if !isControl(scalar) {
                kept.append(scalar)
            }
        }
        return String(kept)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Skips the rest of an escape sequence: `[` and parameters up to a
    /// final letter, `O` and one key, or the one key of Alt+key.
    private static func skipSequence(after scalars: inout String.UnicodeScalarView.Iterator) {
        guard let introducer = scalars.next() else { return }
        switch introducer {
        case "[":
            while let scalar = scalars.next(), !(0x40...0x7E).contains(scalar.value) {}
        case "O":
            _ = scalars.next()
        default:
            break
        }
    }
}
