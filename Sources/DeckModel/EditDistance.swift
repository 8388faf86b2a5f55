/// Edit distance between two texts, counted in characters: insertions, deletions,
/// substitutions and swaps of two neighbouring characters each cost 1
/// (the optimal-string-alignment distance).
public enum EditDistance {
    /// The distance, or a value above `limit` as soon as it is certain to exceed it.
    public static func between(_ a: String, _ b: String, limit: Int = .max) -> Int {
        let x = Array(a), y = Array(b)
        if abs(x.count - y.count) > limit { return limit &+ 1 }
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous2 = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        var previousRowMinimum = 0
        for i in 1...x.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            // A swap reaches back two rows, so stop only when two rows in a row exceed it.
            if rowMinimum > limit && previousRowMinimum > limit { return limit &+ 1 }
            previousRowMinimum = rowMinimum
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[y.count]
    }
}
