import ConveneLanguage

/// Which quadrant a position on a grid falls in. Positions run 1…scale; on an
/// odd scale the middle position lies on the line between two quadrants and
/// counts for neither, so the room has to nudge the idea one way or the other.
public enum GridGeometry {
    /// The quadrant a placement is in, or nil on a middle line.
    public static func quadrant(of placement: Placement, in grid: GridInfo) -> QuadrantInfo? {
        guard let xHigh = side(placement.x, scale: grid.scale), let yHigh = side(placement.y, scale: grid.scale) else {
            return nil
        }
        return grid.quadrants.first { $0.xHigh == xHigh && $0.yHigh == yHigh }
    }

    /// True for the high half, false for the low half, nil for the middle line.
    public static func side(_ position: Int, scale: Int) -> Bool? {
        let doubled = position * 2
        if doubled == scale + 1 { return nil }
        return doubled > scale + 1
    }

    /// Whether a placement is on the middle row or column of an odd scale, in no half.
    public static func isOnMiddleLine(_ placement: Placement, scale: Int) -> Bool {
        side(placement.x, scale: scale) == nil || side(placement.y, scale: scale) == nil
    }

    /// Where a placement falls, in words: its quadrant's label, "middle line"
    /// or "no quadrant" (a grid may name only some of its quadrants).
    public static func area(of placement: Placement, in grid: GridInfo) -> String {
        if let quadrant = quadrant(of: placement, in: grid) { return quadrant.label }
        return isOnMiddleLine(placement, scale: grid.scale) ? "middle line" : "no quadrant"
    }

    /// The middle position (rounded down on an even scale), where an unplaced item starts.
    public static func centre(scale: Int) -> Int { (scale + 1) / 2 }
}
