/// Text typed in the room, made safe to put in Markdown: on one line, with
/// the characters Markdown would act on escaped, so `*urgent*` or `<b>`
/// shows as typed.
enum Markdown {
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
