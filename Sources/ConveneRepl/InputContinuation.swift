/// Decides whether what has been typed so far is a whole input or the start
/// of a block still being written: a REPL keeps reading lines (showing the
/// `...` prompt) while a `{`, `(` or `[` is open or a `"""` string has not
/// been closed. Brackets inside strings and comments do not count. Extra
/// closing brackets end the input at once, so the parser can report them.
public enum InputContinuation {
    /// Whether `text` still needs more lines.
    public static func needsMore(_ text: String) -> Bool {
        var scanner = Scanner(bytes: Array(text.utf8))
        return scanner.needsMore()
    }

    private struct Scanner {
        let bytes: [UInt8]
        var position = 0
        var depth = 0

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        mutating func needsMore() -> Bool {
            while position < bytes.count {
                let byte = bytes[position]
                switch byte {
                case UInt8(ascii: "#"):
                    skipToEndOfLine()
                case UInt8(ascii: "\""):
                    if startsBlockString {
                        position += 3
                        guard skipBlockString() else { return true }
                    } else {
                        position += 1
                        skipLineString()
                    }
                case UInt8(ascii: "{"), UInt8(ascii: "("), UInt8(ascii: "["):
                    depth += 1
                    position += 1
                case UInt8(ascii: "}"), UInt8(ascii: ")"), UInt8(ascii: "]"):
                    depth -= 1
                    position += 1
                    if depth < 0 { return false }
                default:
                    position += 1
                }
            }
            return depth > 0
        }

        private var startsBlockString: Bool {
            position + 2 < bytes.count && bytes[position..<position + 3].allSatisfy { $0 == UInt8(ascii: "\"") }
        }

        private mutating func skipToEndOfLine() {
            while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
        }

        /// Skips a one-line string; a line break ends it even unclosed (the
        /// parser reports that).
        private mutating func skipLineString() {
            while position < bytes.count {
                switch bytes[position] {
                case UInt8(ascii: "\\"): position += 2
                case UInt8(ascii: "\""): position += 1; return
                case UInt8(ascii: "\n"): return
                default: position += 1
                }
            }
        }

        /// Skips to just after the closing `"""`; false if there is none yet.
        private mutating func skipBlockString() -> Bool {
            while position < bytes.count {
                if bytes[position] == UInt8(ascii: "\\") {
                    position += 2
                } else if startsBlockString {
                    position += 3
                    return true
                } else {
                    position += 1
                }
            }
            return false
        }
    }
}
