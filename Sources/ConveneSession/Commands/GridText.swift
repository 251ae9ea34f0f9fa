import ConveneLanguage
import ConveneText

/// A grid and the ideas placed on it, as `:grid` shows them: what a host
/// draws, in text, at the width it shows text at.
public struct GridPlot: Sendable, Equatable {
    public var grid: GridInfo
    /// Each placed idea, in the order first placed.
    public var marks: [GridMark]

    public init(grid: GridInfo, marks: [GridMark]) {
        self.grid = grid
        self.marks = marks
    }
}

/// One idea on a grid: its id, where it is, and what it says.
public struct GridMark: Sendable, Equatable {
    public var id: String
    public var at: Placement
    public var label: String

    public init(id: String, at: Placement, label: String) {
        self.id = id
        self.at = at
        self.label = label
    }
}

/// A grid drawn in text for the terminal (`:grid`): a sentence naming the
/// axes, the quadrant names inside the corners, each placed idea's id in its
/// cell, the vertical axis's end names beside its top and bottom rows and
/// the horizontal axis's under it, then a key of ids, positions, quadrants
/// and texts. No line is wider than `width` columns: a narrower width gets
/// narrower cells, and the ends' short names (`low`, `high`) when their
/// labels leave too little room, rather than labels cut mid-word.
struct GridText {
    let plot: GridPlot
    var width = 80

    /// The narrowest cell, and the widest: wider cells only spread the grid out.
    static let narrowestCell = 2
    static let widestCell = 14
    /// A cell narrower than this has the vertical axis's ends given by their short names.
    static let comfortableCell = 5
    /// An idea's text in the key with less room than this beside the rest goes on a line of its own.
    static let narrowestKeyText = 20

    private var grid: GridInfo { plot.grid }

    func render() -> String {
        let layout = Layout(grid: grid, width: width)
        var lines = [LineWrapping.wrap(heading, width: width)]
        lines.append(quadrantLine(high: true, layout: layout))
        lines += rows(layout: layout)
        lines.append(quadrantLine(high: false, layout: layout))
        let axis = String(repeating: " ", count: layout.labelWidth + 1) + "+"
        lines.append(axis + String(repeating: "-", count: layout.cell * grid.scale))
        var numbers = String(repeating: " ", count: layout.margin)
        for x in 1...grid.scale { numbers += Self.pad(String(x), layout.cell) }
        lines.append(Self.trimmed(numbers))
        lines += horizontalEnds(layout: layout)
        lines += key()
        return lines.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// `The investment grid (`investment`) shows “Impact” up the side and “Effort” along the bottom.`
    private var heading: String {
        "\(grid.title) (`\(grid.name)`) shows “\(grid.y.label)” up the side and “\(grid.x.label)” along the bottom."
    }

    /// The grid's rows, top first: the row's label, then the ids in each cell.
    private func rows(layout: Layout) -> [String] {
        var cells: [Int: [Int: [String]]] = [:]
        for mark in plot.marks { cells[mark.at.y, default: [:]][mark.at.x, default: []].append(mark.id) }
        return stride(from: grid.scale, through: 1, by: -1).map { y in
            var line = TerminalWidth.rightAligned(layout.rowLabel(y), to: layout.labelWidth) + " | "
            for x in 1...grid.scale {
                line += Self.pad(Self.cellText(cells[y]?[x] ?? [], layout.cell - 1), layout.cell)
            }
            return Self.trimmed(line)
        }
    }

    /// How wide the parts of the drawing are at a width.
    struct Layout {
        let scale: Int
        /// The vertical axis's end names beside its top and bottom rows: the labels, the short names, or none.
        let high: String
        let low: String
        /// The columns before the `|` of the vertical axis.
        let labelWidth: Int
        let cell: Int

        init(grid: GridInfo, width: Int) {
            scale = grid.scale
            let choices = [(grid.y.highLabel, grid.y.lowLabel), (grid.y.highName, grid.y.lowName), ("", "")]
            let scale = grid.scale
            let chosen = choices.first { choice in
                Self.cell(width: width, labelWidth: Self.labelWidth(choice, scale: scale), scale: scale) >= GridText.comfortableCell
            } ?? ("", "")
            (high, low) = chosen
            labelWidth = Self.labelWidth(chosen, scale: scale)
            cell = Self.cell(width: width, labelWidth: labelWidth, scale: scale)
        }

        /// Where the cells start: after the row labels and ` | `.
        var margin: Int { labelWidth + 3 }

        /// `A big difference 5`, `4`, `A small difference 1`.
        func rowLabel(_ y: Int) -> String {
            let end = y == scale ? high : y == 1 ? low : ""
            return end.isEmpty ? String(y) : end + " " + String(y)
        }

        private static func labelWidth(_ ends: (String, String), scale: Int) -> Int {
            let digits = String(scale).count
            let longest = max(TerminalWidth.of(ends.0), TerminalWidth.of(ends.1))
            return longest == 0 ? digits : longest + 1 + digits
        }

        private static func cell(width: Int, labelWidth: Int, scale: Int) -> Int {
            max(GridText.narrowestCell, min(GridText.widestCell, (width - labelWidth - 3) / scale))
        }
    }

    /// The names of the two top (or bottom) quadrants, inside the grid over
    /// its left and right halves; the right one moved left, as far as two
    /// spaces after the left one, rather than cut at the edge.
    private func quadrantLine(high: Bool, layout: Layout) -> String {
        let rightHalf = grid.scale / 2 + (grid.scale % 2 == 0 ? 0 : 1)
        let leftLabel = grid.quadrants.first { $0.yHigh == high && !$0.xHigh }?.label ?? ""
        let right = grid.quadrants.first { $0.yHigh == high && $0.xHigh }?.label ?? ""
        guard !leftLabel.isEmpty || !right.isEmpty else { return "" }
        let left = Self.clip(leftLabel, rightHalf * layout.cell - 1)
        let leftEnd = layout.margin + TerminalWidth.of(left)
        let rightStart = max(leftEnd + 2, min(layout.margin + rightHalf * layout.cell, width - TerminalWidth.of(right)))
        var line = String(repeating: " ", count: layout.labelWidth + 1)
        line += "| " + left
        line += String(repeating: " ", count: rightStart - leftEnd)
        line += Self.clip(right, max(1, width - rightStart))
        return Self.trimmed(line)
    }

    /// The horizontal axis's end names under it, the low one at the left and
    /// the high one at the right: the labels side by side, else each on a
    /// line of its own, else the short names.
    private func horizontalEnds(layout: Layout) -> [String] {
        let span = layout.cell * grid.scale - 1
        let labels = (grid.x.lowLabel, grid.x.highLabel)
        let names = (Self.clip(grid.x.lowName, span), Self.clip(grid.x.highName, span))
        let ends = Self.sideBySide(labels, span: span)
            ?? (max(TerminalWidth.of(labels.0), TerminalWidth.of(labels.1)) <= span ? nil : Self.sideBySide(names, span: span))
            ?? Self.stacked(TerminalWidth.of(labels.0) <= span && TerminalWidth.of(labels.1) <= span ? labels : names, span: span)
        let indent = String(repeating: " ", count: layout.margin)
        return ends.map { indent + $0 }
    }

    /// Two ends on one line `span` columns wide, when they fit with two spaces between.
    private static func sideBySide(_ ends: (String, String), span: Int) -> [String]? {
        let room = span - TerminalWidth.of(ends.0) - TerminalWidth.of(ends.1)
        guard room >= 2 else { return nil }
        return [ends.0 + String(repeating: " ", count: room) + ends.1]
    }

    /// Two ends on lines of their own, the second ending `span` columns in.
    private static func stacked(_ ends: (String, String), span: Int) -> [String] {
        [ends.0, TerminalWidth.rightAligned(ends.1, to: span)]
    }

    /// Each placed idea: id, position, quadrant and text, the text cut to
    /// the width, or on a line of its own when too little room is left beside it.
    private func key() -> [String] {
        guard !plot.marks.isEmpty else { return ["No ideas placed yet."] }
        let names = plot.marks.map { GridGeometry.area(of: $0.at, in: grid) }
        let quadrantWidth = min(16, names.map { TerminalWidth.of($0) }.max() ?? 0)
        let idWidth = plot.marks.map(\.id.count).max() ?? 2
        return zip(plot.marks, names).flatMap { mark, quadrant -> [String] in
            var start = "  " + Self.pad(mark.id, idWidth)
            start += "  \(mark.at.x),\(mark.at.y)  "
            start += Self.pad(Self.clip(quadrant, quadrantWidth), quadrantWidth) + "  "
            let room = width - TerminalWidth.of(start)
            guard room < Self.narrowestKeyText else { return [start + Self.clip(mark.label, room)] }
            return [Self.clip(Self.trimmed(start), width), "    " + Self.clip(mark.label, max(1, width - 4))]
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

    /// `text` cut to `room` columns, ending in "…" when cut.
    static func clip(_ text: String, _ room: Int) -> String {
        TerminalWidth.clipped(text, to: room)
    }

    static func pad(_ text: String, _ width: Int) -> String {
        TerminalWidth.padded(text, to: width)
    }

    static func trimmed(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}
