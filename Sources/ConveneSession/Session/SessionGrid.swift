import ConveneLanguage

/// A way to nudge an idea on the grid, as the room shouts it.
public enum Nudge: String, Sendable, CaseIterable {
    case higher, lower, left, right

    /// The direction a word the room shouts names, whatever its case:
    /// `higher`, `up`, `upward(s)`; `lower`, `down`, `downward(s)`;
    /// `left`, `leftward(s)`; `right`, `rightward(s)`.
    public static func named(_ word: some StringProtocol) -> Nudge? {
        spoken[word.lowercased()]
    }

    private static let spoken: [String: Nudge] = [
        "higher": .higher, "up": .higher, "upward": .higher, "upwards": .higher,
        "lower": .lower, "down": .lower, "downward": .lower, "downwards": .lower,
        "left": .left, "leftward": .left, "leftwards": .left,
        "right": .right, "rightward": .right, "rightwards": .right,
    ]

    /// The change in x and y for one step.
    var offset: (x: Int, y: Int) {
        switch self {
        case .higher: (0, 1)
        case .lower: (0, -1)
        case .left: (-1, 0)
        case .right: (1, 0)
        }
    }

    /// The edge of the grid this way: `top edge`.
    public var edge: String {
        switch self {
        case .higher: "top edge"
        case .lower: "bottom edge"
        case .left: "left edge"
        case .right: "right edge"
        }
    }

    /// How many steps this way there are from `placement` to the edge of a grid of `scale`.
    func room(from placement: Placement, scale: Int) -> Int {
        switch self {
        case .higher: scale - placement.y
        case .lower: placement.y - 1
        case .left: placement.x - 1
        case .right: scale - placement.x
        }
    }
}

/// Where a nudge took an idea. A nudge that would go past the edge of the
/// grid stops at the edge: the room shouting "lower, lower!" means as low as it goes.
public struct NudgeOutcome: Sendable, Equatable {
    /// Where the idea is now.
    public var placement: Placement
    /// The steps it moved: fewer than asked when it stopped at the edge, 0
    /// when it was at the edge already.
    public var moved: Int
    /// Whether it stopped at the edge short of the steps asked.
    public var stoppedAtEdge: Bool
}

extension Session {
    /// Puts an idea at `x`, `y` (1…scale) on the current step's grid.
    public func place(_ id: String, x: Int, y: Int) throws(SessionError) -> Placement {
        let place = try currentPlacing(id)
        let scale = place.grid.scale
        guard (1...scale).contains(x), (1...scale).contains(y) else {
            throw SessionError("positions on this grid run from 1 to \(scale); \(x),\(y) is off the grid",
                               help: "x runs from 1 (\(place.grid.x.lowLabel)) to \(scale) (\(place.grid.x.highLabel)), "
                                   + "y from 1 (\(place.grid.y.lowLabel)) to \(scale) (\(place.grid.y.highLabel))")
        }
        try commit([.placed(grid: place.grid.name, item: id, x: x, y: y, how: "place")])
        return Placement(x: x, y: y)
    }

    /// Moves an idea by `steps` in one direction, stopping at the edge of
    /// the grid; an idea not placed yet starts in the middle. Nothing is
    /// recorded when a placed idea is at the edge already.
    public func nudge(_ id: String, _ direction: Nudge, steps: Int = 1) throws(SessionError) -> NudgeOutcome {
        let place = try currentPlacing(id)
        let scale = place.grid.scale
        guard steps >= 1 else { throw SessionError("nudge by at least one step") }
        let centre = GridGeometry.centre(scale: scale)
        let placed = state.placements[place.grid.name]?[id]
        let from = placed ?? Placement(x: centre, y: centre)
        let moved = min(steps, direction.room(from: from, scale: scale))
        let to = Placement(x: from.x + direction.offset.x * moved, y: from.y + direction.offset.y * moved)
        if moved > 0 || placed == nil {
            // An idea that cannot move from the middle is placed there.
            let how = moved == 0 ? "place" : direction.rawValue + (moved > 1 ? " \(moved)" : "")
            try commit([.placed(grid: place.grid.name, item: id, x: to.x, y: to.y, how: how)])
        }
        return NudgeOutcome(placement: to, moved: moved, stoppedAtEdge: moved < steps)
    }

    /// Whether an idea is already on the grid of the current placing.
    public func isPlaced(_ id: String) -> Bool {
        guard case .place(let place) = currentStep.kind else { return false }
        return state.placements[place.grid.name]?[id] != nil
    }

    /// The ideas of the current placing not on the grid yet.
    public func unplacedItems() -> [Entity] {
        guard case .place(let place) = currentStep.kind else { return [] }
        let placed = state.placements[place.grid.name] ?? [:]
        return place.items.filter { placed[$0.id] == nil }
    }

    /// The ideas of the current placing on a middle line of a grid with
    /// quadrants, and so in none of them.
    public func ideasOnAMiddleLine() -> [Entity] {
        guard case .place(let place) = currentStep.kind, !place.grid.quadrants.isEmpty else { return [] }
        let placed = state.placements[place.grid.name] ?? [:]
        return place.items.filter { idea in
            placed[idea.id].map { GridGeometry.isOnMiddleLine($0, scale: place.grid.scale) } ?? false
        }
    }

    private func currentPlacing(_ id: String) throws(SessionError) -> PlaceStep {
        guard case .place(let place) = currentStep.kind else {
            throw SessionError("ideas are placed on a grid during a `place` step, and \(describe(currentStep)) is not one", help: help(for: currentStep))
        }
        guard place.items.contains(where: { $0.id == id }) else {
            throw SessionError("\(id) is not one of the ideas being placed (\(place.source))",
                               help: "the ideas are: " + place.items.map(\.id).joined(separator: " "))
        }
        return place
    }
}
