import ConveneLanguage

/// A grid drawn in text for the terminal (`:grid`): the vertical axis on the
/// left with its end labels, the horizontal axis below, the quadrant names
/// at the corners, each placed idea's id in its cell, and a key of ids,
/// positions, quadrants and texts. It fits in `width` columns.
struct GridText {
    let grid: GridInfo
    /// Item or theme id → position, in the order first placed.
    let placements: [(id: String, at: Placement)]
    /// What each id stands for.
    let label: (String) -> String
    var width = 80

    func render() -> String {
        var lines = ["\(grid.title) (`\(grid.name)`): \(grid.y.label) up, \(grid.x.label) across"]
        let scale = grid.scale
        let rowLabels = (1...scale).map(rowLabel)
        let labelWidth = min(22, rowLabels.map(\.count).max() ?? 1)
        let margin = labelWidth + 3
        let cell = max(4, min(14, (width - margin) / scale))
        lines.append(quadrantLine(high: true, margin: margin, cell: cell))
        var cells: [Int: [Int: [String]]] = [:]
        for (id, at) in placements { cells[at.y, default: [:]][at.x, default: []].append(id) }
        for y in stride(from: scale, through: 1, by: -1) {
            var line = Self.padLeft(Self.clip(rowLabels[y - 1], labelWidth), labelWidth) + " | "
            for x in 1...scale {
                line += Self.pad(Self.cellText(cells[y]?[x] ?? [], cell - 1), cell)
            }
            lines.append(Self.trimmed(line))
        }
        lines.append(String(repeating: " ", count: labelWidth + 1) + "+" + String(repeating: "-", count: cell * scale))
        var axis = String(repeating: " ", count: margin)
        for x in 1...scale { axis += Self.pad(Self.clip(columnLabel(x), cell - 1), cell) }
        lines.append(Self.trimmed(axis))
        lines.append(quadrantLine(high: false, margin: margin, cell: cell))
        lines = lines.filter { !$0.isEmpty }
        lines += key()
        return lines.joined(separator: "\n")
    }

    private func rowLabel(_ y: Int) -> String {
        y == grid.scale ? "\(y) \(grid.y.highLabel)" : y == 1 ? "\(y) \(grid.y.lowLabel)" : "\(y)"
    }

    private func columnLabel(_ x: Int) -> String {
        x == grid.scale ? "\(x) \(grid.x.highLabel)" : x == 1 ? "\(x) \(grid.x.lowLabel)" : "\(x)"
    }

    /// The names of the two top (or bottom) quadrants, over the left and the
    /// right half of the grid.
    private func quadrantLine(high: Bool, margin: Int, cell: Int) -> String {
        let rightStart = grid.scale / 2 + (grid.scale % 2 == 0 ? 0 : 1)
        let left = grid.quadrants.first { $0.yHigh == high && !$0.xHigh }?.label ?? ""
        let right = grid.quadrants.first { $0.yHigh == high && $0.xHigh }?.label ?? ""
        guard !left.isEmpty || !right.isEmpty else { return "" }
        let leftRoom = rightStart * cell - 1
        var line = String(repeating: " ", count: margin) + Self.pad(Self.clip(left, leftRoom), rightStart * cell)
        line += Self.clip(right, max(1, width - line.count))
        return Self.trimmed(line)
    }

    /// Each placed idea: id, position, quadrant and text, cut to the width.
    private func key() -> [String] {
        guard !placements.isEmpty else { return ["No ideas placed yet."] }
        let names = placements.map { GridGeometry.area(of: $0.at, in: grid) }
        let quadrantWidth = min(16, names.map(\.count).max() ?? 0)
        let idWidth = placements.map(\.id.count).max() ?? 2
        return zip(placements, names).map { placement, quadrant in
            let start = "  " + Self.pad(placement.id, idWidth) + "  \(placement.at.x),\(placement.at.y)  "
                + Self.pad(Self.clip(quadrant, quadrantWidth), quadrantWidth) + "  "
            return start + Self.clip(label(placement.id), max(8, width - start.count))
        }
    }

    /// The ids in a cell, as many as fit, then `+N` for the rest.
    static func cellText(_ ids: [String], _ room: Int) -> String {
        guard !ids.isEmpty else { return "·" }
        for shown in stride(from: ids.count, through: 1, by: -1) {
            var text = ids.prefix(shown).joined(separator: " ")
            if shown < ids.count { text += " +\(ids.count - shown)" }
            if text.count <= room { return text }
        }
        return "+\(ids.count)"
    }

    static func clip(_ text: String, _ room: Int) -> String {
        text.count <= room ? text : String(text.prefix(max(0, room - 1))) + "…"
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    static func padLeft(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    static func trimmed(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}
