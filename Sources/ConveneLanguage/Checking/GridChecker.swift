/// Checks a `grid` block and works out where its quadrants lie: one `x` and
/// one `y` axis, a whole-number scale of at least 2, and quadrants that each
/// name one end of each axis, no two on the same corner.
struct GridChecker {
    /// The scale when none is written: positions 1…5.
    static let defaultScale = 5

    /// The kind of an expression (checking it).
    var kindOf: (Expression) -> ValueKind
    /// The value of an expression when known before the run.
    var valueOf: (Expression) -> ConstantValue?
    /// The text of a label when known before the run.
    var textOf: (StringLiteral) -> String?
    /// "line 12" for a range in the grid's file.
    var site: (SourceRange) -> String
    var path: String

    private(set) var diagnostics: [Diagnostic] = []

    /// The grid worked out, or nil when it lacks an axis.
    mutating func check(_ grid: GridDeclaration) -> GridInfo? {
        let name = grid.name.name
        var axes: [AxisDirection: AxisDeclaration] = [:]
        var scale: (value: Int, range: SourceRange)?
        var quadrants: [QuadrantDeclaration] = []
        for item in grid.items {
            switch item.kind {
            case .axis(let axis): add(axis, to: &axes, grid: name)
            case .scale(let value):
                if let first = scale {
                    report(.duplicateSetting, "the scale of grid `\(name)` is given twice", at: item.range,
                           notes: ["it is first given at \(site(first.range))"], help: "remove one of them")
                } else {
                    scale = (checkScale(value, grid: name), item.range)
                }
            case .quadrant(let quadrant): quadrants.append(quadrant)
            }
        }
        for direction in [AxisDirection.x, .y] where axes[direction] == nil {
            report(.gridAxesMissing, "grid `\(name)` has no \(direction.rawValue) axis", at: grid.name.range,
                   help: "add `axis \(direction.rawValue) NAME \"label\" from LOW \"label\" to HIGH \"label\"`")
        }
        guard let x = axes[.x], let y = axes[.y] else { return nil }
        return GridInfo(
            name: name, title: grid.title.flatMap(textOf) ?? name, x: info(x), y: info(y),
            scale: scale?.value ?? Self.defaultScale, quadrants: place(quadrants, x: x, y: y))
    }

    private mutating func add(_ axis: AxisDeclaration, to axes: inout [AxisDirection: AxisDeclaration], grid: String) {
        let direction = axis.direction.rawValue
        if let first = axes[axis.direction] {
            let other = axis.direction == .x ? "y" : "x"
            report(.gridAxesMissing, "grid `\(grid)` has two \(direction) axes", at: axis.directionRange,
                   notes: ["the first \(direction) axis is at \(site(first.name.range))"],
                   help: axes[axis.direction == .x ? .y : .x] == nil ? "make one of them `axis \(other)`" : "remove one of them")
            return
        }
        if let other = axes.values.first, other.name.name == axis.name.name, !axis.name.name.isEmpty {
            report(.duplicateName, "both axes of grid `\(grid)` are called `\(axis.name.name)`", at: axis.name.range,
                   notes: ["the other is at \(site(other.name.range))"], help: "give each axis its own name")
        }
        if axis.low.name.name == axis.high.name.name, !axis.low.name.name.isEmpty {
            report(.duplicateName, "both ends of axis `\(axis.name.name)` are called `\(axis.high.name.name)`",
                   at: axis.high.name.range, help: "give the ends different names, such as `low` and `high`")
        }
        axes[axis.direction] = axis
    }

    /// The scale when it is a whole number of at least 2; the default otherwise (reported).
    private mutating func checkScale(_ value: Expression, grid: String) -> Int {
        let kind = kindOf(value)
        let help = "write a whole number of positions, such as `scale 5`"
        guard kind.unified(with: .number) != nil else {
            report(.invalidScale, "the scale of grid `\(grid)` must be a number, but it is \(kind.description)",
                   at: value.range, help: help)
            return Self.defaultScale
        }
        guard let constant = valueOf(value) else {
            report(.invalidScale, "the scale of grid `\(grid)` must be known before the workshop runs",
                   at: value.range, help: help)
            return Self.defaultScale
        }
        guard let scale = constant.wholeNumber, scale >= 2 else {
            report(.invalidScale, "the scale of grid `\(grid)` must be a whole number of at least 2, but it is \(constant.displayText)",
                   at: value.range, help: help)
            return Self.defaultScale
        }
        return scale
    }

    private func info(_ axis: AxisDeclaration) -> AxisInfo {
        AxisInfo(
            name: axis.name.name, label: axis.label.flatMap(textOf) ?? axis.name.name,
            lowName: axis.low.name.name, lowLabel: axis.low.label.flatMap(textOf) ?? axis.low.name.name,
            highName: axis.high.name.name, highLabel: axis.high.label.flatMap(textOf) ?? axis.high.name.name)
    }

    /// Each quadrant's corner; quadrants that do not name one are reported and left out.
    private mutating func place(_ quadrants: [QuadrantDeclaration], x: AxisDeclaration, y: AxisDeclaration) -> [QuadrantInfo] {
        var placed: [QuadrantInfo] = []
        var corners: [Int: QuadrantDeclaration] = [:]
        var names: [String: SourceRange] = [:]
        for quadrant in quadrants where !quadrant.name.name.isEmpty {
            if let first = names[quadrant.name.name] {
                report(.duplicateName, "`\(quadrant.name.name)` is already a quadrant of this grid", at: quadrant.name.range,
                       notes: ["the first `\(quadrant.name.name)` is at \(site(first))"], help: "rename one of them")
                continue
            }
            names[quadrant.name.name] = quadrant.name.range
            guard let (xHigh, yHigh) = corner(of: quadrant, x: x, y: y) else { continue }
            let key = (xHigh ? 2 : 0) + (yHigh ? 1 : 0)
            if let first = corners[key] {
                let xEnd = xHigh ? x.high.name.name : x.low.name.name
                let yEnd = yHigh ? y.high.name.name : y.low.name.name
                report(.overlappingQuadrants,
                       "quadrants `\(first.name.name)` and `\(quadrant.name.name)` are both where \(x.name.name) is \(xEnd) and \(y.name.name) is \(yEnd)",
                       at: quadrant.name.range, notes: ["`\(first.name.name)` is at \(site(first.name.range))"],
                       help: "give each quadrant its own corner")
                continue
            }
            corners[key] = quadrant
            placed.append(QuadrantInfo(
                name: quadrant.name.name, label: quadrant.label.flatMap(textOf) ?? quadrant.name.name,
                xHigh: xHigh, yHigh: yHigh))
        }
        return placed
    }

    /// Which end of each axis a quadrant names, or nil (reported) when it does not name one of each.
    private mutating func corner(of quadrant: QuadrantDeclaration, x: AxisDeclaration, y: AxisDeclaration) -> (Bool, Bool)? {
        var ends: [AxisDirection: Bool] = [:]
        var valid = true
        var namedUnknownAxis = false
        for condition in quadrant.conditions where !condition.axis.name.isEmpty {
            guard let axis = [x, y].first(where: { $0.name.name == condition.axis.name }) else {
                report(.malformedQuadrant, "this grid has no axis `\(condition.axis.name)`", at: condition.axis.range,
                       notes: ["its axes are `\(x.name.name)` and `\(y.name.name)`"],
                       help: Suggestions.didYouMean(condition.axis.name, in: [x.name.name, y.name.name]))
                valid = false
                namedUnknownAxis = true
                continue
            }
            if ends[axis.direction] != nil {
                report(.malformedQuadrant, "quadrant `\(quadrant.name.name)` names `\(axis.name.name)` twice",
                       at: condition.axis.range, help: "name each axis once")
                valid = false
                continue
            }
            let endNames = [axis.low.name.name, axis.high.name.name]
            guard let end = endNames.firstIndex(of: condition.end.name) else {
                if !condition.end.name.isEmpty {
                    report(.unknownAxisEnd, "axis `\(axis.name.name)` has no end `\(condition.end.name)`",
                           at: condition.end.range, notes: ["its ends are `\(endNames[0])` and `\(endNames[1])`"],
                           help: Suggestions.didYouMean(condition.end.name, in: endNames))
                }
                valid = false
                ends[axis.direction] = false
                continue
            }
            ends[axis.direction] = end == 1
        }
        // A misspelt axis most likely meant the one missing: one report is enough.
        for axis in [x, y] where ends[axis.direction] == nil && !namedUnknownAxis {
            report(.malformedQuadrant, "quadrant `\(quadrant.name.name)` does not say where it lies on `\(axis.name.name)`",
                   at: quadrant.name.range,
                   help: "add `and \(axis.name.name) is \(axis.low.name.name)` or `and \(axis.name.name) is \(axis.high.name.name)`")
            valid = false
        }
        guard valid, let xHigh = ends[.x], let yHigh = ends[.y] else { return nil }
        return (xHigh, yHigh)
    }

    private mutating func report(
        _ code: DiagnosticCode, _ message: String, at range: SourceRange, notes: [String] = [], help: String? = nil
    ) {
        diagnostics.append(Diagnostic(code, message, path: path, range: range, notes: notes, help: help))
    }
}

extension ProgramChecker {
    /// Works out every grid with `GridChecker`.
    func checkGrids() {
        region.place = .beforeStages(order: .max)
        for (declaration, path) in gridDeclarations {
            region.path = path
            var checker = GridChecker(
                kindOf: { self.checkExpression($0) }, valueOf: { self.constantValue(of: $0) },
                textOf: { self.constantText(of: $0) }, site: { self.site($0, in: path) }, path: path)
            if let info = checker.check(declaration) { grids[declaration.name.name] = info }
            diagnostics.append(contentsOf: checker.diagnostics)
        }
    }
}
