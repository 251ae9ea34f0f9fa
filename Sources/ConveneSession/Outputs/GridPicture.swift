import ConveneLanguage

/// An SVG picture of a grid: the axes with their labels, the quadrants, each
/// placed idea as a dot marked with its id, and a key below giving each id's
/// words, so the picture reads on its own when projected or printed.
struct GridPicture {
    let context: OutputContext

    func svg(_ grid: GridInfo) -> String {
        let cell = 80
        let margin = 70
        let size = cell * grid.scale
        let width = size + margin * 2
        let placed = (context.state.placementOrder[grid.name] ?? []).filter { context.state.placements[grid.name]?[$0] != nil }
        let keyTop = margin + size + 70
        let height = placed.isEmpty ? width : keyTop + placed.count * keyLineHeight + 20
        var lines = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" font-family=\"sans-serif\" font-size=\"12\">",
            "<title>\(escape(grid.title))</title>",
            "<rect x=\"\(margin)\" y=\"\(margin)\" width=\"\(size)\" height=\"\(size)\" fill=\"white\" stroke=\"black\"/>",
            "<line x1=\"\(margin + size / 2)\" y1=\"\(margin)\" x2=\"\(margin + size / 2)\" y2=\"\(margin + size)\" stroke=\"grey\" stroke-dasharray=\"4\"/>",
            "<line x1=\"\(margin)\" y1=\"\(margin + size / 2)\" x2=\"\(margin + size)\" y2=\"\(margin + size / 2)\" stroke=\"grey\" stroke-dasharray=\"4\"/>",
        ]
        for quadrant in grid.quadrants {
            let x = margin + (quadrant.xHigh ? size * 3 / 4 : size / 4)
            let y = margin + (quadrant.yHigh ? size / 4 : size * 3 / 4)
            lines.append("<text x=\"\(x)\" y=\"\(y)\" text-anchor=\"middle\" fill=\"grey\" font-size=\"16\">\(escape(quadrant.label))</text>")
        }
        lines.append("<text x=\"\(margin + size / 2)\" y=\"\(margin + size + 40)\" text-anchor=\"middle\">\(escape(grid.x.label)): \(escape(grid.x.lowLabel)) → \(escape(grid.x.highLabel))</text>")
        lines.append("<text transform=\"translate(\(margin - 40),\(margin + size / 2)) rotate(-90)\" text-anchor=\"middle\">\(escape(grid.y.label)): \(escape(grid.y.lowLabel)) → \(escape(grid.y.highLabel))</text>")
        var crowd: [String: Int] = [:]
        for id in context.state.placementOrder[grid.name] ?? [] {
            guard let placement = context.state.placements[grid.name]?[id] else { continue }
            let spot = "\(placement.x),\(placement.y)"
            let offset = crowd[spot, default: 0]
            crowd[spot] = offset + 1
            let x = margin + (placement.x - 1) * cell + cell / 2 + (offset % 3) * 14 - 14
            let y = margin + (grid.scale - placement.y) * cell + cell / 2 + (offset / 3) * 14
            lines.append("<g><title>\(escape(id)): \(escape(context.label(id)))</title><circle cx=\"\(x)\" cy=\"\(y)\" r=\"6\" fill=\"steelblue\"/>"
                + "<text x=\"\(x + 8)\" y=\"\(y + 4)\" font-size=\"10\">\(escape(id))</text></g>")
        }
        for (line, id) in placed.enumerated() {
            let words = escape(shortened(context.label(id)))
            lines.append("<text x=\"\(margin)\" y=\"\(keyTop + line * keyLineHeight)\"><tspan font-weight=\"bold\">\(escape(id))</tspan> \(words)</text>")
        }
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }

    private let keyLineHeight = 18
    private let keyCharacters = 70

    /// An idea's words cut to fit one line of the key.
    private func shortened(_ text: String) -> String {
        text.count <= keyCharacters ? text : String(text.prefix(keyCharacters - 1)) + "…"
    }

    private func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
