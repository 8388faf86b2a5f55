/// A terminal size in character cells.
public struct Size: Sendable, Hashable, CustomStringConvertible {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        (self.columns, self.rows) = (columns, rows)
    }

    public var description: String { "\(columns)×\(rows)" }
}

/// A cell position: `x` is the column, `y` the row, both from 0.
public struct Position: Sendable, Hashable {
    public var x: Int
    public var y: Int

    public init(x: Int, y: Int) {
        (self.x, self.y) = (x, y)
    }
}

/// A rectangle of cells.
public struct Rect: Sendable, Hashable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }

    /// The rectangle shrunk by `by` cells on every side.
    public func inset(_ by: Int) -> Rect {
        Rect(x: x + by, y: y + by, width: max(0, width - 2 * by), height: max(0, height - 2 * by))
    }
}

extension Rect {
    /// The rectangle with `by` columns taken off each side.
    public func inset(horizontal by: Int) -> Rect {
        Rect(x: x + by, y: y, width: max(0, width - 2 * by), height: height)
    }
}
