/// Text typed in the room, made safe to put in Markdown: on one line, with
/// the characters Markdown would act on escaped, so `*urgent*` or `<b>`
/// shows as typed.
enum Markdown {
    /// Text shown as it is, in a fenced block, each line indented (by two
    /// spaces by default, so the block belongs to the list item above it).
    static func indentedTextBlock(_ text: String, indent: String = "  ") -> String {
        let fence = text.contains("```") ? "~~~~" : "```"
        let body = text.split(separator: "\n", omittingEmptySubsequences: false).map { indent + $0 }
        return ([indent + fence + "text"] + body + [indent + fence]).joined(separator: "\n")
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r": escaped.append(" ")
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|":
                escaped.append("\\")
                escaped.unicodeScalars.append(scalar)
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
