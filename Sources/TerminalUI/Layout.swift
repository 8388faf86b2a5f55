/// How much of a row or column one part of a layout takes, as ratatui's `Constraint`.
public enum Constraint: Sendable, Hashable {
    /// Exactly this many cells (fewer only when there is not room).
    case length(Int)
    /// At least this many cells, and a share of what is left like `fill(1)`.
    case min(Int)
    /// A share of what the other parts leave, by weight.
    case fill(Int)

    public static let fill = Constraint.fill(1)
}

/// Splits a rectangle into rows or columns by constraints, as ratatui's `Layout` does, so
/// that screens say what they need rather than add up widths by hand.
public enum Layout {
    /// `area` cut into rows, top to bottom, with `spacing` empty rows between them.
    public static func rows(_ constraints: [Constraint], in area: Rect, spacing: Int = 0) -> [Rect] {
        var y = area.y
        return sizes(constraints, total: area.height, spacing: spacing).map { height in
            defer { y += height + spacing }
            return Rect(x: area.x, y: y, width: area.width, height: height)
        }
    }

    /// `area` cut into columns, left to right, with `spacing` empty columns between them.
    public static func columns(_ constraints: [Constraint], in area: Rect, spacing: Int = 0) -> [Rect] {
        var x = area.x
        return sizes(constraints, total: area.width, spacing: spacing).map { width in
            defer { x += width + spacing }
            return Rect(x: x, y: area.y, width: width, height: area.height)
        }
    }

    /// The sizes along one axis. Lengths and minimums are met first, in order, as far as
    /// the room goes; what is left is shared by the fills and minimums by weight, the
    /// remainder going to the first of them.
    static func sizes(_ constraints: [Constraint], total: Int, spacing: Int) -> [Int] {
        var room = max(0, total - spacing * max(0, constraints.count - 1))
        var sizes = constraints.map { constraint -> Int in
            let wanted: Int =
                switch constraint {
                case .length(let cells), .min(let cells): max(0, cells)
                case .fill: 0
                }
            let given = min(wanted, room)
            room -= given
            return given
        }
        let weights = constraints.map { constraint -> Int in
            switch constraint {
            case .length: 0
            case .min: 1
            case .fill(let weight): max(0, weight)
            }
        }
        let totalWeight = weights.reduce(0, +)
        guard totalWeight > 0, room > 0 else { return sizes }
        var left = room
        for index in sizes.indices where weights[index] > 0 {
            let share = room * weights[index] / totalWeight
            sizes[index] += share
            left -= share
        }
        for index in sizes.indices where weights[index] > 0 && left > 0 {
            sizes[index] += 1
            left -= 1
        }
        return sizes
    }
}
