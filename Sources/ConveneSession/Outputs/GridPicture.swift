import ConveneLanguage

/// An SVG picture of a grid: the axes with their labels, the quadrants, each
/// placed idea as a dot marked with its id, and a key below giving each id's
/// words, so the picture reads on its own when projected or printed.
struct GridPicture {
    let context: OutputContext

    func svg(_ grid: GridInfo) -> String {
        let frame = GridFrame(scale: grid.scale)
        let margin = frame.margin
        let size = frame.size
        let width = size + margin * 2
        let placed = (context.state.placementOrder[grid.name] ?? []).filter { context.state.placements[grid.name]?[$0] != nil }
        let keyTop = margin + size + 70
        let height = placed.isEmpty ? width : keyTop + placed.count * keyLineHeight + 20
        let middleX = frame.x(doubled: grid.scale + 1)
        let middleY = frame.y(doubled: grid.scale + 1)
        var lines = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" font-family=\"sans-serif\" font-size=\"12\">",
            "<title>\(escape(grid.title))</title>",
            "<rect x=\"\(margin)\" y=\"\(margin)\" width=\"\(size)\" height=\"\(size)\" fill=\"white\" stroke=\"black\"/>",
            "<line x1=\"\(middleX)\" y1=\"\(margin)\" x2=\"\(middleX)\" y2=\"\(margin + size)\" stroke=\"grey\" stroke-dasharray=\"4\"/>",
            "<line x1=\"\(margin)\" y1=\"\(middleY)\" x2=\"\(margin + size)\" y2=\"\(middleY)\" stroke=\"grey\" stroke-dasharray=\"4\"/>",
        ]
        for quadrant in grid.quadrants {
            let x = margin + (quadrant.xHigh ? size * 3 / 4 : size / 4)
            let y = margin + (quadrant.yHigh ? size / 4 : size * 3 / 4)
            lines.append("<text x=\"\(x)\" y=\"\(y)\" text-anchor=\"middle\" fill=\"grey\" font-size=\"16\">\(escape(quadrant.label))</text>")
        }
        lines += ticks(frame)
        lines.append("<text x=\"\(middleX)\" y=\"\(margin + size + 40)\" text-anchor=\"middle\">\(escape(grid.x.label)): \(escape(grid.x.lowLabel)) → \(escape(grid.x.highLabel))</text>")
        lines.append("<text transform=\"translate(\(margin - 40),\(middleY)) rotate(-90)\" text-anchor=\"middle\">\(escape(grid.y.label)): \(escape(grid.y.lowLabel)) → \(escape(grid.y.highLabel))</text>")
        let positions = placed.compactMap { id in context.state.placements[grid.name]?[id].map { (id, $0) } }
        let sharing = Dictionary(positions.map { ("\($0.1.x),\($0.1.y)", 1) }, uniquingKeysWith: +)
        var crowd: [String: Int] = [:]
        for (id, placement) in positions {
            let spot = "\(placement.x),\(placement.y)"
            let offset = crowd[spot, default: 0]
            crowd[spot] = offset + 1
            let (dx, dy) = Self.nudge(offset, of: sharing[spot] ?? 1)
            let x = frame.x(doubled: placement.x * 2) + dx
            let y = frame.y(doubled: placement.y * 2) + dy
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

    /// Each position's number along the bottom and the left edge, so a dot
    /// reads as the `2,4` it was placed at.
    private func ticks(_ frame: GridFrame) -> [String] {
        (1...frame.scale).flatMap { position in
            [
                "<text x=\"\(frame.x(doubled: position * 2))\" y=\"\(frame.margin + frame.size + 16)\" text-anchor=\"middle\" fill=\"grey\" font-size=\"10\">\(position)</text>",
                "<text x=\"\(frame.margin - 8)\" y=\"\(frame.y(doubled: position * 2) + 4)\" text-anchor=\"end\" fill=\"grey\" font-size=\"10\">\(position)</text>",
            ]
        }
    }

    /// How far the dot of the `index`th of `count` ideas at one spot moves
    /// from the spot: stacked in columns of five, 14 apart, each column
    /// centred on it, so a lone idea sits exactly on its position and each
    /// label (to the right of its dot) stays clear of the other dots.
    static func nudge(_ index: Int, of count: Int) -> (dx: Int, dy: Int) {
        let perColumn = 5
        let column = index / perColumn
        let columns = (count + perColumn - 1) / perColumn
        let inColumn = min(perColumn, count - column * perColumn)
        return (column * 36 - (columns - 1) * 18, (index % perColumn) * 14 - (inColumn - 1) * 7)
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

/// Where grid positions are drawn. Positions 1…scale are the centres of equal
/// cells; positions are doubled so the middle line of an odd scale (position
/// (scale + 1) / 2) and of an even one (between two cells) are whole numbers,
/// and the lines and the dots use the same mapping.
struct GridFrame {
    let scale: Int
    let cell = 80
    let margin = 70

    var size: Int { cell * scale }

    /// The x of a doubled position: 2 is the centre of the first cell.
    func x(doubled position: Int) -> Int { margin + (position - 1) * cell / 2 }

    /// The y of a doubled position; high positions are drawn at the top.
    func y(doubled position: Int) -> Int { margin + size - (position - 1) * cell / 2 }
}
